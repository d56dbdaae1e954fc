using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.Privacy;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Follow-up nudges from the plan to the person's chat and their answer, on a fake clock: the dispatcher
/// claims what is due, runs it through the front door, and the channel (a recording one, serving the
/// transcript's channel id) receives what the person would see.
/// </summary>
public sealed class FollowUpDeliveryTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task The_reminder_promised_at_the_cooling_off_arrives_when_the_wait_is_over_with_the_draft_ready_to_copy()
    {
        await using var chat = NudgedChat.Start();
        await chat.Chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today, Company = "Contoso" });
        await chat.Chat.Say("Angry");
        await chat.Chat.Say(CheckInDialog.WaitAndRemind);
        await chat.Chat.Say("1");
        var draft = (await chat.Chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
        (await chat.Chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp);

        // The wait is 24 hours: nothing before it is over.
        chat.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await chat.DispatchAsync());
        Assert.Empty(chat.Channel.Sent);

        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await chat.DispatchAsync());

        var sent = chat.Channel.Sent;
        Assert.StartsWith("Ready to look at your reply to Contoso again?", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal((await chat.Chat.History())[0].Draft, Assert.Single(new Replies(sent).Drafts));
        Assert.Equal([NudgeTurns.Done, NudgeTurns.SnoozeWeek, NudgeTurns.SnoozeUntil, NudgeTurns.StopThese, NudgeTurns.StopAll], new Replies(sent).Buttons);

        // Delivered once: the next pass finds nothing due.
        chat.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await chat.DispatchAsync());
        (await chat.Chat.Say(NudgeTurns.Done)).Says(NudgeTurns.MarkedDone);
        Assert.Equal(FollowUpStatus.Answered, (await chat.FollowUps()).Single().Status);
    }

    [Theory]
    [InlineData(NudgeKind.DidTheyAnswer, "Did Contoso answer your reply for the Data Analyst role?", NudgeTurns.TheyAnswered, NudgeTurns.AnsweredAdvice)]
    [InlineData(NudgeKind.DidTheyAnswer, "Did Contoso answer your reply for the Data Analyst role?", NudgeTurns.NoAnswerYet, NudgeTurns.NoAnswerAdvice)]
    [InlineData(NudgeKind.ReconnectWithNetwork, "A couple of weeks have passed since Contoso for the Data Analyst role.", NudgeTurns.Done, NudgeTurns.MarkedDone)]
    [InlineData(NudgeKind.ReapplyWhenOpeningsCome, "It's been about three months since Contoso for the Data Analyst role.", NudgeTurns.Done, NudgeTurns.MarkedDone)]
    [InlineData(NudgeKind.SeeCareerCounselor, "Would it help to talk through what's next after Contoso for the Data Analyst role with someone at your career services office?", NudgeTurns.Done, NudgeTurns.MarkedDone)]
    [InlineData(NudgeKind.ReviewAndSend, "Ready to look at your reply to Contoso again?", NudgeTurns.Done, NudgeTurns.MarkedDone)]
    public async Task Every_kind_arrives_about_the_persons_own_company_and_role_and_its_answer_is_understood(NudgeKind kind, string opening, string answer, string reply)
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(kind);

        var due = Assert.Single(await chat.FollowUps()).DueAt;
        chat.Clock.Advance(due - chat.Clock.GetUtcNow());
        Assert.Equal(1, await chat.DispatchAsync());

        Assert.StartsWith(opening, chat.Channel.Sent[0].Text, StringComparison.Ordinal);
        Assert.Contains(answer, new Replies(chat.Channel.Sent).Buttons);
        (await chat.Chat.Say(answer)).Says(reply);
        Assert.Equal(FollowUpStatus.Answered, Assert.Single(await chat.FollowUps()).Status);
    }

    [Fact]
    public async Task The_counselor_nudge_carries_the_organisations_booking_link()
    {
        await using var chat = NudgedChat.Start(("CoachBot:Organizations:Default:BookingUrl", "https://careers.example.edu/book"));
        await chat.PlanOnly(NudgeKind.SeeCareerCounselor);

        await chat.DispatchWhenDue();

        Assert.Contains("https://careers.example.edu/book", chat.Channel.Sent[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nudge_due_at_night_waits_for_the_morning_in_the_persons_own_time_zone()
    {
        // Sunday 7 PM UTC: 4 AM Monday in Tokyo, inside the person's quiet hours (9 PM to 8 AM).
        await using var chat = NudgedChat.Start();
        chat.Chat.TimeZone = "Asia/Tokyo";
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var followUp = Assert.Single(await chat.FollowUps());
        // Planned outside quiet hours: two weeks on, at 8 AM Tokyo time.
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(followUp.DueAt, tokyo).DateTime));

        // Snoozed into the night (as if the person typed a date, then the evening came): put off to 8 AM.
        await chat.SetDue(followUp.DueAt.AddHours(14));
        chat.Clock.Advance(followUp.DueAt.AddHours(14) - chat.Clock.GetUtcNow());
        Assert.Equal(1, await chat.DispatchAsync());
        Assert.Empty(chat.Channel.Sent);
        var putOff = Assert.Single(await chat.FollowUps()).DueAt;
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(putOff, tokyo).DateTime));

        chat.Clock.Advance(putOff - chat.Clock.GetUtcNow());
        Assert.Equal(1, await chat.DispatchAsync());
        Assert.NotEmpty(chat.Channel.Sent);
    }

    [Fact]
    public async Task Quiet_hours_end_at_8_am_local_on_the_day_daylight_saving_time_begins_and_ends()
    {
        var newYorkQuietEnd = new TimeOnly(8, 0);
        // Sunday March 8, 2026, 2 AM: clocks jump to 3 AM. 05:00 UTC is 1 AM EST, in quiet hours.
        var springNight = new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.FromHours(-4)), NudgeSchedule.OutOfQuietHours(springNight, NewYork, new TimeOnly(21, 0), newYorkQuietEnd));
        // Sunday November 1, 2026, 2 AM: clocks fall back to 1 AM. 05:30 UTC is 1:30 AM EDT.
        var fallNight = new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(-5)), NudgeSchedule.OutOfQuietHours(fallNight, NewYork, new TimeOnly(21, 0), newYorkQuietEnd));
        // Quiet hours ending inside the gap (2:30 AM does not exist that night) end when the gap does, at 3:30 AM EDT.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), NudgeSchedule.OutOfQuietHours(springNight, NewYork, new TimeOnly(0, 0), new TimeOnly(2, 30)));
        // Ending in the repeated hour: its first occurrence, 1:30 AM EDT.
        var fallMidnight = new DateTimeOffset(2026, 11, 1, 4, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), NudgeSchedule.OutOfQuietHours(fallMidnight, NewYork, new TimeOnly(0, 0), new TimeOnly(1, 30)));
        // Start equal to end: no quiet hours at all.
        Assert.Equal(springNight, NudgeSchedule.OutOfQuietHours(springNight, NewYork, new TimeOnly(22, 0), new TimeOnly(22, 0)));
    }

    [Fact]
    public async Task At_most_one_nudge_a_day_the_others_wait_for_the_next_morning()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanAll();
        var followUps = await chat.FollowUps();
        // Two fall due the same afternoon.
        await chat.SetDue(chat.Clock.GetUtcNow(), followUps[0].Kind);
        await chat.SetDue(chat.Clock.GetUtcNow(), followUps[1].Kind);

        Assert.Equal(2, await chat.DispatchAsync());
        Assert.Single(chat.Channel.Messages, sent => sent.SuggestedActions is not null);
        var waiting = (await chat.FollowUps()).Single(followUp => followUp.Status == FollowUpStatus.Scheduled && followUp.DueAt < chat.Clock.GetUtcNow().AddDays(2));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(-5)), waiting.DueAt);
    }

    [Fact]
    public async Task At_most_two_nudges_go_out_about_one_company_the_rest_are_dropped()
    {
        await using var chat = NudgedChat.Start(("CoachBot:FollowUps:PauseAfterIgnored", "10"));
        await chat.PlanAll();

        for (var day = 0; day < 100; day++)
        {
            await chat.DispatchAsync();
            chat.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(2, chat.Channel.Messages.Count(message => message.SuggestedActions is not null));
        var statuses = (await chat.FollowUps()).Select(followUp => followUp.Status).ToList();
        Assert.Equal(2, statuses.Count(status => status == FollowUpStatus.Sent));
        Assert.Equal(3, statuses.Count(status => status == FollowUpStatus.Dropped));
    }

    [Fact]
    public async Task After_three_unanswered_nudges_the_rest_pause_until_the_person_writes_again()
    {
        await using var chat = NudgedChat.Start(("CoachBot:FollowUps:MaxPerCompany", "10"));
        await chat.PlanAll();

        for (var day = 0; day < 100; day++)
        {
            await chat.DispatchAsync();
            chat.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(3, chat.Channel.Messages.Count(message => message.SuggestedActions is not null));
        Assert.Equal(2, (await chat.FollowUps()).Count(followUp => followUp.Status == FollowUpStatus.Paused));

        // The person writes: the paused ones are back, and arrive one a day again.
        await chat.Chat.Say("hi");
        Assert.Equal(2, (await chat.FollowUps()).Count(followUp => followUp.Status == FollowUpStatus.Scheduled));
        for (var day = 0; day < 3; day++)
        {
            await chat.DispatchAsync();
            chat.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(5, chat.Channel.Messages.Count(message => message.SuggestedActions is not null));
    }

    [Fact]
    public async Task Snoozing_a_week_or_until_a_typed_date_brings_the_nudge_back_then()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        await chat.DispatchWhenDue();

        var week = (await chat.Chat.Say(NudgeTurns.SnoozeWeek)).Texts.Single();
        var dueAfterWeek = Assert.Single(await chat.FollowUps()).DueAt;
        Assert.Equal(chat.Clock.GetUtcNow().AddDays(7), dueAfterWeek);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, NudgeTurns.SnoozedUntil, "on Sunday, Dec 13 at 2:00 PM"), week);

        chat.Clock.Advance(TimeSpan.FromDays(7));
        chat.Channel.Sent.Clear();
        Assert.Equal(1, await chat.DispatchAsync());
        Assert.NotEmpty(chat.Channel.Sent);

        (await chat.Chat.Say(NudgeTurns.SnoozeUntil)).Says(NudgeTurns.AskSnoozeDate);
        (await chat.Chat.Say("someday")).Says(NudgeTurns.SnoozeDateUnclear);
        (await chat.Chat.Say("Jan 15")).Says(string.Format(CultureInfo.InvariantCulture, NudgeTurns.SnoozedUntil, "on Friday, Jan 15 at 8:00 AM"));
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.FromHours(-5)), Assert.Single(await chat.FollowUps()).DueAt);
    }

    [Fact]
    public async Task Stop_these_stops_the_cases_nudges_and_stop_all_check_ins_stops_everything()
    {
        await using var chat = NudgedChat.Start(("CoachBot:FollowUps:MaxPerCompany", "10"));
        await chat.PlanAll();
        await chat.DispatchWhenDue(NudgeKind.ReviewAndSend);

        (await chat.Chat.Say(NudgeTurns.StopThese)).Says(string.Format(CultureInfo.InvariantCulture, NudgeTurns.StoppedThese, "Contoso"));
        Assert.DoesNotContain(await chat.FollowUps(), followUp => followUp.Status == FollowUpStatus.Scheduled);

        chat.Clock.Advance(TimeSpan.FromDays(120));
        chat.Channel.Sent.Clear();
        Assert.Equal(0, await chat.DispatchAsync());
        Assert.Empty(chat.Channel.Sent);
    }

    [Fact]
    public async Task Stop_all_check_ins_leaves_nothing_to_deliver()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanAll();

        (await chat.Chat.Say("stop all check-ins")).Says(CoachingBot.CheckInsStopped);

        chat.Clock.Advance(TimeSpan.FromDays(120));
        Assert.Equal(0, await chat.DispatchAsync());
        Assert.Empty(chat.Channel.Sent);
        (await chat.Chat.Say("check-ins")).Says(NudgeTurns.NoneScheduled);
    }

    [Fact]
    public async Task Nothing_is_sent_to_a_person_who_removed_the_bot()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        var removed = chat.Chat.Inbound(ActivityTypes.InstallationUpdate);
        removed.Action = "remove";
        await chat.Chat.Send(removed);

        await chat.DispatchWhenDue();

        Assert.Empty(chat.Channel.Sent);
        Assert.Equal(FollowUpStatus.Stopped, Assert.Single(await chat.FollowUps()).Status);
    }

    [Fact]
    public async Task A_channel_that_refuses_the_nudge_because_the_person_blocked_the_bot_stops_it()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        chat.Channel.Failure = NudgeChannel.Blocked;

        await chat.DispatchWhenDue();

        Assert.Equal(FollowUpStatus.Stopped, Assert.Single(await chat.FollowUps()).Status);
        chat.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await chat.DispatchAsync());
    }

    [Fact]
    public async Task A_passing_delivery_failure_is_retried_with_backoff_and_delivered_once()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        chat.Channel.Failure = NudgeChannel.Down;

        var due = await chat.DispatchWhenDue();
        var retry = Assert.Single(await chat.FollowUps());
        Assert.Equal((FollowUpStatus.Scheduled, chat.Clock.GetUtcNow().AddMinutes(1)), (retry.Status, retry.DueAt));

        chat.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await chat.DispatchAsync());
        Assert.Equal(chat.Clock.GetUtcNow().AddMinutes(2), Assert.Single(await chat.FollowUps()).DueAt);

        chat.Channel.Failure = null;
        chat.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await chat.DispatchAsync());
        Assert.Single(chat.Channel.Messages, message => message.SuggestedActions is not null);
        Assert.Equal(FollowUpStatus.Sent, Assert.Single(await chat.FollowUps()).Status);
        Assert.True(due < chat.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Nothing_is_sent_during_a_crisis_pause()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        await chat.Chat.Say("I want to kill myself");

        await chat.DispatchWhenDue();

        Assert.Empty(chat.Channel.Sent);
        var followUp = Assert.Single(await chat.FollowUps());
        Assert.Equal(FollowUpStatus.Scheduled, followUp.Status);
        Assert.True(followUp.DueAt >= chat.Clock.GetUtcNow().AddDays(1));
    }

    [Fact]
    public async Task Deleting_my_data_deletes_the_nudges_and_nothing_arrives_afterwards()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanAll();
        await chat.Chat.Say("delete my data");
        await chat.Chat.Say(DataRights.EraseYes);

        Assert.Empty(await chat.FollowUps());
        chat.Clock.Advance(TimeSpan.FromDays(120));
        Assert.Equal(0, await chat.DispatchAsync());
        Assert.Empty(chat.Channel.Sent);
    }

    [Fact]
    public async Task A_nudge_arriving_while_a_question_waits_asks_that_question_again_after_it()
    {
        await using var chat = NudgedChat.Start();
        await chat.PlanOnly(NudgeKind.ReconnectWithNetwork);
        // A new case has begun, and waits for its first answer.
        var asked = (await chat.Chat.Say("start over")).Activities[^1].Text;

        await chat.DispatchWhenDue();

        var sent = chat.Channel.Messages;
        Assert.StartsWith("A couple of weeks have passed since Contoso", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(NudgeTurns.WhereWeWere, sent[^2].Text);
        Assert.Equal(asked, sent[^1].Text);
    }

    [Fact]
    public async Task Two_dispatchers_over_one_store_deliver_each_nudge_once()
    {
        await using var chat = NudgedChat.Start(("CoachBot:FollowUps:MaxPerDay", "10"), ("CoachBot:FollowUps:MaxPerCompany", "10"), ("CoachBot:FollowUps:PauseAfterIgnored", "10"));
        await chat.PlanAll();
        foreach (var followUp in await chat.FollowUps())
        {
            await chat.SetDue(chat.Clock.GetUtcNow(), followUp.Kind);
        }

        var second = ActivatorUtilities.CreateInstance<FollowUpDispatcher>(chat.Chat.Services);
        var claimed = await Task.WhenAll(chat.DispatchAsync(), second.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(5, claimed.Sum());
        Assert.Equal(5, chat.Channel.Messages.Count(message => message.SuggestedActions is not null));
        Assert.All(await chat.FollowUps(), followUp => Assert.Equal(FollowUpStatus.Sent, followUp.Status));
    }

    /// <summary>A transcript conversation whose channel id a recording channel also serves, so nudges reach it.</summary>
    internal sealed class NudgedChat : IAsyncDisposable
    {
        private NudgedChat(TestConversation chat, NudgeChannel channel)
        {
            Chat = chat;
            Channel = channel;
        }

        public TestConversation Chat { get; }
        public NudgeChannel Channel { get; }
        public FakeClock Clock => Chat.Clock;

        public static NudgedChat Start(params (string Key, string Value)[] settings)
        {
            var channel = new NudgeChannel();
            var chat = TestConversation.Start(configure: builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)));
                // The transcript's channel id is one of the Bot Framework's key spaces: here this channel serves it alone.
                builder.Services.AddSingleton(new ChannelRegistry([channel]));
            });
            return new NudgedChat(chat, channel);
        }

        public Task<int> DispatchAsync() => Chat.Services.GetRequiredService<FollowUpDispatcher>().DispatchDueAsync(CancellationToken.None);

        /// <summary>Moves the clock to when the (given kind's) nudge is due and dispatches.</summary>
        public async Task<DateTimeOffset> DispatchWhenDue(NudgeKind? kind = null)
        {
            var due = (await FollowUps()).Where(followUp => kind is null || followUp.Kind == kind).Min(followUp => followUp.DueAt);
            if (due > Clock.GetUtcNow())
            {
                Clock.Advance(due - Clock.GetUtcNow());
            }

            Assert.True(await DispatchAsync() >= 1);
            return due;
        }

        /// <summary>A case about Contoso, Data Analyst, with one nudge picked.</summary>
        public async Task PlanOnly(NudgeKind kind)
        {
            await Chat.ReachFirstDraft(new IntakeAnswers { Company = "Contoso", Role = "Data Analyst" });
            (await Chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
            await Chat.Say(FollowUpPlanDialog.LetMePick);
            await Chat.Say(Label(Choices.Nudges, kind));
            (await Chat.Say(FollowUpPlanDialog.Done)).Says(CoachingDialog.WrapUp);
        }

        public async Task PlanAll()
        {
            await Chat.ReachFirstDraft(new IntakeAnswers { Company = "Contoso", Role = "Data Analyst" });
            (await Chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
            (await Chat.Say(FollowUpPlanDialog.AllOfThem)).Says(CoachingDialog.WrapUp);
        }

        /// <summary>The person's follow-ups as stored, soonest first.</summary>
        public async Task<List<FollowUp>> FollowUps()
        {
            var storage = Chat.Services.GetRequiredService<IStorage>();
            var state = Chat.Services.GetRequiredService<StateStore>();
            var keys = PersonKeys.For(Chat.ChannelId, Chat.UserId, Chat.ConversationId);
            var followUps = new List<FollowUp>();
            foreach (var key in await storage.ListKeysAsync(FollowUpKeys.PrefixOf(keys), CancellationToken.None))
            {
                followUps.Add((await state.LoadAsync<FollowUp>(key, CancellationToken.None)).Value);
            }

            return [.. followUps.OrderBy(followUp => followUp.DueAt)];
        }

        /// <summary>Moves a scheduled nudge's due time, as a snooze would.</summary>
        public async Task SetDue(DateTimeOffset due, NudgeKind? kind = null)
        {
            var storage = Chat.Services.GetRequiredService<IStorage>();
            var state = Chat.Services.GetRequiredService<StateStore>();
            var keys = PersonKeys.For(Chat.ChannelId, Chat.UserId, Chat.ConversationId);
            foreach (var key in await storage.ListKeysAsync(FollowUpKeys.PrefixOf(keys), CancellationToken.None))
            {
                var document = await state.LoadAsync<FollowUp>(key, CancellationToken.None);
                if (kind is null || document.Value.Kind == kind)
                {
                    document.Value.DueAt = due;
                    await state.SaveAsync(document.Ready(), CancellationToken.None);
                }
            }
        }

        public ValueTask DisposeAsync() => Chat.DisposeAsync();
    }

    /// <summary>Serves the transcript's channel id for nudges: records what it is sent, or fails as told.</summary>
    internal sealed class NudgeChannel : IChannel
    {
        public static readonly Exception Blocked = new HttpRequestException("Forbidden", null, System.Net.HttpStatusCode.Forbidden);
        public static readonly Exception Down = new HttpRequestException("Bad gateway", null, System.Net.HttpStatusCode.BadGateway);

        public Exception? Failure { get; set; }

        public List<Activity> Sent { get; } = [];

        public IReadOnlyList<Activity> Messages => [.. Sent.Where(activity => activity.Type == ActivityTypes.Message)];

        public IReadOnlyCollection<string> Ids => ["test"];

        public bool CanPush => true;

        public Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            if (Failure is { } failure)
            {
                throw failure;
            }

            lock (Sent)
            {
                Sent.AddRange(replies.Select(reply => ActivityReplies.ToActivity(reply.Message, reply.InReplyTo)));
            }

            return Task.CompletedTask;
        }

        public bool Refused(Exception exception) => exception == Blocked;

        public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
            Task.FromResult(member);
    }
}

/// <summary>What the person was told about follow-ups, against what happens (issue 17's observations).</summary>
public sealed class FollowUpPromiseTests
{
    private static async Task ReachOffer(TestConversation chat)
    {
        await chat.ReachFirstDraft(new IntakeAnswers { Company = "Contoso", Role = "Data Analyst" });
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
    }

    [Theory]
    [InlineData("yes please, remind me")]
    [InlineData("yes")]
    [InlineData("sure")]
    public async Task A_yes_to_would_you_like_me_to_check_in_is_a_yes(string answer)
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);

        (await chat.Say(answer)).Says(FollowUpPlanDialog.PlanIntro).DoesNotSay(FollowUpPlanDialog.NoNudges).DoesNotSay("Sorry, I didn't catch that");

        Assert.Equal(Choices.Nudges.Length, Assert.Single(await chat.History()).Nudges.Count);
    }

    [Fact]
    public async Task No_thanks_after_asking_for_the_reminder_keeps_it_without_pretending_it_was_a_yes()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Today });
        await chat.Say("Angry");
        await chat.Say(CheckInDialog.WaitAndRemind);
        await chat.Say("1");
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());

        (await chat.Say(FollowUpPlanDialog.NoThanks))
            .Says(string.Format(CultureInfo.InvariantCulture, FollowUpPlanDialog.OnlyTheReminder, "tomorrow at 2:00 PM"))
            .DoesNotSay(FollowUpPlanDialog.PlanIntro);
    }

    [Fact]
    public async Task The_plan_promises_only_what_the_commands_do_and_stop_says_what_remains_scheduled()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);
        var plan = (await chat.Say(FollowUpPlanDialog.AllOfThem)).Texts.First();
        Assert.DoesNotContain("say \"stop\" anytime", plan, StringComparison.Ordinal);
        Assert.Contains("\"stop all check-ins\"", plan, StringComparison.Ordinal);

        var stopped = await chat.Say("stop");

        stopped.Says(CoachingBot.Stopped).Says(CoachingBot.StillScheduled)
            .Says("A reminder to review and send your reply (Contoso), today at 6:00 PM")
            .Says(NudgeTurns.ScheduledOutro)
            .DoesNotSay("still stand");
    }

    [Fact]
    public async Task Help_lists_check_ins_and_stop_all_check_ins()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("help")).Says("• check-ins:").Says("• stop all check-ins:");
    }

    [Theory]
    [InlineData("check-ins")]
    [InlineData("nudges")]
    [InlineData("reminders")]
    public async Task Check_ins_lists_what_is_scheduled_with_dates_in_the_persons_time(string command)
    {
        await using var chat = TestConversation.Start();
        chat.TimeZone = "Europe/Berlin";
        await ReachOffer(chat);
        await chat.Say(FollowUpPlanDialog.LetMePick);
        await chat.Say(Label(Choices.Nudges, NudgeKind.ReconnectWithNetwork));
        await chat.Say(FollowUpPlanDialog.Done);

        // Planned at 8 PM Berlin time, two weeks on.
        (await chat.Say(command)).Says(NudgeTurns.ScheduledIntro)
            .Says("• To reconnect with the recruiter and your network (Contoso), on Sunday, Dec 6 at 8:00 PM");
    }

    [Fact]
    public async Task History_shows_the_plan_the_closing_message_promised()
    {
        await using var chat = TestConversation.Start();
        await ReachOffer(chat);
        (await chat.Say(FollowUpPlanDialog.AllOfThem)).Says("Say \"history\" to see this again");

        (await chat.Say("history")).Says($"{History.PlanIntro} {NudgeSchedule.Describe(NudgeKind.ReviewAndSend)} (Nov 22)");
    }

    [Fact]
    public async Task Planned_nudges_are_documents_of_their_own_that_storage_offers_when_due()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await ReachOffer(chat);
        await chat.Say(FollowUpPlanDialog.AllOfThem);

        var due = await storage.ClaimDueAsync(FollowUpKeys.ClaimPrefix, chat.Clock.GetUtcNow().AddHours(4), "test", TimeSpan.FromMinutes(1), 10, CancellationToken.None);

        var reminder = Assert.Single(due);
        Assert.Contains("\"kind\":\"reviewAndSend\"", reminder.Json, StringComparison.Ordinal);
        Assert.StartsWith($"user/{chat.ChannelId}/{chat.UserId}/nudge/", reminder.Key, StringComparison.Ordinal);
    }
}
