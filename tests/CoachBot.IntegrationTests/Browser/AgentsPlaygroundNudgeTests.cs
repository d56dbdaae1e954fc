using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// The whole follow-up cycle in the real Agents Playground, with a cooling-off of seconds: the conversation
/// to the draft, "wait, and remind me", and then the review-and-send nudge arrives in the playground's chat,
/// sent unasked by the follow-up dispatcher to the playground's Connector, and its "Done" is understood.
/// Shares the playground's driver and helpers with <see cref="AgentsPlaygroundTests"/>'s first conversation.
/// </summary>
public sealed partial class AgentsPlaygroundTests
{
    /// <summary>How long the nudge may take to show: the cooling-off, a dispatcher poll or two, and the playground's rendering.</summary>
    private static readonly TimeSpan NudgeTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The answers that lead to a cooling-off with a reminder, and to that reminder only.</summary>
    private static readonly string[] NudgeCycleAnswers = ["Angry", CheckInDialog.WaitAndRemind, FollowUpPlanDialog.NoThanks];

    private const string ReviewAndSendOpening = "Ready to look at your reply to Contoso again?";

    [Fact]
    public async Task The_whole_follow_up_cycle_in_the_Agents_Playground_brings_the_review_and_send_nudge_after_a_cooling_off_of_seconds()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CoachBot:CoolingOff"] = "00:00:05",
            ["CoachBot:FollowUps:PollInterval"] = "00:00:00.500",
            // Quiet hours whose start equals their end mean none: the test may run at any hour.
            ["CoachBot:Organizations:Default:QuietHoursStart"] = "00:00",
            ["CoachBot:Organizations:Default:QuietHoursEnd"] = "00:00",
        };
        await using var server = await CoachBotServer.StartAsync(settings: settings);
        var endpoint = new Uri(server.BaseAddress, "/api/messages");
        var turns = server.Services.GetRequiredService<BackgroundTurns>();
        var work = Directory.CreateTempSubdirectory("coachbot-playground-nudge-");
        var playground = await Playground.StartAsync(endpoint, work.FullName);
        try
        {
            await DriveNudgeCycleAsync(playground, turns, Path.Combine(work.FullName, "chromium"));
        }
        finally
        {
            playground.Dispose();
            HeadlessChromium.TryDelete(work);
        }
    }

    private static async Task DriveNudgeCycleAsync(Playground playground, BackgroundTurns turns, string profileDir)
    {
        using var driver = HeadlessChromium.Start(profileDir, WindowSize);
        var wait = HeadlessChromium.Wait(driver, WaitTimeout);
        var steps = new List<string>();
        try
        {
            driver.Navigate().GoToUrl(playground.Address);
            wait.Message = "The playground never showed the bot's greeting." + playground.Output();
            wait.Until(d => d.FindElements(BotAuthors).Count > 0 && d.FindElements(Input).Count > 0);
            await WaitForBotAsync(driver, wait, turns, userMessagesBefore: 0, steps);

            var nextAnswer = 0;
            for (var turn = 0; turn < MaxTurns && !PageText(driver).Contains(CoachingDialog.WrapUp, StringComparison.Ordinal); turn++)
            {
                var usersBefore = LogCount(driver, UserToBot);
                var suggested = Script<IReadOnlyCollection<object>>(driver, SuggestedActionsScript).OfType<IWebElement>().ToList();
                var last = Script<IWebElement?>(driver, LastBotMessageScript);
                var lastText = last?.Text.Trim() ?? "";
                var cardButtons = last?.FindElements(CardButtons) ?? [];
                if (suggested.Count > 0)
                {
                    var pick = suggested.FirstOrDefault(button => NudgeCycleAnswers.Contains(button.Text.Trim())) ?? suggested[0];
                    var title = pick.Text.Trim();
                    pick.Click();
                    steps.Add($"bot: {OneLine(lastText)} | clicked: {title}");
                }
                else
                {
                    // Card buttons are typed, as Teams sends their titles (see the first conversation's test).
                    var titles = cardButtons.Select(button => button.Text.Trim()).ToList();
                    var answer = titles.FirstOrDefault(NudgeCycleAnswers.Contains) ?? titles.FirstOrDefault()
                        ?? (nextAnswer < FreeTextAnswers.Length ? FreeTextAnswers[nextAnswer++] : FallbackAnswer);
                    Send(driver, answer);
                    steps.Add($"bot: {OneLine(lastText)} | {(titles.Count > 0 ? "card, typed" : "typed")}: {answer}");
                }

                await WaitForBotAsync(driver, wait, turns, usersBefore, steps);
            }

            var transcript = Environment.NewLine + string.Join(Environment.NewLine, steps);
            var page = PageText(driver);
            Assert.True(page.Contains(CoachingDialog.WrapUp, StringComparison.Ordinal), $"The conversation never wrapped up.{transcript}");
            Assert.Contains("I'll still remind you to review and send your reply", page, StringComparison.Ordinal);

            // Nobody types: the dispatcher finds the reminder due and sends it into the playground's chat.
            var nudgeWait = HeadlessChromium.Wait(driver, NudgeTimeout);
            nudgeWait.Message = $"The review-and-send nudge never arrived in the playground's chat.{transcript}{playground.Output()}";
            nudgeWait.Until(d => PageText(d).Contains(ReviewAndSendOpening, StringComparison.Ordinal)
                && PageText(d).Contains(NudgeTurns.StopThese, StringComparison.Ordinal));
            await turns.WhenIdleAsync().WaitAsync(WaitTimeout);
            // With the draft again, ready to copy: a second draft card.
            Assert.True(driver.FindElements(Cards).Count(IsDraft) >= 2, $"The nudge did not bring the draft again.{transcript}");

            var usersBeforeDone = LogCount(driver, UserToBot);
            Send(driver, NudgeTurns.Done);
            await WaitForBotAsync(driver, wait, turns, usersBeforeDone, steps);
            wait.Message = "The nudge's Done was not understood." + transcript;
            wait.Until(d => PageText(d).Contains(NudgeTurns.MarkedDone, StringComparison.Ordinal));

            // Sent once: the log panel lists every message the bot sent.
            var log = driver.FindElements(LogPanelEntries).Select(entry => entry.Text).ToList();
            Assert.Single(log, entry => entry.Contains(BotToUser, StringComparison.Ordinal) && entry.Contains(ReviewAndSendOpening, StringComparison.Ordinal));
            Assert.DoesNotContain(log, entry => LogProblem().IsMatch(entry));
            Assert.Empty(Script<IReadOnlyCollection<object>>(driver, ColouredLogEntriesScript));
            HeadlessChromium.SaveScreenshot(driver, "agents-playground-nudge.png");
        }
        catch
        {
            HeadlessChromium.SaveScreenshot(driver, "agents-playground-nudge-failure.png");
            throw;
        }
    }

    private static string PageText(IWebDriver driver) => driver.FindElement(By.TagName("body")).Text;
}
