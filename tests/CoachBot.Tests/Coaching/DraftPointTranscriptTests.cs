using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Coaching;

/// <summary>A point for the draft is read before it is used: only a statement about the job goes in, and a button's label is never one.</summary>
public sealed class DraftPointTranscriptTests
{
    private static readonly string[] RevisionButtons =
        [ReplyDialog.LooksGood, ReplyDialog.Shorter, ReplyDialog.Warmer, ReplyDialog.MoreFormal, ReplyDialog.AddPoint, ReplyDialog.CheckMine, ReplyDialog.StartAgain];

    private static TestConversation StartWith(ScriptedDrafter drafter) =>
        TestConversation.Start(configure: builder => builder.Services.AddSingleton<IReplyDrafter>(drafter));

    [Theory]
    [InlineData("I'm so stressed about my thesis lol")]
    [InlineData("im a joke, everyone else in my year got offers")]
    public async Task A_point_about_how_the_person_is_doing_gets_a_kind_answer_and_nothing_is_added(string point)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.AddPoint)).Asks(ReplyDialog.AddPointPrompt);
        var drafted = drafter.Requests.Count;

        var replies = (await chat.Say(point)).Says(ReplyDialog.NotForTheEmployer).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Empty(replies.Drafts);
        Assert.Equal(drafted, drafter.Requests.Count);
        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
        (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft);
        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
    }

    /// <summary>Whether or not the safety check hands off on these, they never become a line of the draft.</summary>
    [Theory]
    [InlineData("I won't be around to start anyway", "around")]
    [InlineData("say this is my goodbye to everyone there", "goodbye")]
    [InlineData("add that I took a lot of my meds earlier", "meds")]
    public async Task Oblique_words_about_not_being_here_or_means_are_never_added_to_the_draft(string point, string telling)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);

        var replies = await chat.Say(point);

        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
        Assert.DoesNotContain(replies.Drafts, draft => draft.Contains(telling, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(drafter.Requests, request => request.Style.Instructions.Exists(typed => typed.Contains(telling, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task With_the_built_in_drafter_a_point_about_how_the_person_is_doing_never_reaches_the_draft()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);

        (await chat.Say("I'm so stressed about my thesis lol")).Says(ReplyDialog.NotForTheEmployer);
        var final = (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft);

        Assert.DoesNotContain("thesis", final.Draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("One thing I would add", final.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_after_a_point_left_out_keeps_the_case_to_pick_up_again()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);
        (await chat.Say("I'm so stressed about my thesis lol")).Says(ReplyDialog.NotForTheEmployer);

        (await chat.Say("stop")).Says(CoachingBot.Stopped);

        (await chat.Say("hey")).Asks(string.Format(System.Globalization.CultureInfo.InvariantCulture, CoachingBot.ResumePrompt, "Contoso"));
    }

    [Fact]
    public async Task Looks_good_at_the_add_a_point_prompt_means_the_draft_is_fine()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        var first = (await chat.ReachFirstDraft()).Draft;
        await chat.Say(ReplyDialog.AddPoint);

        var final = (await chat.Say("looks good")).Says(ReplyDialog.FinalDraft);

        Assert.Equal(first, final.Draft);
        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task Another_button_typed_at_the_add_a_point_prompt_is_that_revision_not_a_point()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);

        (await chat.Say(ReplyDialog.Warmer)).Says(ReplyDialog.RevisedDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Equal(DraftTone.Warm, drafter.LastRequest.Style.Tone);
        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task After_a_hand_off_at_the_add_a_point_prompt_and_im_safe_looks_good_finishes_the_draft()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        var first = (await chat.ReachFirstDraft()).Draft;
        await chat.Say(ReplyDialog.AddPoint);

        (await chat.Say("I want to hurt myself")).Says("988").AsksNothing();
        (await chat.Say("ok")).Asks(CrisisReplies.ConfirmSafePrompt, CrisisReplies.ImSafe, CrisisReplies.NeedHelpNow);
        (await chat.Say(CrisisReplies.ImSafe)).Says(CrisisReplies.Resumed).Asks(ReplyDialog.AddPointPrompt);
        var final = (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft);

        Assert.Equal(first, final.Draft);
        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
        Assert.DoesNotContain("Looks good", Assert.Single(await FinishedDrafts(chat)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_typed_addition_about_how_the_person_is_doing_is_not_added()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        (await chat.Say("mention that I'm stressed about my thesis")).Says(ReplyDialog.NotForTheEmployer).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
        Assert.Empty(drafter.LastRequest.Style.Instructions);
    }

    [Fact]
    public async Task A_strength_for_the_pitch_about_how_the_person_is_doing_is_not_used()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal();
        await chat.Say("One last pitch");
        (await chat.Say(ReplyDialog.PitchYes)).Asks(ReplyDialog.StrengthsPrompt);

        (await chat.Say("im a joke tbh, nothing to highlight")).Says(ReplyDialog.NotForTheEmployer).Says(ReplyDialog.FirstDraftIntro);

        Assert.Empty(drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task A_plain_statement_about_the_job_is_still_added_as_written()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);

        (await chat.Say("I'm available to start any time after my exams in May.")).DoesNotSay(ReplyDialog.NotForTheEmployer).Says(ReplyDialog.RevisedDraftIntro);

        Assert.Equal(["I'm available to start any time after my exams in May."], drafter.LastRequest.Style.OwnPoints);
    }

    private static async Task<IEnumerable<string>> FinishedDrafts(TestConversation chat)
    {
        await chat.Say(FollowUpPlanDialog.NoThanks);
        return (await chat.History()).Select(saved => saved.Draft ?? string.Empty);
    }
}
