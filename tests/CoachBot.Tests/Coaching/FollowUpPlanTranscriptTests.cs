using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

public sealed class FollowUpPlanTranscriptTests
{
    private static readonly string[] NudgeButtons = ["Remind me to send it", "Ask if they answered", "Reconnect with my network", "Time to reapply", "See a career counselor"];

    /// <summary>The default clock: Sunday, Nov 22, 2026, 2:00 PM in New York.</summary>
    private static readonly DateTimeOffset Now = FakeClock.DefaultStart;

    private static string Line(NudgeKind kind, string when) => $"• {NudgeSchedule.Describe(kind)}, {when}";

    private static string Plan(params string[] lines) => $"{FollowUpPlanDialog.PlanIntro}\n{string.Join('\n', lines)}\n{FollowUpPlanDialog.PlanOutro}";

    /// <summary>Through a whole case without a wait, to the follow-up offer.</summary>
    private static async Task<Replies> ReachOffer(TestConversation chat)
    {
        await chat.ReachFirstDraft();
        return (await chat.Say(ReplyDialog.LooksGood))
            .Asks(OfferPrompt(), FollowUpPlanDialog.AllOfThem, FollowUpPlanDialog.LetMePick, FollowUpPlanDialog.NoThanks);
    }

    /// <summary>Through a fresh, angry case where the person chose <paramref name="wait"/>, to the follow-up offer.</summary>
    private static async Task<Replies> ReachOfferAfter(TestConversation chat, string wait)
    {
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");
        (await chat.Say(wait)).Asks(ReplyDialog.GoalPrompt);
        await chat.Say("1");
        return (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
    }

    [Fact]
    public async Task All_of_these_plans_every_nudge_at_its_time_soonest_first()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        var replies = (await chat.Say(FollowUpPlanDialog.AllOfThem)).Says(CoachingDialog.WrapUp).AsksNothing();

        Assert.Equal(
            Plan(
                Line(NudgeKind.ReviewAndSend, "today at 6:00 PM"),
                Line(NudgeKind.SeeCareerCounselor, "on Wednesday, Nov 25 at 2:00 PM"),
                Line(NudgeKind.DidTheyAnswer, "on Sunday, Nov 29 at 6:00 PM"),
                Line(NudgeKind.ReconnectWithNetwork, "on Sunday, Dec 6 at 2:00 PM"),
                Line(NudgeKind.ReapplyWhenOpeningsCome, "on Saturday, Feb 20 at 2:00 PM")),
            replies.Texts.First());
        var saved = Assert.Single(await chat.History()).Nudges;
        Assert.Equal(
            [
                (NudgeKind.ReviewAndSend, Now.AddHours(4)),
                (NudgeKind.DidTheyAnswer, Now.AddHours(4).AddDays(7)),
                (NudgeKind.ReconnectWithNetwork, Now.AddDays(14)),
                (NudgeKind.ReapplyWhenOpeningsCome, Now.AddDays(90)),
                (NudgeKind.SeeCareerCounselor, Now.AddDays(3)),
            ],
            saved.Select(nudge => (nudge.Kind, nudge.DueAt)));
    }

    [Fact]
    public async Task Nudges_never_fall_due_at_night_in_the_persons_time_zone()
    {
        // 02:30 UTC is 9:30 PM in New York, so every nudge counted from now would land in quiet hours.
        var now = new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero);
        await using var chat = TestConversation.Start(clock: new FakeClock(now));
        await ReachOffer(chat);

        (await chat.Say(FollowUpPlanDialog.AllOfThem))
            .Says(Line(NudgeKind.ReviewAndSend, "tomorrow at 8:00 AM"))
            .Says(Line(NudgeKind.SeeCareerCounselor, "on Thursday, Nov 26 at 8:00 AM"));

        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var nudges = Assert.Single(await chat.History()).Nudges;
        Assert.Equal(5, nudges.Count);
        Assert.All(nudges, nudge => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(nudge.DueAt, newYork).DateTime)));
    }

    [Fact]
    public async Task After_a_wait_the_reminder_to_send_and_the_check_if_they_answered_count_from_its_end()
    {
        await using var chat = TestConversation.Start();
        await ReachOfferAfter(chat, CheckInDialog.WaitAndRemind);

        (await chat.Say(FollowUpPlanDialog.AllOfThem))
            .Says(Line(NudgeKind.ReviewAndSend, "tomorrow at 2:00 PM"))
            .Says(Line(NudgeKind.DidTheyAnswer, "on Monday, Nov 30 at 2:00 PM"));

        var nudges = Assert.Single(await chat.History()).Nudges;
        Assert.Equal(Now.AddDays(1), nudges.Single(nudge => nudge.Kind == NudgeKind.ReviewAndSend).DueAt);
        Assert.Equal(Now.AddDays(8), nudges.Single(nudge => nudge.Kind == NudgeKind.DidTheyAnswer).DueAt);
    }

    [Fact]
    public async Task Let_me_pick_offers_what_is_left_one_at_a_time_until_done()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        (await chat.Say(FollowUpPlanDialog.LetMePick)).Asks(FollowUpPlanDialog.PickPrompt, [.. NudgeButtons, FollowUpPlanDialog.Done]);
        (await chat.Say("Ask if they answered"))
            .Asks(FollowUpPlanDialog.PickMorePrompt, "Remind me to send it", "Reconnect with my network", "Time to reapply", "See a career counselor", FollowUpPlanDialog.Done);
        (await chat.Say("network"))
            .Asks(FollowUpPlanDialog.PickMorePrompt, "Remind me to send it", "Time to reapply", "See a career counselor", FollowUpPlanDialog.Done);
        var replies = (await chat.Say(FollowUpPlanDialog.Done)).Says(CoachingDialog.WrapUp).AsksNothing();

        Assert.Equal(
            Plan(
                Line(NudgeKind.DidTheyAnswer, "on Sunday, Nov 29 at 6:00 PM"),
                Line(NudgeKind.ReconnectWithNetwork, "on Sunday, Dec 6 at 2:00 PM")),
            replies.Texts.First());
        Assert.Equal([NudgeKind.DidTheyAnswer, NudgeKind.ReconnectWithNetwork], Assert.Single(await chat.History()).Nudges.Select(nudge => nudge.Kind));
    }

    [Fact]
    public async Task Let_me_pick_does_not_offer_the_reminder_already_promised_at_the_cooling_off_step()
    {
        await using var chat = TestConversation.Start();
        await ReachOfferAfter(chat, CheckInDialog.WaitAndRemind);

        (await chat.Say(FollowUpPlanDialog.LetMePick))
            .Asks(FollowUpPlanDialog.PickPrompt, "Ask if they answered", "Reconnect with my network", "Time to reapply", "See a career counselor", FollowUpPlanDialog.Done);
        (await chat.Say(FollowUpPlanDialog.Done)).Says(CoachingDialog.WrapUp);

        Assert.Equal([NudgeKind.ReviewAndSend], Assert.Single(await chat.History()).Nudges.Select(nudge => nudge.Kind));
    }

    [Fact]
    public async Task Picking_all_five_ends_the_picking_by_itself()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);
        await chat.Say(FollowUpPlanDialog.LetMePick);

        for (var left = 5; left > 1; left--)
        {
            Assert.Equal(left, (await chat.Say("1")).Buttons.Count);
        }

        (await chat.Say("1"))
            .DoesNotSay(FollowUpPlanDialog.PickMorePrompt)
            .Says(Line(NudgeKind.ReapplyWhenOpeningsCome, "on Saturday, Feb 20 at 2:00 PM"))
            .Says(CoachingDialog.WrapUp)
            .AsksNothing();
        Assert.Equal(Labels(Choices.Nudges).Length, Assert.Single(await chat.History()).Nudges.Count);
    }

    [Fact]
    public async Task Let_me_pick_then_done_straight_away_plans_nothing()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);
        await chat.Say(FollowUpPlanDialog.LetMePick);

        (await chat.Say("done"))
            .Says(FollowUpPlanDialog.NoNudges)
            .DoesNotSay(FollowUpPlanDialog.PlanIntro)
            .Says(CoachingDialog.WrapUp);
        Assert.Empty(Assert.Single(await chat.History()).Nudges);
    }

    [Fact]
    public async Task Three_unclear_answers_while_picking_keep_what_was_picked()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);
        await chat.Say(FollowUpPlanDialog.LetMePick);
        await chat.Say("Time to reapply");

        await chat.Say("hmm");
        await chat.Say("hmm");
        (await chat.Say("hmm")).Says(Plan(Line(NudgeKind.ReapplyWhenOpeningsCome, "on Saturday, Feb 20 at 2:00 PM"))).Says(CoachingDialog.WrapUp);
    }

    [Fact]
    public async Task No_thanks_plans_nothing_and_wraps_up()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        var replies = (await chat.Say(FollowUpPlanDialog.NoThanks)).AsksNothing();

        Assert.Equal([FollowUpPlanDialog.NoNudges, CoachingDialog.WrapUp], replies.Texts);
        Assert.Empty(Assert.Single(await chat.History()).Nudges);
    }

    [Fact]
    public async Task The_reminder_promised_at_the_wait_is_kept_even_with_no_thanks()
    {
        await using var chat = TestConversation.Start();
        await ReachOfferAfter(chat, CheckInDialog.WaitAndRemind);

        var replies = await chat.Say(FollowUpPlanDialog.NoThanks);

        // Said as what it is: no other check-ins, the reminder asked for before still stands (issue 17).
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, FollowUpPlanDialog.OnlyTheReminder, "tomorrow at 2:00 PM"), CoachingDialog.WrapUp], replies.Texts);
        var reminder = Assert.Single(Assert.Single(await chat.History()).Nudges);
        Assert.Equal((NudgeKind.ReviewAndSend, Now.AddDays(1)), (reminder.Kind, reminder.DueAt));
    }

    [Fact]
    public async Task The_reminder_promised_at_the_wait_is_kept_when_picking_others()
    {
        await using var chat = TestConversation.Start();
        await ReachOfferAfter(chat, CheckInDialog.WaitAndRemind);
        await chat.Say(FollowUpPlanDialog.LetMePick);
        await chat.Say("Time to reapply");

        await chat.Say(FollowUpPlanDialog.Done);

        Assert.Equal([NudgeKind.ReviewAndSend, NudgeKind.ReapplyWhenOpeningsCome], Assert.Single(await chat.History()).Nudges.Select(nudge => nudge.Kind));
    }

    [Fact]
    public async Task Waiting_without_a_reminder_and_no_thanks_plans_nothing()
    {
        await using var chat = TestConversation.Start();
        await ReachOfferAfter(chat, CheckInDialog.WaitNoReminder);

        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(FollowUpPlanDialog.NoNudges);

        Assert.Empty(Assert.Single(await chat.History()).Nudges);
    }

    [Fact]
    public async Task Three_unclear_answers_to_the_offer_are_taken_as_no_thanks()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        await chat.Say("hmm");
        await chat.Say("hmm");
        (await chat.Say("hmm")).Says(FollowUpPlanDialog.NoNudges).Says(CoachingDialog.WrapUp);
    }

    [Fact]
    public async Task The_offer_names_the_organisations_career_office_when_it_has_one()
    {
        await using var chat = TestConversation.Start(configure: builder =>
            builder.Configuration["CoachBot:Organizations:Default:CareerOfficeName"] = "Northwind Career Center");
        await chat.ReachFirstDraft();

        (await chat.Say(ReplyDialog.LooksGood))
            .Asks(string.Format(CultureInfo.InvariantCulture, FollowUpPlanDialog.OfferPrompt, "a counselor at Northwind Career Center"));
    }
}
