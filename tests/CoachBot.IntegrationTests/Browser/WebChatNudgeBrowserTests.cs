using CoachBot.FollowUps;
using CoachBot.IntegrationTests.Http;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// Follow-up nudges in the web chat page, in headless Chromium against the real host: one that falls due
/// while the page is open arrives at once, one that fell due while it was closed is there when it opens.
/// </summary>
public sealed class WebChatNudgeBrowserTests
{
    private const int MaxTurns = 40;
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_nudge_reaches_the_open_page_and_one_due_while_it_was_closed_is_there_when_it_opens()
    {
        var clock = new FakeClock();
        await using var server = await CoachBotServer.StartAsync(clock: clock, settings: new Dictionary<string, string?>
        {
            // The test runs the dispatcher's passes itself, on its own clock.
            ["CoachBot:FollowUps:PollInterval"] = "1.00:00:00",
        });
        var dispatcher = server.Services.GetRequiredService<FollowUpDispatcher>();
        var profile = Directory.CreateTempSubdirectory("coachbot-chromium-");
        try
        {
            using var driver = HeadlessChromium.Start(profile.FullName, "1000,900");
            var wait = HeadlessChromium.Wait(driver, WaitTimeout);
            driver.Navigate().GoToUrl(server.BaseAddress);
            wait.Message = "The bot's greeting never appeared.";
            wait.Until(d => d.FindElements(WebChatPage.BotMessages).Count > 0);
            PlayToTheEnd(driver, wait);

            // The page is open: the reminder to send the reply falls due (the next morning, after quiet hours).
            clock.Advance(TimeSpan.FromDays(1));
            Assert.True(await dispatcher.DispatchDueAsync(CancellationToken.None) >= 1);
            wait.Message = "The nudge never reached the open page.";
            wait.Until(d => WebChatPage.LastBotMessage(d).StartsWith("Once it's sent", StringComparison.Ordinal)
                && d.FindElements(WebChatPage.BotMessages).Any(message => message.Text.StartsWith("Ready to look at your reply to Contoso again?", StringComparison.Ordinal)));
            Assert.Contains(NudgeTurns.SnoozeWeek, WebChatPage.VisibleSuggestedActions(driver).Select(action => action.Text));

            // The page closes; the counselor nudge falls due meanwhile; the page opens again and finds it.
            driver.Navigate().GoToUrl("about:blank");
            clock.Advance(TimeSpan.FromDays(3));
            Assert.True(await dispatcher.DispatchDueAsync(CancellationToken.None) >= 1);
            driver.Navigate().GoToUrl(server.BaseAddress);
            wait.Message = "The nudge that fell due while the page was closed was not there when it opened.";
            wait.Until(d => d.FindElements(WebChatPage.BotMessages).Any(message => message.Text.StartsWith("Would it help to talk through what's next after Contoso", StringComparison.Ordinal)));

            // Shown once: a reload does not bring it again (the page acknowledged it; the transcript keeps it).
            var shown = Count(driver, "Would it help to talk through");
            driver.Navigate().Refresh();
            wait.Until(d => d.FindElements(WebChatPage.BotMessages).Count > 0);
            WebChatPage.WaitUntilIdle(driver, wait);
            Assert.Equal(1, shown);
            Assert.Equal(1, Count(driver, "Would it help to talk through"));
        }
        finally
        {
            HeadlessChromium.TryDelete(profile);
        }
    }

    private static int Count(IWebDriver driver, string opening) =>
        driver.FindElements(WebChatPage.BotMessages).Count(message => message.Text.StartsWith(opening, StringComparison.Ordinal));

    private static void PlayToTheEnd(IWebDriver driver, WebDriverWait wait)
    {
        var nextAnswer = 0;
        var steps = new List<string>();
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            WebChatPage.WaitUntilIdle(driver, wait);
            if (WebChatPage.VisibleSuggestedActions(driver).Count == 0 && driver.FindElements(WebChatPage.Drafts).Count > 0 && !WebChatPage.LastBotMessage(driver).EndsWith('?'))
            {
                return;
            }

            steps.Add(WebChatPage.AnswerOnce(driver, wait, ref nextAnswer));
        }

        Assert.Fail($"The bot was still asking after {MaxTurns} turns.{Environment.NewLine}{string.Join(Environment.NewLine, steps)}");
    }
}
