using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Safety;

/// <summary>
/// The red-team probes of <see cref="CrisisDetectorTests"/>, each said to the whole bot in the middle of
/// the intake, with the handling it must get: the hand-off, a gentle check, or the coaching going on.
/// </summary>
public sealed class RedTeamTranscriptTests
{
    public static TheoryData<string, ConcernKind> CrisisProbes() => CrisisDetectorTests.CrisisProbes();

    public static TheoryData<string> CheckProbes() => CrisisDetectorTests.CheckProbes();

    public static TheoryData<string> NoneProbes() => CrisisDetectorTests.NoneProbes();

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public async Task A_sign_of_crisis_gets_the_hand_off_alone(string probe, ConcernKind kind)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        // The hand-off is in the probe's own language (issue 15).
        var texts = TextsFor(probe);

        var handOff = Assert.Single((await chat.Say(probe)).Activities).Text!;

        var lines = texts.UsLines ?? CrisisResource.UsDefaults;
        Assert.Contains(lines.First(line => kind == ConcernKind.Abuse ? line.For.Contains(ConcernKind.Abuse) : line.For.Count == 0).Name, handOff, StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, texts.EmergencyFormat, "911"), handOff, StringComparison.Ordinal);
        if (kind == ConcernKind.HarmToOthers)
        {
            Assert.Contains(texts.HarmToOthersLead, handOff, StringComparison.Ordinal);
        }

        (await chat.Say("ok")).Asks(texts.ConfirmSafePrompt);
    }

    [Theory]
    [MemberData(nameof(CheckProbes))]
    public async Task A_possible_figure_of_speech_gets_a_gentle_check(string probe)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var texts = TextsFor(probe);

        (await chat.Say(probe)).Asks(texts.CheckPrompt, texts.ImOkay, texts.NotOkay);
    }

    [Theory]
    [MemberData(nameof(NoneProbes))]
    public async Task An_ordinary_rejection_message_raises_no_alarm(string probe)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var replies = await chat.Say(probe);

        Assert.DoesNotContain(replies.Texts, text => text.Contains("988", StringComparison.Ordinal) || text == CrisisReplies.CheckPrompt);
        Assert.Equal(InputHintsExpecting, replies.Activities[^1].InputHint);
    }

    private static CrisisTexts TextsFor(string probe) => CrisisReplies.For(MessageLanguage.Choose(probe, remembered: null, locale: "en-US").Language);

    private const string InputHintsExpecting = Conversations.Activities.InputHints.ExpectingInput;
}
