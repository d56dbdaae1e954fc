using System.Globalization;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.Organizations;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>
/// CoachBot's turn logic for every channel: the commands that interrupt any step (declared below, in one
/// place), the welcome, the idle reset, and the coaching dialog; state is loaded before and saved after.
/// </summary>
public sealed class CoachingBot : IBot
{
    public const string Welcome = "Hi, I'm CoachBot, an AI career coach{0}. I'm here to help you through a job rejection: make sense of what happened, decide whether and how to reply, and write that reply with you. I'm not a therapist, and I never send anything on your behalf. Say \"help\" anytime.";
    public const string WelcomeBack = "Welcome back! It's been a while, so let's start fresh.";
    public const string StartingOver = "Okay, let's start over.";
    public const string Stopped = "Okay, I've stopped. Everything we finished is saved; say hi whenever you want to pick things up again.";
    public const string Recovered = "Sorry, I lost track of where we were, so let's start fresh.";
    public const string NoHistory = "We haven't worked through any rejections together yet.";
    public const string HistoryIntro = "Here's what we've worked through, newest first:";
    public const string HelpText = """
        I'm CoachBot, an AI career coach, not a therapist. I help you make sense of a job rejection, decide whether to reply, write that reply with you, and check in later if you'd like.
        You can say:
        • help: this message
        • history: the rejections we've worked through, with your final drafts
        • start over: begin again
        • stop: stop for now
        """;

    private const int HistoryShown = 5;

    /// <summary>Older cases are let go, so a profile stays small enough to read and write on every turn.</summary>
    public const int HistoryKept = 25;

    /// <summary>Interruptions: these work at any point, whatever is being asked.</summary>
    private static readonly Command[] Commands =
    [
        new(CommandKind.Help, "help", "?", "what can you do", "commands"),
        new(CommandKind.History, "history", "my history", "show history", "past rejections"),
        new(CommandKind.StartOver, "start over", "restart", "reset", "new rejection"),
        new(CommandKind.Stop, "stop", "cancel", "quit", "exit", "end"),
    ];

    private readonly StateStore state;
    private readonly DialogSet dialogs;
    private readonly OrganizationDirectory organizations;
    private readonly TimeSpan idleTimeout;

    public CoachingBot(StateStore state, CoachingDialog coaching, OrganizationDirectory organizations, IOptions<CoachBotOptions> options)
    {
        this.state = state;
        this.organizations = organizations;
        dialogs = new DialogSet().Add(coaching);
        idleTimeout = options.Value.IdleTimeout;
    }

    public Task OnTurnAsync(TurnContext turn, CancellationToken ct) => turn.Activity.Type switch
    {
        ActivityTypes.Message => RunAsync(turn, OnMessageAsync, ct),
        ActivityTypes.ConversationUpdate when SomeoneElseJoined(turn.Activity) => RunAsync(turn, OnJoinedAsync, ct),
        ActivityTypes.InstallationUpdate when turn.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true => RunAsync(turn, OnJoinedAsync, ct),
        // Unknown and unhandled activity types are ignored, as the protocol asks.
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(Turn turn, CancellationToken ct)
    {
        var dc = turn.Dialogs;
        var command = Command.Match(Commands, turn.Context.Text);
        if (!turn.Conversation.Welcomed && command is CommandKind.None or CommandKind.Help)
        {
            // A first message, whatever it says (even a pasted rejection e-mail, which the intake reads), gets the welcome.
            await OnJoinedAsync(turn, ct);
            return;
        }

        switch (command)
        {
            case CommandKind.Help:
                await turn.Context.SendAsync(HelpFor(turn.Context.Activity), ct);
                await dc.RepromptDialogAsync(ct);
                return;
            case CommandKind.History:
                await SendHistoryAsync(turn, ct);
                await dc.RepromptDialogAsync(ct);
                return;
            case CommandKind.StartOver:
                dc.CancelAllDialogs();
                await turn.Context.SendAsync(StartingOver, ct);
                await BeginCoachingAsync(turn, ct);
                return;
            case CommandKind.Stop:
                dc.CancelAllDialogs();
                await turn.Context.SendAsync(Stopped, ct);
                return;
        }

        var result = await dc.ContinueDialogAsync(ct);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await BeginCoachingAsync(turn, ct);
        }
        else
        {
            KeepIfFinished(turn, result);
        }
    }

    private async Task OnJoinedAsync(Turn turn, CancellationToken ct)
    {
        turn.Conversation.Welcomed = true;
        var office = organizations.For(turn.Context.Activity).CareerOfficeName;
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, Welcome, office is null ? string.Empty : $" from {office}"), ct);
        if (turn.Dialogs.ActiveDialog is null)
        {
            await BeginCoachingAsync(turn, ct);
        }
        else
        {
            await turn.Dialogs.RepromptDialogAsync(ct);
        }
    }

    private static async Task BeginCoachingAsync(Turn turn, CancellationToken ct) =>
        KeepIfFinished(turn, await turn.Dialogs.BeginDialogAsync(nameof(CoachingDialog), new RejectionCase(), ct));

    private static void KeepIfFinished(Turn turn, DialogTurnResult result)
    {
        if (result.Status == DialogTurnStatus.Complete && result.Result is RejectionCase finished)
        {
            turn.Finished = finished;
        }
    }

    private async Task SendHistoryAsync(Turn turn, CancellationToken ct)
    {
        var profile = await turn.ReadProfileAsync(ct);
        var history = await turn.ReadRecentCasesAsync(HistoryShown, ct);
        if (history.Count == 0)
        {
            await turn.Context.SendAsync(NoHistory, ct);
            return;
        }

        await turn.Context.SendAsync(HistoryIntro, ct);
        var zone = LocalTime.ZoneOrDefault(turn.Context.Activity.LocalTimezone ?? profile.TimeZone, organizations.For(turn.Context.Activity).DefaultTimeZone);
        foreach (var past in history)
        {
            var date = TimeZoneInfo.ConvertTime(past.StartedAt, zone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
            var stage = past.Stage is { } s ? Choices.LabelOf(Choices.Stages, s).ToLowerInvariant() : "stage not given";
            var line = $"{past.Company ?? "A company"}, {past.Role ?? "role not given"}: {stage}, {date}.";
            var entry = turn.Context.Activity.CreateReply(past.Draft is null ? $"{line} No draft." : $"{line} Your final draft:");
            if (past.Draft is not null)
            {
                entry.Attachments = [ReplyDialog.DraftAttachment(past.Draft)];
            }

            await turn.Context.SendAsync(entry, ct);
        }
    }

    private string HelpFor(Activity activity)
    {
        var organization = organizations.For(activity);
        var help = HelpText;
        if (organization.BookingUrl is { } booking)
        {
            help += $"\nTo talk it through with a person, book a career counselor: {booking}";
        }

        if (organization.CounselingContact is { } counseling)
        {
            help += $"\nIf things feel heavy, you can reach {counseling}.";
        }

        return help;
    }

    /// <summary>
    /// Loads the conversation's state (the person's profile only when the turn needs it), runs the handler,
    /// and saves state only if the whole turn succeeded.
    /// </summary>
    private async Task RunAsync(TurnContext context, Func<Turn, CancellationToken, Task> handler, CancellationToken ct)
    {
        var activity = context.Activity;
        var conversation = await state.LoadAsync<ConversationData>($"conversation/{activity.ChannelId}/{activity.Conversation?.Id}", ct, replaceUnreadable: true);
        var data = conversation.Value;
        var now = context.Clock.GetUtcNow();
        var idle = data.LastActivityAt is { } last && now - last > idleTimeout && data.DialogStack.Count > 0;
        data.LastActivityAt = now;
        data.Reference = ReferenceOf(activity);
        // Remember the person's time zone, and use the remembered one when a channel leaves it out.
        data.TimeZone = activity.LocalTimezone ?? data.TimeZone;
        activity.LocalTimezone ??= data.TimeZone;

        var turn = new Turn(context, new DialogContext(dialogs, context, data.DialogStack), data, state, $"user/{activity.ChannelId}/{activity.From?.Id}");
        if (idle)
        {
            data.DialogStack.Clear();
            await context.SendAsync(WelcomeBack, ct);
        }

        if (conversation.Replaced)
        {
            await RecoverAsync(turn, ct);
        }
        else
        {
            try
            {
                await handler(turn, ct);
            }
            catch (DialogStackException)
            {
                await RecoverAsync(turn, ct);
            }
        }

        await turn.SaveAsync(conversation, ct);
    }

    /// <summary>A conversation saved by an older version of the bot starts over, rather than failing every turn.</summary>
    private static async Task RecoverAsync(Turn turn, CancellationToken ct)
    {
        turn.Dialogs.Stack.Clear();
        turn.Conversation.Welcomed = true;
        await turn.Context.SendAsync(Recovered, ct);
        await BeginCoachingAsync(turn, ct);
    }

    private static bool SomeoneElseJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;

    private static ConversationReference ReferenceOf(Activity activity) => new()
    {
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        ConversationId = activity.Conversation?.Id,
        UserId = activity.From?.Id,
        BotId = activity.Recipient?.Id,
        TenantId = activity.Conversation?.TenantId,
    };

    /// <summary>Everything one turn works on. The person's profile is read only if the turn needs it.</summary>
    private sealed class Turn(TurnContext context, DialogContext dialogs, ConversationData conversation, StateStore state, string profileKey)
    {
        private const int ProfileSaveAttempts = 3;

        private StateDocument<CoachingProfile>? profile;

        public TurnContext Context { get; } = context;
        public DialogContext Dialogs { get; } = dialogs;
        public ConversationData Conversation { get; } = conversation;

        /// <summary>A case finished in this turn, to be kept in the person's history.</summary>
        public RejectionCase? Finished { get; set; }

        public async Task<CoachingProfile> ReadProfileAsync(CancellationToken ct) =>
            (profile ??= await state.LoadAsync<CoachingProfile>(profileKey, ct)).Value;

        /// <summary>The person's most recent finished cases, newest first.</summary>
        public async Task<IReadOnlyList<RejectionCase>> ReadRecentCasesAsync(int count, CancellationToken ct)
        {
            var keys = (await ReadProfileAsync(ct)).CaseKeys.AsEnumerable().Reverse().Take(count);
            var cases = await Task.WhenAll(keys.Select(key => state.LoadAsync<RejectionCase>(key, ct)));
            return cases.Select(stored => stored.Value).ToList();
        }

        /// <summary>
        /// Saves the turn's state in one go, all or nothing: the conversation and, when a case finished, the
        /// case as a document of its own and the profile listing it (older cases let go are deleted with
        /// it). Another conversation of the same person may have saved the profile meanwhile: then the
        /// profile is read again and the case listed in what that one saved, rather than lost.
        /// </summary>
        public async Task SaveAsync(StateDocument<ConversationData> conversation, CancellationToken ct)
        {
            if (Finished is null)
            {
                await state.SaveAsync(conversation, ct);
                return;
            }

            var finishedCase = StateStore.New($"{profileKey}/case/{Guid.NewGuid():N}", Finished);
            for (var attempt = 1; ; attempt++)
            {
                var current = await ReadProfileAsync(ct);
                current.TimeZone = Context.Activity.LocalTimezone ?? current.TimeZone;
                current.CaseKeys.Add(finishedCase.Key);
                var letGo = current.CaseKeys.Count > HistoryKept ? current.CaseKeys[..^HistoryKept] : [];
                current.CaseKeys.RemoveRange(0, letGo.Count);
                try
                {
                    await state.SaveAllAsync([finishedCase, profile!, conversation], letGo, ct);
                    return;
                }
                catch (StorageConflictException conflict) when (conflict.Key == profileKey && attempt < ProfileSaveAttempts)
                {
                    profile = null;
                }
            }
        }
    }

    private enum CommandKind
    {
        None,
        Help,
        History,
        StartOver,
        Stop,
    }

    private sealed record Command(CommandKind Kind, params string[] Phrases)
    {
        public static CommandKind Match(IEnumerable<Command> commands, string text)
        {
            var normalized = ChoiceRecognizer.Normalize(text);
            if (text.Trim() == "?")
            {
                return CommandKind.Help;
            }

            // The "?" phrase normalizes to nothing, so without this an emoji, "..." or an attachment alone would be taken for help.
            if (normalized.Length == 0)
            {
                return CommandKind.None;
            }

            return commands.FirstOrDefault(command => command.Phrases.Any(phrase => ChoiceRecognizer.Normalize(phrase) == normalized))?.Kind
                ?? CommandKind.None;
        }
    }
}
