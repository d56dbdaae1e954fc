using System.Globalization;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Http;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// The web chat on a phone-sized screen in Debian's headless Chromium against the real bot on Kestrel:
/// where the transcript is scrolled after each reply and after a reload, and how earlier drafts are marked
/// once a revision replaces them.
/// </summary>
public sealed class WebChatPhoneTests
{
    private const int MaxTurns = 30;
    private const string Phone = "390,844";
    private const string ReplacedNote = "Replaced by a newer draft below";
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Scrolling settles in well under a second; a placement still wrong after this is wrong.</summary>
    private static readonly TimeSpan PlacementTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Where the last bot message is: its rect, the visible part of the transcript (the scroller) and the
    /// top of what sits under it (the suggested actions, else the message box).
    /// </summary>
    private const string PlacementScript =
        """
        const bots = document.querySelectorAll("[data-testid='bot-message']");
        if (!bots.length) return null;
        const message = bots[bots.length - 1].getBoundingClientRect();
        const scroller = document.getElementById("scroller");
        const view = scroller.getBoundingClientRect();
        const suggested = document.getElementById("suggested");
        const under = (suggested.hidden ? document.getElementById("composer") : suggested).getBoundingClientRect();
        return { top: message.top, bottom: message.bottom, viewTop: view.top, viewBottom: view.bottom,
                 underTop: under.top, overflows: scroller.scrollHeight > scroller.clientHeight ? 1 : 0 };
        """;

    [Theory]
    [InlineData("390,844")]
    [InlineData("360,640")]
    public async Task On_a_phone_the_last_message_sits_just_above_the_buttons_after_each_reply_and_after_a_reload(string size)
    {
        await using var server = await CoachBotServer.StartAsync();
        RunInBrowser(server.BaseAddress, size, "webchat-phone", (driver, wait) =>
        {
            // Until the draft: the reply that brings it shows the draft from its top instead (issue 19, WebChatDraftScrollTests).
            var steps = PlayToFirstDraft(driver, wait, afterEachReply: () =>
            {
                if (driver.FindElements(WebChatPage.DraftCards).Count == 0)
                {
                    AssertLastMessageJustAboveTheDock(driver, "after a reply");
                }
            });
            var buttons = WebChatPage.VisibleSuggestedActions(driver).Count;
            var bots = driver.FindElements(WebChatPage.BotMessages).Count;
            Assert.True(bots >= 8, $"Only {bots} bot messages before the reload.{Environment.NewLine}{string.Join(Environment.NewLine, steps)}");

            driver.Navigate().Refresh();
            WaitForRestoredTranscript(driver, wait, bots, buttons);
            AssertLastMessageJustAboveTheDock(driver, "after a reload");
        });
    }

    [Fact]
    public async Task Earlier_drafts_are_marked_replaced_and_only_the_latest_keeps_its_copy_button_also_after_a_reload()
    {
        await using var server = await CoachBotServer.StartAsync();
        RunInBrowser(server.BaseAddress, Phone, "webchat-drafts", (driver, wait) =>
        {
            PlayToFirstDraft(driver, wait, afterEachReply: null);
            var first = Assert.Single(driver.FindElements(WebChatPage.DraftCards));
            AssertLatest(first);

            WebChatPage.VisibleSuggestedActions(driver).First(action => action.Text == ReplyDialog.Shorter).Click();
            wait.Message = "The revision never showed a second draft.";
            wait.Until(d => d.FindElements(WebChatPage.DraftCards).Count == 2);
            WebChatPage.WaitUntilIdle(driver, wait);
            AssertOnlyTheLastIsLatest(driver);

            var bots = driver.FindElements(WebChatPage.BotMessages).Count;
            var buttons = WebChatPage.VisibleSuggestedActions(driver).Count;
            driver.Navigate().Refresh();
            WaitForRestoredTranscript(driver, wait, bots, buttons);
            AssertOnlyTheLastIsLatest(driver);
        });
    }

    private static void RunInBrowser(Uri baseAddress, string size, string name, Action<IWebDriver, WebDriverWait> test)
    {
        var profile = Directory.CreateTempSubdirectory("coachbot-chromium-");
        try
        {
            using var driver = HeadlessChromium.Start(profile.FullName, "800,1000");
            try
            {
                EmulatePhone(driver, size);
                var wait = HeadlessChromium.Wait(driver, WaitTimeout);
                driver.Navigate().GoToUrl(baseAddress);
                wait.Message = "The bot's greeting never appeared.";
                wait.Until(d => d.FindElements(WebChatPage.BotMessages).Count > 0);
                test(driver, wait);
                Assert.Equal(size, ((IJavaScriptExecutor)driver).ExecuteScript("return `${innerWidth},${innerHeight}`;"));
                HeadlessChromium.SaveScreenshot(driver, $"{name}-{size.Replace(',', 'x')}.png");
            }
            catch
            {
                HeadlessChromium.SaveScreenshot(driver, $"{name}-{size.Replace(',', 'x')}-failure.png");
                throw;
            }
        }
        finally
        {
            HeadlessChromium.TryDelete(profile);
        }
    }

    /// <summary>
    /// A phone's viewport: a headless window cannot be made narrower than 500 pixels, and a mobile viewport
    /// has overlay scrollbars as phones do. It holds across reloads.
    /// </summary>
    private static void EmulatePhone(ChromeDriver driver, string size)
    {
        var parts = size.Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = parts[0],
            ["height"] = parts[1],
            ["deviceScaleFactor"] = 2,
            ["mobile"] = true,
        });
    }

    /// <summary>Answers generically until the first draft is shown with the revision buttons under it.</summary>
    private static List<string> PlayToFirstDraft(IWebDriver driver, WebDriverWait wait, Action? afterEachReply)
    {
        var steps = new List<string>();
        var nextAnswer = 0;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            WebChatPage.WaitUntilIdle(driver, wait);
            afterEachReply?.Invoke();
            if (driver.FindElements(WebChatPage.DraftCards).Count > 0
                && WebChatPage.VisibleSuggestedActions(driver).Any(action => action.Text == ReplyDialog.Shorter))
            {
                return steps;
            }

            steps.Add(WebChatPage.AnswerOnce(driver, wait, ref nextAnswer));
        }

        Assert.Fail($"No draft with revision buttons after {MaxTurns} turns.{Environment.NewLine}{string.Join(Environment.NewLine, steps)}");
        return steps;
    }

    private static void WaitForRestoredTranscript(IWebDriver driver, WebDriverWait wait, int bots, int buttons)
    {
        wait.Message = "After a reload the transcript and its buttons were not shown again.";
        wait.Until(d => d.FindElements(WebChatPage.BotMessages).Count == bots
            && WebChatPage.VisibleSuggestedActions(d).Count == buttons);
    }

    /// <summary>
    /// The last bot message is wholly inside the visible part of the transcript and ends just above the
    /// buttons (or the message box): not under them, and, once the transcript is long enough to scroll,
    /// not scrolled away above.
    /// </summary>
    private static void AssertLastMessageJustAboveTheDock(IWebDriver driver, string when)
    {
        Dictionary<string, double>? last = null;
        var wait = HeadlessChromium.Wait(driver, PlacementTimeout);
        wait.IgnoreExceptionTypes(typeof(WebDriverTimeoutException));
        try
        {
            wait.Until(_ =>
            {
                last = Placement(driver);
                return last is not null
                    && last["top"] >= last["viewTop"] - 1
                    && last["bottom"] <= last["viewBottom"] + 1
                    && last["bottom"] <= last["underTop"] + 1
                    && (last["overflows"] == 0 || last["underTop"] - last["bottom"] <= 48);
            });
        }
        catch (WebDriverTimeoutException)
        {
            var seen = last is null ? "no bot message" : string.Join(", ", last.Select(pair => $"{pair.Key}={pair.Value:0.#}"));
            Assert.Fail($"{when}, the last bot message \"{WebChatPage.LastBotMessage(driver)}\" is not just above the buttons: {seen}");
        }
    }

    private static Dictionary<string, double>? Placement(IWebDriver driver) =>
        ((IJavaScriptExecutor)driver).ExecuteScript(PlacementScript) is IDictionary<string, object> values
            ? values.ToDictionary(pair => pair.Key, pair => Convert.ToDouble(pair.Value, CultureInfo.InvariantCulture))
            : null;

    private static void AssertOnlyTheLastIsLatest(IWebDriver driver)
    {
        var cards = driver.FindElements(WebChatPage.DraftCards);
        Assert.Equal(2, cards.Count);
        AssertReplaced(cards[0]);
        AssertLatest(cards[1]);
    }

    private static void AssertReplaced(IWebElement card)
    {
        Assert.Contains(ReplacedNote, card.Text, StringComparison.Ordinal);
        Assert.Contains("replaced", card.GetDomAttribute("aria-label") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(card.FindElements(WebChatPage.CopyDraft), button => button.Displayed && button.Enabled);
    }

    private static void AssertLatest(IWebElement card)
    {
        Assert.DoesNotContain("Replaced", card.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("replaced", card.GetDomAttribute("aria-label") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Single(card.FindElements(WebChatPage.CopyDraft), button => button.Displayed && button.Enabled);
    }
}
