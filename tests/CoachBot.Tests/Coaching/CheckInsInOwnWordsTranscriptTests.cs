using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>Check-ins are opt-in: a sentence that names some of them plans those, and only those.</summary>
public sealed class CheckInsInOwnWordsTranscriptTests
{
    private static async Task ReachOffer(TestConversation chat)
    {
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt(), FollowUpPlanDialog.AllOfThem, FollowUpPlanDialog.LetMePick, FollowUpPlanDialog.NoThanks);
    }

    [Theory]
    [InlineData("remind me to send it and check in next week if they answered", new[] { NudgeKind.ReviewAndSend, NudgeKind.DidTheyAnswer })]
    [InlineData("just the networking one please", new[] { NudgeKind.ReconnectWithNetwork })]
    [InlineData("tell me when I can reapply, and the counselor thing", new[] { NudgeKind.ReapplyWhenOpeningsCome, NudgeKind.SeeCareerCounselor })]
    public async Task A_sentence_naming_some_check_ins_plans_exactly_those(string typed, NudgeKind[] planned)
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        (await chat.Say(typed)).Says(FollowUpPlanDialog.PlanIntro).Says(CoachingDialog.WrapUp);

        Assert.Equal(planned, (await chat.History())[^1].Nudges.Select(nudge => nudge.Kind));
    }

    [Theory]
    [InlineData("remind me")]
    [InlineData("yes please")]
    public async Task A_plain_yes_is_still_all_of_them(string typed)
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        await chat.Say(typed);

        Assert.Equal(Choices.Nudges.Select(option => option.Value).Order(), (await chat.History())[^1].Nudges.Select(nudge => nudge.Kind).Order());
    }
}
