using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>Welcomes, idle resets, recovery from a stack the bot no longer understands, and state across conversations.</summary>
public sealed class LifecycleTranscriptTests
{
    private static readonly string Welcome = string.Format(CultureInfo.InvariantCulture, CoachingBot.Welcome, string.Empty);

    private static string ConversationKey(TestConversation chat) => $"conversation/{chat.ChannelId}/{chat.ConversationId}";

    private static async Task<string?> Stored(IStorage storage, string key) => (await storage.ReadAsync(key, CancellationToken.None))?.Json;

    [Fact]
    public async Task Joining_the_conversation_welcomes_the_person_and_asks_the_first_question()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Join();

        Assert.Equal([Welcome, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
        replies.Asks(IntakeDialog.CompanyOrEmailPrompt);
        Assert.StartsWith("Hi, I'm CoachBot, an AI career coach. I'm here to help you through a job rejection", Welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_message_without_a_join_is_welcomed_the_same_way()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("hi");

        Assert.Equal([Welcome, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task After_joining_the_first_message_answers_the_first_question()
    {
        await using var chat = TestConversation.Start();
        await chat.Join();

        var replies = await chat.Say("Contoso");

        Assert.Equal([IntakeDialog.RolePrompt], replies.Texts);
    }

    [Fact]
    public async Task The_welcome_names_the_organisations_career_office_when_it_has_one()
    {
        await using var chat = TestConversation.Start(configure: builder =>
            builder.Configuration["CoachBot:Organizations:Default:CareerOfficeName"] = "Northwind Career Center");

        (await chat.Join()).Says("Hi, I'm CoachBot, an AI career coach from Northwind Career Center. I'm here to help");
    }

    [Fact]
    public async Task Only_the_bot_joining_gets_no_reply_and_saves_nothing()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        var botAdded = chat.Inbound(ActivityTypes.ConversationUpdate);
        botAdded.MembersAdded = [new ChannelAccount { Id = "coachbot" }];

        var replies = await chat.Send(botAdded);

        Assert.Empty(replies.Activities);
        Assert.Equal(0, storage.Writes);
        Assert.Equal([Welcome, IntakeDialog.CompanyOrEmailPrompt], (await chat.Say("hi")).Texts);
    }

    [Fact]
    public async Task The_bot_and_the_person_joining_together_get_one_welcome()
    {
        await using var chat = TestConversation.Start();
        var bothAdded = chat.Inbound(ActivityTypes.ConversationUpdate);
        bothAdded.MembersAdded = [new ChannelAccount { Id = "coachbot" }, new ChannelAccount { Id = chat.UserId }];

        var replies = await chat.Send(bothAdded);

        Assert.Equal([Welcome, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
    }

    [Fact]
    public async Task Joining_again_in_the_middle_welcomes_and_asks_the_same_question_again()
    {
        await using var chat = TestConversation.Start();
        await chat.Join();
        await chat.Say("Contoso");

        var replies = await chat.Join();

        Assert.Equal([Welcome, IntakeDialog.RolePrompt], replies.Texts);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Installing_the_app_welcomes_and_removing_it_gets_no_reply()
    {
        await using var chat = TestConversation.Start();
        var removed = chat.Inbound(ActivityTypes.InstallationUpdate);
        removed.Action = "remove";
        var added = chat.Inbound(ActivityTypes.InstallationUpdate);
        added.Action = "add";

        Assert.Empty((await chat.Send(removed)).Activities);
        Assert.Equal([Welcome, IntakeDialog.CompanyOrEmailPrompt], (await chat.Send(added)).Texts);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData("somethingInvented")]
    public async Task Other_activity_types_get_no_reply_and_change_no_state(string type)
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.Say("hi");
        await chat.Say("Contoso");
        var writes = storage.Writes;
        var saved = await Stored(storage, ConversationKey(chat));
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        var other = chat.Inbound(type);
        other.Text = "Data Analyst";

        var replies = await chat.Send(other);

        Assert.Empty(replies.Activities);
        Assert.Equal(writes, storage.Writes);
        Assert.Equal(saved, await Stored(storage, ConversationKey(chat)));
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Coming_back_after_more_than_seven_days_in_the_middle_starts_fresh()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);

        chat.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var replies = await chat.Say("Interview");

        // The message is read afresh: it says how far they got, so only the company is asked.
        Assert.Equal([CoachingBot.WelcomeBack, IntakeDialog.CompanyPrompt], replies.Texts);
        (await chat.Say("Fabrikam")).Asks(IntakeDialog.RolePrompt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6 * 24)]
    [InlineData(7 * 24)]
    public async Task Coming_back_within_seven_days_carries_on_where_it_was(int hours)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");

        chat.Clock.Advance(TimeSpan.FromHours(hours));
        var replies = await chat.Say("Interview");

        Assert.Equal([IntakeDialog.HeardViaPrompt], replies.Texts);
    }

    [Fact]
    public async Task Each_turn_restarts_the_idle_clock()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        chat.Clock.Advance(TimeSpan.FromDays(5));
        await chat.Say("Contoso");
        chat.Clock.Advance(TimeSpan.FromDays(5));

        (await chat.Say("Data Analyst")).DoesNotSay(CoachingBot.WelcomeBack).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Coming_back_long_after_finishing_simply_starts_a_new_case()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase();

        chat.Clock.Advance(TimeSpan.FromDays(30));
        var replies = await chat.Say("hi");

        Assert.Equal([IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
        Assert.Single(await chat.History());
    }

    [Theory]
    [InlineData("""{"id":"RetiredDialog","state":{"step":3}}""")]
    [InlineData("""{"id":"CoachingDialog","state":{"stack":"not a stack"}}""")]
    [InlineData("""{"id":"CoachingDialog","state":{"stack":[{"id":"coaching","state":{"step":"two"}}]}}""")]
    public async Task A_saved_stack_this_version_does_not_understand_is_recovered_with_a_fresh_start(string instance)
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        var saved = $$"""{"dialogStack":[{{instance}}],"lastActivityAt":"{{chat.Clock.GetUtcNow():O}}","welcomed":true}""";
        await storage.WriteAsync(ConversationKey(chat), saved, null, CancellationToken.None);

        var replies = await chat.Say("Contoso");

        Assert.Equal([CoachingBot.Recovered, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        Assert.DoesNotContain("RetiredDialog", await Stored(storage, ConversationKey(chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_on_a_stack_this_version_does_not_understand_also_recovers()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await storage.WriteAsync(ConversationKey(chat), """{"dialogStack":[{"id":"RetiredDialog"}],"welcomed":true}""", null, CancellationToken.None);

        var replies = await chat.Say("help");

        Assert.Equal([CoachingBot.HelpText, CoachingBot.Recovered, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
    }

    [Fact]
    public async Task Two_conversations_of_one_person_share_the_history_but_not_the_place_in_the_flow()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        var inTheFirst = await chat.FinishCase(new IntakeAnswers { Company = "Contoso" });
        await chat.Say("hi");
        (await chat.Say("Fabrikam")).Asks(IntakeDialog.RolePrompt);
        var firstConversation = chat.ConversationId;

        chat.ConversationId = "second-conversation";
        (await chat.Join()).Says(Welcome).Asks(IntakeDialog.CompanyOrEmailPrompt);
        var history = await chat.Say("history");

        Assert.Equal([History.HistoryIntro, "Contoso, Data Analyst: interview, Nov 22, 2026. Your final draft:", IntakeDialog.CompanyOrEmailPrompt], history.Texts);
        Assert.Equal(inTheFirst.Draft, history.Draft);

        chat.ConversationId = firstConversation;
        (await chat.Say("Product Designer")).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Another_person_does_not_see_someone_elses_history()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase();
        var someoneElse = chat.Inbound(ActivityTypes.Message);
        someoneElse.From = new ChannelAccount { Id = "user-2" };
        someoneElse.Conversation = new ConversationAccount { Id = "their-own" };
        someoneElse.Text = "history";

        var replies = await chat.Send(someoneElse);

        Assert.Equal([History.NoHistory], replies.Texts);
    }

    [Fact]
    public async Task The_persons_time_zone_from_the_channel_is_remembered_for_their_history()
    {
        // 06:00 UTC is still Nov 22 in Los Angeles, but already Nov 23 in New York, the default zone.
        await using var chat = TestConversation.Start(clock: new FakeClock(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero)));
        chat.TimeZone = "America/Los_Angeles";
        await chat.FinishCase();

        chat.TimeZone = null!;
        var replies = await chat.Say("history");

        Assert.Equal("America/Los_Angeles", (await chat.Profile()).TimeZone);
        replies.Says("Contoso, Data Analyst: interview, Nov 22, 2026.");
    }

    [Fact]
    public async Task A_case_finished_while_another_conversation_saved_the_profile_is_added_to_what_that_one_saved()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(new ProfileRaceStorage(storage, "user/test/user-1"));

        await chat.FinishCase();

        // The other conversation's case is still there, and this one was added after it.
        Assert.Equal(["Elsewhere Inc", "Contoso"], (await chat.History()).Select(past => past.Company));
    }

    /// <summary>Just before the first profile write, "another conversation" of the same person saves the profile first.</summary>
    private sealed class ProfileRaceStorage(MemoryStorage inner, string profileKey) : IStorage
    {
        private bool raced;

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
        {
            if (!raced && changes.FirstOrDefault(change => change.Key == profileKey) is { } profileChange)
            {
                raced = true;
                await inner.WriteAsync($"{profileKey}/case/elsewhere", """{"company":"Elsewhere Inc"}""", null, cancellationToken);
                await inner.WriteAsync(profileKey, $$"""{"caseKeys":["{{profileKey}}/case/elsewhere"]}""", profileChange.ExpectedETag, cancellationToken);
            }

            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);

        public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DeleteExpiredAsync(now, cancellationToken);

        public Task PurgeAsync(CancellationToken cancellationToken) => inner.PurgeAsync(cancellationToken);

        public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(prefix, now, owner, lease, limit, cancellationToken);
    }
}
