using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

public sealed class ReplyTranscriptTests
{
    private static readonly string[] RevisionButtons =
        [ReplyDialog.LooksGood, ReplyDialog.Shorter, ReplyDialog.Warmer, ReplyDialog.MoreFormal, ReplyDialog.AddPoint, ReplyDialog.CheckMine, ReplyDialog.StartAgain];

    private static readonly string[] InterviewGoals = ["Ask for feedback", "Thank them & stay connected", "One last pitch"];

    private static TestConversation StartWith(ScriptedDrafter drafter) =>
        TestConversation.Start(configure: builder => builder.Services.AddSingleton<IReplyDrafter>(drafter));

    [Theory]
    [InlineData(RejectionStage.Application, new[] { "Thank them & stay connected", "Ask for feedback", "One last pitch" })]
    [InlineData(RejectionStage.ScreeningCall, new[] { "Ask for feedback", "Thank them & stay connected", "One last pitch" })]
    [InlineData(RejectionStage.Interview, new[] { "Ask for feedback", "Thank them & stay connected", "One last pitch" })]
    [InlineData(RejectionStage.FinalRound, new[] { "Ask for feedback", "Thank them & stay connected", "One last pitch" })]
    [InlineData(RejectionStage.OfferRescinded, new[] { "Ask about the offer", "Thank them & stay connected" })]
    [InlineData(RejectionStage.NegotiationBrokeDown, new[] { "Thank them & stay connected", "Take the original offer", "One last pitch" })]
    public async Task The_goals_offered_fit_the_stage_with_the_recommended_one_first(RejectionStage stage, string[] goals)
    {
        await using var chat = StartWith(new ScriptedDrafter());

        var asked = await chat.ReachGoal(new IntakeAnswers { Stage = stage });

        asked.Asks(ReplyDialog.GoalPrompt, goals);
        Assert.Equal(StageAdvice.GoalsFor(stage).Select(goal => Label(Choices.Goals, goal)), goals);
    }

    [Theory]
    [InlineData(RejectionStage.Interview, "Ask for feedback", ReplyGoal.AskForFeedback)]
    [InlineData(RejectionStage.Interview, "Thank them & stay connected", ReplyGoal.ThankAndStayConnected)]
    [InlineData(RejectionStage.Application, "thanks", ReplyGoal.ThankAndStayConnected)]
    [InlineData(RejectionStage.FinalRound, "feedback", ReplyGoal.AskForFeedback)]
    [InlineData(RejectionStage.OfferRescinded, "Ask about the offer", ReplyGoal.AskAboutRescindedOffer)]
    [InlineData(RejectionStage.OfferRescinded, "2", ReplyGoal.ThankAndStayConnected)]
    [InlineData(RejectionStage.NegotiationBrokeDown, "1", ReplyGoal.ThankAndStayConnected)]
    public async Task The_goal_picked_is_the_one_the_draft_is_written_for(RejectionStage stage, string answer, ReplyGoal goal)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal(new IntakeAnswers { Stage = stage });

        (await chat.Say(answer)).Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Equal(goal, Assert.Single(drafter.Requests).Goal);
    }

    [Fact]
    public async Task The_first_draft_comes_as_an_attachment_written_from_everything_the_person_said()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        chat.UserName = "Alex Kim";
        await chat.ReachGoal(new IntakeAnswers
        {
            Company = "Fabrikam",
            Role = "Product Designer",
            Stage = RejectionStage.FinalRound,
            Reason = "They chose an internal candidate",
            Contact = "Priya Natarajan",
        });

        var replies = (await chat.Say("Ask for feedback")).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        var intro = Assert.Single(replies.Activities, activity => activity.Text == ReplyDialog.FirstDraftIntro);
        var attachment = Assert.Single(intro.Attachments!);
        Assert.Equal(ReplyDialog.DraftContentType, attachment.ContentType);
        Assert.Equal("Draft 1: AskForFeedback to Fabrikam, Neutral.", replies.Draft);
        var request = Assert.Single(drafter.Requests);
        Assert.Equal(("Fabrikam", "Product Designer", RejectionStage.FinalRound), (request.Case.Company, request.Case.Role, request.Case.Stage));
        Assert.Equal(("They chose an internal candidate", "Priya Natarajan"), (request.Case.Reason, request.Case.ContactName));
        Assert.Equal("Alex Kim", request.SenderName);
    }

    [Theory]
    [InlineData("You")]
    [InlineData("user")]
    [InlineData("")]
    public async Task A_generic_display_name_is_not_used_to_sign_the_reply(string displayName)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        chat.UserName = displayName;

        await chat.ReachFirstDraft();

        Assert.Null(drafter.LastRequest.SenderName);
    }

    [Fact]
    public async Task One_last_pitch_first_hears_the_risk_and_yes_writes_it()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal();

        (await chat.Say("One last pitch")).Asks(ReplyDialog.PitchRiskPrompt, ReplyDialog.PitchYes, ReplyDialog.PitchNo);
        Assert.Empty(drafter.Requests);
        (await chat.Say(ReplyDialog.PitchYes)).Asks(ReplyDialog.StrengthsPrompt);
        Assert.Empty(drafter.Requests);
        (await chat.Say("I rebuilt our club's sign-up system in Python")).Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        var request = Assert.Single(drafter.Requests);
        Assert.Equal(ReplyGoal.OneLastPitch, request.Goal);
        Assert.Equal(["I rebuilt our club's sign-up system in Python"], request.Style.OwnPoints);
    }

    [Fact]
    public async Task One_last_pitch_and_no_asks_for_the_goal_again()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal();
        await chat.Say("One last pitch");

        (await chat.Say(ReplyDialog.PitchNo)).Asks(ReplyDialog.GoalPrompt, InterviewGoals);
        Assert.Empty(drafter.Requests);

        (await chat.Say("Thank them & stay connected")).Says(ReplyDialog.FirstDraftIntro);
        Assert.Equal(ReplyGoal.ThankAndStayConnected, Assert.Single(drafter.Requests).Goal);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("write it", true)]
    [InlineData("nope", false)]
    [InlineData("pick another", false)]
    public async Task The_pitch_risk_question_understands_typed_answers(string answer, bool goesAhead)
    {
        await using var chat = StartWith(new ScriptedDrafter());
        await chat.ReachGoal();
        await chat.Say("pitch");

        var replies = await chat.Say(answer);

        replies.Asks(goesAhead ? ReplyDialog.StrengthsPrompt : ReplyDialog.GoalPrompt);
    }

    [Fact]
    public async Task Three_unclear_answers_to_the_pitch_risk_ask_for_the_goal_again()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal();
        await chat.Say("One last pitch");

        (await chat.Say("hmm")).Asks($"{Prompt<bool>.DefaultRetryLead} {ReplyDialog.PitchRiskPrompt}", ReplyDialog.PitchYes, ReplyDialog.PitchNo);
        await chat.Say("hmm");
        (await chat.Say("hmm")).Asks(ReplyDialog.GoalPrompt, InterviewGoals);
        Assert.Empty(drafter.Requests);
    }

    [Fact]
    public async Task Three_unclear_answers_about_the_goal_write_the_one_recommended_for_the_stage()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachGoal(new IntakeAnswers { Stage = RejectionStage.Application });

        (await chat.Say("dunno")).Asks($"{Prompt<FoundChoice>.DefaultRetryLead} {ReplyDialog.GoalPrompt}");
        await chat.Say("dunno");
        (await chat.Say("dunno")).Says(ReplyDialog.FirstDraftIntro);

        Assert.Equal(ReplyGoal.ThankAndStayConnected, Assert.Single(drafter.Requests).Goal);
    }

    [Theory]
    [InlineData(ReplyDialog.Shorter, true, DraftTone.Neutral)]
    [InlineData("shorter please", true, DraftTone.Neutral)]
    [InlineData("2", true, DraftTone.Neutral)]
    [InlineData(ReplyDialog.Warmer, false, DraftTone.Warm)]
    [InlineData("WARMER", false, DraftTone.Warm)]
    [InlineData(ReplyDialog.MoreFormal, false, DraftTone.Formal)]
    [InlineData("formal", false, DraftTone.Formal)]
    public async Task Each_revision_asks_for_a_new_draft_in_that_style(string answer, bool isShort, DraftTone tone)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        var first = (await chat.ReachFirstDraft()).Draft;

        var revised = (await chat.Say(answer))
            .Says(ReplyDialog.RevisedDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, RevisionButtons)
            .Draft;

        Assert.NotEqual(first, revised);
        Assert.Equal((isShort, tone), (drafter.LastRequest.Style.Short, drafter.LastRequest.Style.Tone));
    }

    [Fact]
    public async Task Revisions_add_up_and_the_last_tone_asked_for_wins()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        await chat.Say(ReplyDialog.Shorter);
        await chat.Say(ReplyDialog.Warmer);
        var last = (await chat.Say(ReplyDialog.MoreFormal)).Draft;
        (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft);
        await chat.Say(FollowUpPlanDialog.NoThanks);

        Assert.Equal("Draft 4: AskForFeedback to Contoso, Formal, short.", last);
        var saved = Assert.Single(await chat.History());
        Assert.True(saved.Style.Short);
        Assert.Equal(DraftTone.Formal, saved.Style.Tone);
        Assert.Equal(last, saved.Draft);
    }

    [Fact]
    public async Task An_added_point_is_asked_for_in_the_persons_own_words_and_kept_verbatim()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        const string point = "I've since finished the Google Data Analytics certificate, and I'd love to be considered again.";

        var asked = (await chat.Say(ReplyDialog.AddPoint)).Asks(ReplyDialog.AddPointPrompt);
        Assert.Empty(asked.Buttons);
        var revised = (await chat.Say(point))
            .Says(ReplyDialog.RevisedDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, RevisionButtons)
            .Draft;

        Assert.Contains(point, revised, StringComparison.Ordinal);
        Assert.Equal([point], drafter.LastRequest.Style.OwnPoints);

        await chat.Say("add a point");
        await chat.Say("Thanks again to Jordan for the great conversation.");
        Assert.Equal([point, "Thanks again to Jordan for the great conversation."], drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task Start_again_asks_for_the_goal_again_and_forgets_the_style()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.Shorter);
        await chat.Say(ReplyDialog.AddPoint);
        await chat.Say("I'm still very interested.");

        (await chat.Say(ReplyDialog.StartAgain)).Asks(ReplyDialog.GoalPrompt, InterviewGoals);
        var fresh = (await chat.Say("Thank them & stay connected"))
            .Says(ReplyDialog.FirstDraftIntro)
            .DoesNotSay(ReplyDialog.RevisedDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, RevisionButtons)
            .Draft;

        Assert.Equal("Draft 4: ThankAndStayConnected to Contoso, Neutral.", fresh);
        var style = drafter.LastRequest.Style;
        Assert.Equal((false, DraftTone.Neutral), (style.Short, style.Tone));
        Assert.Empty(style.OwnPoints);
    }

    [Fact]
    public async Task Looks_good_shows_the_final_draft_to_copy_and_keeps_it_in_the_history()
    {
        await using var chat = StartWith(new ScriptedDrafter());
        await chat.ReachFirstDraft();
        var revised = (await chat.Say(ReplyDialog.Warmer)).Draft;

        var final = (await chat.Say(ReplyDialog.LooksGood))
            .Says(ReplyDialog.FinalDraft)
            .Asks(OfferPrompt(), FollowUpPlanDialog.AllOfThem, FollowUpPlanDialog.LetMePick, FollowUpPlanDialog.NoThanks);
        Assert.Equal(revised, final.Draft);
        Assert.Single(final.Activities, activity => activity.Text!.StartsWith(ReplyDialog.FinalDraft, StringComparison.Ordinal) && activity.Attachments?.Count == 1);

        await chat.Say(FollowUpPlanDialog.NoThanks);
        var saved = Assert.Single(await chat.History());
        Assert.True(saved.DraftFinal);
        Assert.Equal(revised, saved.Draft);
        Assert.Equal(ReplyGoal.AskForFeedback, saved.Goal);
    }

    [Fact]
    public async Task A_typed_change_the_built_in_drafter_cannot_make_is_said_so_and_the_draft_kept()
    {
        await using var chat = StartWith(new ScriptedDrafter());
        var first = (await chat.ReachFirstDraft()).Draft;

        // Nothing changed, so no "new version" of it either: the question again, over the draft already shown.
        var replies = (await chat.Say("meh")).Says(ReplyDialog.CantDoThat).DoesNotSay(ReplyDialog.RevisedDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Empty(replies.Drafts);
        var final = (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft).Asks(OfferPrompt());
        Assert.Equal(first, final.Draft);
    }

    [Theory]
    [InlineData("can you mention that i really enjoyed the assessment day")]
    [InlineData("could you also add that I am moving to Leeds in March?")]
    [InlineData("I'd like to include how much I enjoyed meeting the brand team")]
    public async Task A_point_asked_for_in_a_question_or_a_wish_is_added(string typed)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        (await chat.Say(typed)).DoesNotSay(ReplyDialog.CantDoThat).Says(ReplyDialog.RevisedDraftIntro);

        var point = Assert.Single(drafter.LastRequest.Style.OwnPoints);
        Assert.DoesNotMatch(@"(?i)^(?:can|could|i'd|that|also)\b|\?$", point);
    }

    [Theory]
    [InlineData("can you make it a bit friendlier", false, DraftTone.Warm)]
    [InlineData("hmm can you make it less stiff", false, DraftTone.Warm)]
    [InlineData("it's too formal, make it sound more human", false, DraftTone.Warm)]
    [InlineData("too long, trim it", true, DraftTone.Neutral)]
    [InlineData("more professional please", false, DraftTone.Formal)]
    public async Task A_typed_change_is_made_as_far_as_the_built_in_drafter_can(string typed, bool isShort, DraftTone tone)
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        (await chat.Say(typed)).DoesNotSay(ReplyDialog.CantDoThat).Says(ReplyDialog.RevisedDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Equal(isShort, drafter.LastRequest.Style.Short);
        Assert.Equal(tone, drafter.LastRequest.Style.Tone);
        // The scripted drafter follows no typed requests: none are kept for it.
        Assert.Empty(drafter.LastRequest.Style.Instructions);
    }

    [Fact]
    public async Task A_typed_addition_becomes_a_point_in_the_persons_words()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        await chat.Say("mention I finished the Google data analytics certificate last month");

        Assert.Equal(["I finished the Google data analytics certificate last month"], drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task When_the_first_draft_fails_nothing_is_lost_and_try_again_works_once_the_drafter_recovers()
    {
        var drafter = new ScriptedDrafter { Failing = true };
        await using var chat = StartWith(drafter);
        await chat.ReachGoal(new IntakeAnswers { Company = "Fabrikam", Stage = RejectionStage.FinalRound, Contact = "Priya Natarajan" });

        var failed = (await chat.Say("Ask for feedback"))
            .Says(ReplyDialog.DraftFailed)
            .DoesNotSay(TurnRunner.ErrorMessage)
            .Asks(ReplyDialog.TryAgainPrompt, ReplyDialog.TryAgain);
        Assert.Empty(failed.Drafts);
        (await chat.Say(ReplyDialog.TryAgain)).Says(ReplyDialog.DraftFailed).Asks(ReplyDialog.TryAgainPrompt, ReplyDialog.TryAgain);

        drafter.Failing = false;
        var recovered = (await chat.Say(ReplyDialog.TryAgain))
            .Says(ReplyDialog.FirstDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, RevisionButtons);

        Assert.Equal("Draft 3: AskForFeedback to Fabrikam, Neutral.", recovered.Draft);
        var request = drafter.LastRequest;
        Assert.Equal(("Fabrikam", RejectionStage.FinalRound, "Priya Natarajan"), (request.Case.Company, request.Case.Stage, request.Case.ContactName));
    }

    [Fact]
    public async Task A_previous_draft_survives_a_later_failure_and_can_be_kept()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        var first = (await chat.ReachFirstDraft()).Draft;

        drafter.Failing = true;
        (await chat.Say(ReplyDialog.Shorter))
            .Says(ReplyDialog.DraftFailed)
            .Asks(ReplyDialog.TryAgainOrKeepPrompt, ReplyDialog.TryAgain, ReplyDialog.LooksGood);
        var kept = (await chat.Say(ReplyDialog.LooksGood)).Says(ReplyDialog.FinalDraft).Asks(OfferPrompt());

        Assert.Equal(first, kept.Draft);
        await chat.Say(FollowUpPlanDialog.NoThanks);
        Assert.Equal(first, Assert.Single(await chat.History()).Draft);
    }

    [Fact]
    public async Task After_a_failed_revision_try_again_writes_the_revision_asked_for()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = StartWith(drafter);
        await chat.ReachFirstDraft();

        drafter.Failing = true;
        await chat.Say(ReplyDialog.Warmer);
        drafter.Failing = false;
        var revised = (await chat.Say(ReplyDialog.TryAgain))
            .Says(ReplyDialog.RevisedDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, RevisionButtons)
            .Draft;

        Assert.Equal("Draft 3: AskForFeedback to Contoso, Warm.", revised);
    }

    [Fact]
    public async Task With_the_built_in_drafter_every_revision_changes_the_draft_and_an_added_point_is_kept_verbatim()
    {
        await using var chat = TestConversation.Start();
        chat.UserName = "Alex Kim";
        var drafts = new List<string>
        {
            (await chat.ReachFirstDraft(new IntakeAnswers { Company = "Fabrikam", Stage = RejectionStage.FinalRound, Contact = "Priya Natarajan" })).Draft,
        };
        Assert.Contains("Fabrikam", drafts[0], StringComparison.Ordinal);
        Assert.Contains("Priya", drafts[0], StringComparison.Ordinal);
        Assert.Contains("Alex Kim", drafts[0], StringComparison.Ordinal);

        foreach (var revision in new[] { ReplyDialog.Shorter, ReplyDialog.Warmer, ReplyDialog.MoreFormal })
        {
            drafts.Add((await chat.Say(revision)).Says(ReplyDialog.RevisedDraftIntro).Asks(ReplyDialog.RevisePrompt, RevisionButtons).Draft);
        }

        const string point = "I've since completed an advanced SQL course.";
        await chat.Say(ReplyDialog.AddPoint);
        drafts.Add((await chat.Say(point)).Says(ReplyDialog.RevisedDraftIntro).Draft);

        Assert.Equal(drafts.Count, drafts.Distinct().Count());
        Assert.Contains(point, drafts[^1], StringComparison.Ordinal);
        Assert.True(drafts[1].Length < drafts[0].Length, "The shorter draft should be shorter.");
    }
}
