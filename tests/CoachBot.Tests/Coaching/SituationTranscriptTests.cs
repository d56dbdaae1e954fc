using CoachBot.Channels;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>Every situation the career-services guidance covers, and what the bot keeps and remembers.</summary>
public class SituationTranscriptTests
{
    [Fact]
    public async Task Declining_an_offer_gets_a_gracious_decline_with_the_persons_own_reason_only_if_given()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("I declined the offer from Adventure Works for the Project Manager role")).Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        (await chat.Say("I accepted another offer closer to home")).Asks(IntakeDialog.ContactPrompt);
        await chat.AnswerIntake(await chat.Say("Tom"), new IntakeAnswers());
        var advice = await chat.Say("Relieved");
        // A decline has one kind of reply, so the draft follows without a question of one answer.
        var draft = advice.Says(StageAdvice.DeclineAdvice).DoesNotSay(ReplyDialog.GoalPrompt).Asks(ReplyDialog.RevisePrompt).Draft;
        Assert.StartsWith("Dear Tom,", draft, StringComparison.Ordinal);
        Assert.Contains("declin", draft, StringComparison.Ordinal);
        // The reason is worded by its kind, never pasted as typed.
        Assert.DoesNotContain("I accepted another offer closer to home", draft, StringComparison.Ordinal);
        Assert.Matches(@"I have accepted (?:another position|an offer elsewhere)\.", draft);
        Assert.Matches(@"\b(?:stay|keep|remain)(?:ing)? in touch\b", draft);
        Assert.DoesNotContain("feedback", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_background_check_reason_is_used_in_the_advice_and_the_draft_never_asks_for_it_again()
    {
        await using var chat = TestConversation.Start();

        await chat.AnswerIntake(await chat.Say("Tailspin Toys rescinded my offer for the UX Designer role last week because of the background check"), new IntakeAnswers());
        var advice = await chat.Say("Disappointed");

        advice.Says("ask for a copy of the report").Says("your career services office can help").Says("I can't give legal advice")
            .DoesNotSay("almost always about the company");
        var draft = (await chat.Say(advice.Buttons[0])).Draft;
        Assert.Contains("copy of the background check report", draft, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\b(?:clarify|understand|hear more about)\b[^.?!]{0,40}\breason\b", draft);
    }

    [Theory]
    [InlineData(HeardWhen.Today)]
    [InlineData(HeardWhen.Yesterday)]
    public async Task Every_fresh_rejection_hears_that_waiting_a_few_hours_or_a_day_is_fine(HeardWhen when)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = when });

        (await chat.Say("Disappointed")).Says(StageAdvice.NoRush).Asks(ReplyDialog.GoalPrompt);
    }

    [Fact]
    public async Task A_rescinded_offer_heard_today_offers_the_explicit_wait_whatever_the_feeling()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Stage = RejectionStage.OfferRescinded, When = HeardWhen.Today });

        var replies = await chat.Say("Disappointed");

        Assert.StartsWith("It's usually wise not to reply in the heat of the moment.", replies.Activities[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_right_after_the_final_draft_keeps_it_in_the_history()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.LooksGood);

        (await chat.Say("stop")).Says(CoachingBot.Stopped);

        var saved = Assert.Single(await chat.History());
        Assert.True(saved.DraftFinal);
        (await chat.Say("history")).Says("Contoso, Data Analyst");
    }

    [Fact]
    public async Task Stop_all_check_ins_cancels_the_planned_follow_ups_and_plain_stop_does_not()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.LooksGood);
        await chat.Say(FollowUpPlanDialog.AllOfThem);
        Assert.NotEmpty((await chat.History())[0].Nudges);

        await chat.Say("stop");
        Assert.NotEmpty((await chat.History())[0].Nudges);

        (await chat.Say("stop all check-ins")).Says(CoachingBot.CheckInsStopped);
        Assert.Empty((await chat.History())[0].Nudges);
    }

    [Fact]
    public async Task An_unfinished_case_can_be_picked_up_again()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("stop");

        (await chat.Say("hi")).Asks("Last time we were working on Contoso: continue, or start a new one?", CoachingBot.Continue, CoachingBot.StartNew);
        (await chat.Say(CoachingBot.Continue)).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Two_cases_ending_at_the_same_stage_are_noticed_with_one_next_step()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase(new IntakeAnswers { Company = "Fabrikam", Stage = RejectionStage.FinalRound });
        (await chat.Say("start over")).Asks(IntakeDialog.CompanyOrEmailPrompt);
        await chat.AnswerIntake(await chat.Say("Contoso"), new IntakeAnswers { Stage = RejectionStage.FinalRound });
        var goals = await chat.Say("Disappointed");
        await chat.Say(goals.Buttons[0]);
        await chat.Say(ReplyDialog.LooksGood);

        var wrapUp = await chat.Say(FollowUpPlanDialog.NoThanks);

        wrapUp.Says("this is the second time it ended at the final round").Says("mock interview").Says(Patterns.Caution);
        Assert.Equal(2, (await chat.Profile()).Outlines.Count);
    }

    [Fact]
    public async Task A_case_past_its_retention_is_not_compared_any_more()
    {
        await using var chat = TestConversation.Start(configure: builder => builder.Configuration["CoachBot:Retention:Details"] = "10.00:00:00");
        await chat.FinishCase(new IntakeAnswers { Company = "Fabrikam", Stage = RejectionStage.FinalRound });

        chat.Clock.Advance(TimeSpan.FromDays(11));
        await chat.Say("hi");
        await chat.AnswerIntake(chat.LastReplies!, new IntakeAnswers { Stage = RejectionStage.FinalRound });
        var goals = await chat.Say("Disappointed");
        await chat.Say(goals.Buttons[0]);
        await chat.Say(ReplyDialog.LooksGood);

        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp).DoesNotSay("this is the second time");
        Assert.Single((await chat.Profile()).Outlines);
    }

    [Fact]
    public async Task Start_again_gives_a_genuinely_different_wording()
    {
        await using var chat = TestConversation.Start();
        var first = (await chat.ReachFirstDraft()).Draft;

        await chat.Say(ReplyDialog.StartAgain);
        var again = (await chat.Say("Ask for feedback")).Draft;

        var sentences = first.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Split(' ').Length > 4).ToList();
        Assert.DoesNotContain(sentences, again.Contains);
    }

    [Fact]
    public async Task The_signature_is_asked_once_with_the_display_name_offered_and_remembered()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        chat.UserName = "Alex Kim";
        await chat.TellWhatHappened();

        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt, "Alex Kim", ReplyDialog.Unsigned);
        var draft = (await chat.Say("Sam Rivera")).Draft;
        Assert.EndsWith("\nSam Rivera", draft, StringComparison.Ordinal);
        await chat.Say(ReplyDialog.LooksGood);
        await chat.Say(FollowUpPlanDialog.NoThanks);

        await chat.Say("start over");
        var second = await chat.ReachGoalAfterStartOver();
        var again = (await chat.Say(second.Buttons[0])).Asks(ReplyDialog.RevisePrompt);
        Assert.EndsWith("\nSam Rivera", again.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_chats_you_is_never_offered_as_a_name()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        chat.UserName = "You";
        await chat.TellWhatHappened();

        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);
        var draft = (await chat.Say(ReplyDialog.Unsigned)).Draft;
        Assert.DoesNotContain("You", draft.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_e_mail_reply_is_offered_a_subject_line()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();

        (await chat.Say(ReplyDialog.LooksGood)).Says($"{ReplyDialog.SubjectLead} Thank you, and a request for feedback: Data Analyst application at Contoso");
    }

    [Fact]
    public void The_terminal_says_type_where_other_channels_say_choose()
    {
        Assert.Equal("type", ((Conversations.Turns.IChannel)new TerminalChannel()).ChoiceVerb);
        Assert.Equal("choose", ((Conversations.Turns.IChannel)new WebChatChannel()).ChoiceVerb);
        Assert.Contains("type \"No reason given\"", IntakeDialog.ReasonPromptFor("type"), StringComparison.Ordinal);
        Assert.DoesNotContain("tap", IntakeDialog.ReasonPrompt, StringComparison.Ordinal);
        Assert.DoesNotContain("tap", FollowUpPlanDialog.PickPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_line_never_names_what_is_not_known()
    {
        var subject = DraftSubject.For(new RejectionCase { Goal = ReplyGoal.CheckOnStatus });
        Assert.Equal("Following up on my application", subject);
    }
}
