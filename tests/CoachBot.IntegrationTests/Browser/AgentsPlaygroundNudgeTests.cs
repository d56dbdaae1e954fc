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
        await InPlaygroundAsync(settings, "coachbot-playground-nudge-", DriveNudgeCycleAsync);
    }

    private static async Task DriveNudgeCycleAsync(Playground playground, BackgroundTurns turns, string profileDir)
    {
        using var driver = HeadlessChromium.Start(profileDir, WindowSize);
        var wait = HeadlessChromium.Wait(driver, WaitTimeout);
        var steps = new List<string>();
        try
        {
            await OpenChatAsync(driver, wait, playground, turns, steps);
            var freeText = new Queue<string>(FreeTextAnswers);
            for (var turn = 0; turn < MaxTurns && !PageText(driver).Contains(CoachingDialog.WrapUp, StringComparison.Ordinal); turn++)
            {
                await AnswerAsync(driver, wait, turns, steps, freeText, NudgeCycleAnswers);
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
