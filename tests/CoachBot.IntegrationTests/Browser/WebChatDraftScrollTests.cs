using System.Globalization;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Http;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// Issue 19: when a draft arrives, the page shows it from its top, so its Copy button is visible below the
/// header, on a desktop window and on phones, however tall the draft and the buttons under it.
/// </summary>
public sealed class WebChatDraftScrollTests
{
    private const int MaxTurns = 40;
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The latest draft's Copy button, the visible part of the transcript, and the header's bottom.</summary>
    private const string CopyButtonScript =
        """
        const cards = document.querySelectorAll(".draft-card");
        if (!cards.length) return null;
        const copy = cards[cards.length - 1].querySelector("[data-testid='copy-draft']").getBoundingClientRect();
        const view = document.getElementById("scroller").getBoundingClientRect();
        const header = document.querySelector(".app-header").getBoundingClientRect();
        return { top: copy.top, bottom: copy.bottom, viewTop: view.top, viewBottom: view.bottom, headerBottom: header.bottom };
        """;

    [Theory]
    [InlineData("1000,600", false)]
    [InlineData("390,844", true)]
    [InlineData("360,640", true)]
    public async Task When_the_first_draft_arrives_its_copy_button_is_in_view_below_the_header(string size, bool phone)
    {
        await using var server = await CoachBotServer.StartAsync();
        var profile = Directory.CreateTempSubdirectory("coachbot-chromium-");
        try
        {
            using var driver = HeadlessChromium.Start(profile.FullName, phone ? "800,1000" : size);
            if (phone)
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

            var wait = HeadlessChromium.Wait(driver, WaitTimeout);
            driver.Navigate().GoToUrl(server.BaseAddress);
            wait.Message = "The bot's greeting never appeared.";
            wait.Until(d => d.FindElements(WebChatPage.BotMessages).Count > 0);
            PlayToFirstDraft(driver, wait);

            wait.Message = "The first draft's Copy button was not in view below the header.";
            try
            {
                wait.Until(d => ((IJavaScriptExecutor)d).ExecuteScript(CopyButtonScript) is IDictionary<string, object> copy
                    && Number(copy["top"]) >= Number(copy["viewTop"]) && Number(copy["top"]) >= Number(copy["headerBottom"])
                    && Number(copy["bottom"]) <= Number(copy["viewBottom"]));
            }
            finally
            {
                HeadlessChromium.SaveScreenshot(driver, $"webchat-draft-top-{size.Replace(',', 'x')}.png");
            }
        }
        finally
        {
            HeadlessChromium.TryDelete(profile);
        }
    }

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static void PlayToFirstDraft(IWebDriver driver, WebDriverWait wait)
    {
        var nextAnswer = 0;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            WebChatPage.WaitUntilIdle(driver, wait);
            if (driver.FindElements(WebChatPage.DraftCards).Count > 0 && WebChatPage.VisibleSuggestedActions(driver).Any(action => action.Text == ReplyDialog.Shorter))
            {
                return;
            }

            WebChatPage.AnswerOnce(driver, wait, ref nextAnswer);
        }

        Assert.Fail($"No draft after {MaxTurns} turns.");
    }
}
