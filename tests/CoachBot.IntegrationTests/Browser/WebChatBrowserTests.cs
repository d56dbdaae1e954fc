using CoachBot.IntegrationTests.Http;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// Drives the web chat page (wwwroot) in Debian's headless Chromium against the real bot on Kestrel:
/// one whole conversation from the greeting to a draft, copying the draft, and a reload that must keep
/// the transcript. The conversation is driven generically (first suggested action, else the next
/// scripted answer), so it follows the bot's flow rather than a fixed script.
/// </summary>
public sealed class WebChatBrowserTests
{
    private const int MaxTurns = 40;
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);
    private const string WindowSize = "1000,900";

    private static readonly By BotMessages = WebChatPage.BotMessages;
    private static readonly By UserMessages = WebChatPage.UserMessages;
    private static readonly By Drafts = WebChatPage.Drafts;
    private static readonly By CopyDraft = WebChatPage.CopyDraft;
    private static readonly By Input = WebChatPage.Input;

    [Fact]
    public async Task A_whole_conversation_ends_in_a_draft_that_copies_survives_a_reload_and_is_forgotten_on_deletion()
    {
        await using var server = await CoachBotServer.StartAsync();
        var profile = Directory.CreateTempSubdirectory("coachbot-chromium-");
        try
        {
            DriveConversation(server.BaseAddress, profile.FullName);
        }
        finally
        {
            HeadlessChromium.TryDelete(profile);
        }
    }

    private static void DriveConversation(Uri baseAddress, string profileDir)
    {
        using var driver = HeadlessChromium.Start(profileDir, WindowSize);
        try
        {
            GrantClipboardAccess(driver, baseAddress);
            var wait = HeadlessChromium.Wait(driver, WaitTimeout);

            driver.Navigate().GoToUrl(baseAddress);
            wait.Message = "The bot's greeting never appeared.";
            wait.Until(d => d.FindElements(BotMessages).Count > 0);

            var steps = PlayUntilTheBotStopsAsking(driver, wait);

            var draft = driver.FindElements(Drafts)[^1];
            Assert.Contains("Contoso", draft.Text, StringComparison.Ordinal);
            var draftText = draft.GetDomProperty("textContent") ?? "";

            var copy = driver.FindElements(CopyDraft)[^1];
            // The final draft may sit above the wrap-up messages, outside the scrolled transcript.
            ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", copy);
            copy.Click();
            wait.Message = "The Copy button never said \"Copied\".";
            wait.Until(_ => copy.Text.Trim() == "Copied");
            Assert.Equal(draftText, ReadClipboard(driver));

            var botCount = driver.FindElements(BotMessages).Count;
            var userCount = driver.FindElements(UserMessages).Count;
            driver.Navigate().Refresh();
            wait.Message = "After a reload the transcript and the draft were not shown again.";
            wait.Until(d => d.FindElements(Drafts).Count > 0
                && d.FindElements(BotMessages).Count == botCount
                && d.FindElements(UserMessages).Count == userCount);
            Assert.Contains("Contoso", driver.FindElements(Drafts)[^1].Text, StringComparison.Ordinal);
            Assert.NotEmpty(steps);

            WaitForScrollToSettle(driver, wait);
            HeadlessChromium.SaveScreenshot(driver, "webchat.png");

            // Deleting the data makes the page forget too: nothing of the conversation stays on the device.
            var userIdBefore = (string?)((IJavaScriptExecutor)driver).ExecuteScript("return localStorage.getItem('coachbot.webchat.userId');");
            var input = driver.FindElement(Input);
            input.SendKeys("delete my data");
            input.SendKeys(Keys.Enter);
            wait.Message = "The erasure was never confirmed.";
            wait.Until(d => VisibleSuggestedActions(d).Any(action => action.Text == "Yes, delete everything"));
            VisibleSuggestedActions(driver).First(action => action.Text == "Yes, delete everything").Click();
            wait.Until(d => LastBotMessage(d).StartsWith("Done. I deleted", StringComparison.Ordinal));
            Assert.Empty(driver.FindElements(Drafts));
            var stored = (string?)((IJavaScriptExecutor)driver).ExecuteScript("return localStorage.getItem('coachbot.webchat.transcript') || '';");
            Assert.DoesNotContain("Contoso", stored, StringComparison.Ordinal);
            Assert.NotEqual(userIdBefore, (string?)((IJavaScriptExecutor)driver).ExecuteScript("return localStorage.getItem('coachbot.webchat.userId');"));
        }
        catch
        {
            HeadlessChromium.SaveScreenshot(driver, "webchat-failure.png");
            throw;
        }
    }

    /// <summary>
    /// Answers the bot turn by turn until a draft is shown and the bot is no longer asking anything:
    /// no suggested actions, and its last message is not a question.
    /// </summary>
    private static List<string> PlayUntilTheBotStopsAsking(IWebDriver driver, WebDriverWait wait)
    {
        var steps = new List<string>();
        var nextAnswer = 0;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            WebChatPage.WaitUntilIdle(driver, wait);
            if (VisibleSuggestedActions(driver).Count == 0 && driver.FindElements(Drafts).Count > 0 && !LastBotMessage(driver).EndsWith('?'))
            {
                return steps;
            }

            steps.Add(WebChatPage.AnswerOnce(driver, wait, ref nextAnswer));
        }

        Assert.Fail(
            $"The bot was still asking after {MaxTurns} turns (no draft, or more questions).{Environment.NewLine}"
            + string.Join(Environment.NewLine, steps));
        return steps;
    }

    private static List<IWebElement> VisibleSuggestedActions(IWebDriver driver) => WebChatPage.VisibleSuggestedActions(driver);

    private static string LastBotMessage(IWebDriver driver) => WebChatPage.LastBotMessage(driver);

    /// <summary>Lets the page write to (and the test read from) the clipboard without a prompt.</summary>
    private static void GrantClipboardAccess(ChromeDriver driver, Uri baseAddress)
    {
        var origin = baseAddress.GetLeftPart(UriPartial.Authority);
        driver.ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?>
        {
            ["origin"] = origin,
            ["permissions"] = new[] { "clipboardReadWrite", "clipboardSanitizedWrite" },
        });
    }

    private static string? ReadClipboard(IWebDriver driver) =>
        ((IJavaScriptExecutor)driver).ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            navigator.clipboard.readText().then(done, error => done("clipboard read failed: " + error));
            """) as string;

    private static void WaitForScrollToSettle(IWebDriver driver, WebDriverWait wait)
    {
        wait.Message = "The transcript did not finish scrolling.";
        wait.Until(d => ((IJavaScriptExecutor)d).ExecuteScript(
            """
            const s = document.getElementById("scroller");
            return s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
            """) is true);
    }
}
