using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.Privacy;
using CoachBot.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Infrastructure;

/// <summary>
/// One person talking to the real CoachBot services (no HTTP), for tests that read like transcripts:
/// <c>(await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);</c>
/// </summary>
public sealed class TestConversation : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TurnRunner runner;

    private TestConversation(WebApplication app, string channelId, string conversationId, string userId)
    {
        this.app = app;
        runner = app.Services.GetRequiredService<TurnRunner>();
        ChannelId = channelId;
        ConversationId = conversationId;
        UserId = userId;
    }

    public string ChannelId { get; }
    public string ConversationId { get; set; }
    public string UserId { get; }
    public string? UserName { get; set; }
    public string TimeZone { get; set; } = "America/New_York";
    public FakeClock Clock => (FakeClock)app.Services.GetRequiredService<TimeProvider>();
    public IServiceProvider Services => app.Services;

    /// <summary>A conversation over fresh in-memory storage, or over <paramref name="storage"/> to share it.</summary>
    public static TestConversation Start(IStorage? storage = null, FakeClock? clock = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.AddCoachBot();
        builder.Services.AddSingleton<TimeProvider>(clock ?? new FakeClock());
        builder.Services.AddSingleton(storage ?? new MemoryStorage());
        configure?.Invoke(builder);
        var app = builder.Build();
        return new TestConversation(app, "test", $"conversation-{Guid.NewGuid():N}", "user-1");
    }

    /// <summary>The person opens the chat: the bot is told a member joined.</summary>
    public Task<Replies> Join()
    {
        var activity = Inbound(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = UserId }];
        return Send(activity);
    }

    /// <summary>
    /// Answers "How should I sign your reply?" at once with its first button (the display name, or unsigned), so
    /// tests about other things read as before; the replies of both turns are returned together.
    /// </summary>
    public bool AutoSign { get; set; } = true;

    /// <summary>The person types or taps <paramref name="text"/>.</summary>
    public async Task<Replies> Say(string text)
    {
        var activity = Inbound(ActivityTypes.Message);
        activity.Text = text;
        var replies = await Send(activity);
        if (AutoSign && replies.Activities.Count > 0 && replies.Activities[^1].Text == ReplyDialog.SignaturePrompt)
        {
            var signed = Inbound(ActivityTypes.Message);
            signed.Text = replies.Buttons[0];
            var next = await Send(signed);
            replies = LastReplies = new Replies([.. replies.Activities.Take(replies.Activities.Count - 1), .. next.Activities]);
        }

        return replies;
    }

    public async Task<Replies> Send(Activity activity) => LastReplies = new(await runner.RunAsync(activity, TranscriptChannel.Instance, CancellationToken.None));

    /// <summary>The bot's replies to the latest turn.</summary>
    public Replies? LastReplies { get; private set; }

    public Activity Inbound(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        ServiceUrl = "http://127.0.0.1:1/",
        From = new ChannelAccount { Id = UserId, Name = UserName, Role = "user" },
        Recipient = new ChannelAccount { Id = "coachbot", Name = "CoachBot", Role = "bot" },
        Conversation = new ConversationAccount { Id = ConversationId },
        LocalTimezone = TimeZone,
        Timestamp = Clock.GetUtcNow(),
        DeliveryMode = DeliveryModes.ExpectReplies,
        Locale = "en-US",
    };

    /// <summary>The person's finished cases as stored, oldest first, each with its feelings (stored apart) put back.</summary>
    public async Task<List<RejectionCase>> History()
    {
        var store = app.Services.GetRequiredService<StateStore>();
        var cases = new List<RejectionCase>();
        foreach (var key in (await Profile()).CaseKeys)
        {
            var finished = (await store.LoadAsync<RejectionCase>(key, CancellationToken.None)).Value;
            Assert.Null(finished.Feeling);
            finished.Feeling = (await store.LoadAsync<CaseFeelings>(PersonKeys.FeelingsOf(key), CancellationToken.None)).Value.Feeling;
            cases.Add(finished);
        }

        return cases;
    }

    /// <summary>The person's saved profile, as stored.</summary>
    public async Task<CoachingProfile> Profile() =>
        (await app.Services.GetRequiredService<StateStore>().LoadAsync<CoachingProfile>($"user/{ChannelId}/{UserId}", CancellationToken.None)).Value;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>The transcript tests' channel: it shows the neutral output as it is and answers in the response.</summary>
    private sealed class TranscriptChannel() : Channels.AnsweringChannel("test")
    {
        public static TranscriptChannel Instance { get; } = new();
    }
}

/// <summary>The bot's replies to one turn, with assertions that read like a transcript.</summary>
public sealed class Replies(IReadOnlyList<Activity> activities)
{
    public IReadOnlyList<Activity> Activities { get; } = activities;

    public IEnumerable<string> Texts => Activities.Select(activity => activity.Text ?? string.Empty);

    /// <summary>The last reply is the question <paramref name="prompt"/>, offering exactly <paramref name="buttons"/> (when given).</summary>
    public Replies Asks(string prompt, params string[] buttons)
    {
        Assert.NotEmpty(Activities);
        var last = Activities[^1];
        Assert.Equal(prompt, last.Text);
        Assert.Equal(InputHints.ExpectingInput, last.InputHint);
        if (buttons.Length > 0)
        {
            Assert.Equal(buttons, Buttons);
        }

        return this;
    }

    /// <summary>Some reply contains <paramref name="text"/>.</summary>
    public Replies Says(string text)
    {
        Assert.Contains(Texts, reply => reply.Contains(text, StringComparison.Ordinal));
        return this;
    }

    public Replies DoesNotSay(string text)
    {
        Assert.DoesNotContain(Texts, reply => reply.Contains(text, StringComparison.Ordinal));
        return this;
    }

    /// <summary>No reply asks anything: the conversation has reached an end.</summary>
    public Replies AsksNothing()
    {
        Assert.DoesNotContain(Activities, activity => activity.InputHint == InputHints.ExpectingInput);
        return this;
    }

    public IReadOnlyList<string> Buttons =>
        Activities[^1].SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty).ToList() ?? [];

    /// <summary>The text of the draft shown in this turn.</summary>
    public string Draft => Drafts.Single();

    public IReadOnlyList<string> Drafts =>
        Activities.SelectMany(activity => activity.Attachments ?? [])
            .Where(attachment => attachment.ContentType == ReplyDialog.DraftContentType)
            .Select(attachment => attachment.Content!.Value.GetProperty("text").GetString()!)
            .ToList();

    public override string ToString() => string.Join("\n", Texts);
}
