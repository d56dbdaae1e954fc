using System.Globalization;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Organizations;
using CoachBot.Privacy;
using CoachBot.Safety;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>
/// CoachBot's turn logic for every channel. Each message meets, in this order: the safety check, a
/// pending confirmation, the questions CoachBot answers at any point (is it an AI, out-of-scope advice),
/// the commands (<see cref="Command.All"/>), and then the coaching dialog. State is loaded before and
/// saved after.
/// </summary>
public sealed class CoachingBot : IBot
{
    public const string Welcome = "Hi, I'm CoachBot, an AI career coach{0}. I'm here to help you through a job rejection: make sense of what happened, decide whether and how to reply, and write that reply with you. I'm not a therapist, and I never send anything on your behalf. Say \"help\" anytime.";
    public const string WelcomeBack = "Welcome back! It's been a while, so let's start fresh.";
    public const string WelcomeBackToCase = "Welcome back! It's been a while.";
    public const string StartingOver = "Okay, let's start over.";
    public const string Stopped = "Okay, I've stopped. Everything we finished is saved. Say hi whenever you want to pick things up again.";
    /// <summary>After <see cref="Stopped"/>, when follow-ups are still to come.</summary>
    public const string StillScheduled = "These check-ins are still scheduled:";
    public const string CheckInsStopped = "Done: I've cancelled every check-in we planned. Nothing else has changed.";
    public const string NoCheckInsToStop = "There were no check-ins planned, so there's nothing to cancel.";
    public const string ResumePrompt = "Last time we were working on {0}: continue, or start a new one?";
    public const string Continue = "Continue";
    public const string StartNew = "Start a new one";
    public const string SmallTalkReply = "You're welcome. I'm here whenever you need me: say \"start over\" if another one comes up, or \"history\" to see this one again.";
    /// <summary>{0}: the company (or role) of the case left unfinished.</summary>
    public const string SmallTalkWithUnfinishedFormat = "You're welcome. Say hi whenever you want to pick up {0} again, or \"start over\" if another one comes up.";
    public const string ResumeWaterfall = "resume";
    public const string Recovered = "Sorry, I lost track of where we were, so let's start fresh.";
    public const string HelpText = """
        I'm CoachBot, an AI career coach, not a therapist. I help you make sense of a job rejection, decide whether to reply, write that reply with you, and check in later if you'd like.
        You can say:
        • help: this message
        • help now: people you can reach right away if things feel like too much
        • history: the rejections we've worked through, with your final drafts
        • export my data: everything I keep about you
        • delete my data: erase everything I keep about you
        • check-ins: the check-ins I have planned with you, and when
        • stop all check-ins: cancel every check-in
        • start over: begin again
        • stop: stop for now
        """;

    /// <summary>Older cases are let go, so a profile stays small enough to read and write on every turn.</summary>
    public const int HistoryKept = 25;



    private readonly StateStore state;
    private readonly DialogSet dialogs;
    private readonly OrganizationDirectory organizations;
    private readonly SafetyGuard safety;
    private readonly DataRights dataRights;
    private readonly SharedConversations sharedConversations;
    private readonly LateCorrections lateCorrections;
    private readonly TimeSpan idleTimeout;
    private readonly RetentionOptions retention;
    private readonly NudgeTurns nudges;

    public CoachingBot(StateStore state, CoachingDialog coaching, OrganizationDirectory organizations, SafetyGuard safety, DataRights dataRights,
        SharedConversations sharedConversations, LateCorrections lateCorrections, IOptions<CoachBotOptions> options, IOptions<RetentionOptions> retention,
        NudgeTurns nudges)
    {
        this.nudges = nudges;
        this.lateCorrections = lateCorrections;
        this.state = state;
        this.organizations = organizations;
        this.safety = safety;
        this.dataRights = dataRights;
        this.sharedConversations = sharedConversations;
        dialogs = new DialogSet()
            .Add(coaching)
            .Add(new WaterfallDialog<RejectionCase>(ResumeWaterfall, [AskToResumeAsync, ResumeOrStartAsync]))
            .Add(new ChoicePrompt("resumeChoice"));
        idleTimeout = options.Value.IdleTimeout;
        this.retention = retention.Value;
    }

    /// <summary>
    /// Routes the turn by its neutral kind; the channel translated its own events into it, and the front
    /// door (<see cref="TurnRunner"/>) has read the conversation's state and commits it afterwards.
    /// </summary>
    public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var shared = turn.Reference.IsShared;
        return turn.Kind switch
        {
            TurnKind.Message => RunAsync(turn, shared ? sharedConversations.OnMessageAsync : OnMessageAsync, ct),
            TurnKind.Continued when turn.EventName == EventNames.StartPrivately => RunAsync(turn, OnJoinedAsync, ct),
            // A follow-up falls due: not the person speaking, so it neither wakes an idle conversation nor counts as activity.
            TurnKind.Continued when turn.EventName == FollowUpEvents.Nudge && !shared => RunAsync(turn, nudges.OnDueAsync, ct, byPerson: false),
            TurnKind.Joined or TurnKind.Installed => RunAsync(turn, shared ? sharedConversations.OnInstalledAsync : OnJoinedAsync, ct),
            // The front door has marked the conversation unreachable: nothing is said, the state is kept as usual.
            TurnKind.Removed or TurnKind.Unreachable => RunAsync(turn, static (_, _) => Task.CompletedTask, ct),
            // Events the bot does not know are ignored, as the protocol asks.
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(CoachingTurn turn, CancellationToken ct)
    {
        turn.Conversation.WelcomeUnanswered = false;
        await nudges.OnPersonWroteAsync(turn, ct);
        var command = Command.Match(turn.Context.Text);
        switch (await safety.CheckAsync(turn, command, ct))
        {
            case SafetyOutcome.Answered:
                return;
            case SafetyOutcome.Resume when !ReadHeldMessage(turn):
                await WelcomeOrResumeAsync(turn, ct);
                return;
            case SafetyOutcome.Resume:
                // The held message goes on from here as if said now; it has been read for safety already.
                command = Command.Match(turn.Context.Text);
                break;
        }

        if (turn.Conversation.ErasureAsked)
        {
            if (await dataRights.AnswerErasureAsync(turn, ct))
            {
                return;
            }

            command = Command.Match(turn.Context.Text);
        }

        if (ScopeGuard.Classify(turn.Context.Text) is not OutOfScope.None and var question)
        {
            await turn.Context.SendAsync(ScopeGuard.Answer(question, organizations.For(turn.Context.Reference)), ct);
            await WelcomeOrResumeAsync(turn, ct);
            return;
        }

        if (!turn.Conversation.Welcomed && command is CommandKind.None or CommandKind.Help)
        {
            // A first message, whatever it says (even a pasted rejection e-mail, which the intake reads), gets the welcome.
            await OnJoinedAsync(turn, ct);
            return;
        }

        if (await nudges.TryAnswerAsync(turn, ct) || await RunCommandAsync(turn, command, ct) || await StopSomeCheckInsAsync(turn, ct))
        {
            return;
        }

        if (turn.Dialogs.ActiveDialog is null && SmallTalk.Is(turn.Context.Text))
        {
            // "thanks!" after the wrap-up is not a new rejection to work through.
            await turn.Context.SendAsync(turn.Conversation.Unfinished is { } unfinished
                ? string.Format(CultureInfo.InvariantCulture, SmallTalkWithUnfinishedFormat, unfinished.Company ?? unfinished.Role ?? "where we left off")
                : SmallTalkReply, ct);
            return;
        }

        if (await lateCorrections.TryApplyAsync(turn, ct))
        {
            return;
        }

        var result = await turn.Dialogs.ContinueDialogAsync(ct);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await BeginCoachingAsync(turn, ct);
        }
        else
        {
            KeepIfFinished(turn, result);
        }

        if (turn.Finished is { } finished)
        {
            await Patterns.SendAsync(turn, finished, organizations.For(turn.Context.Reference).CareerOfficeOrDefault, ct);
        }
    }

    /// <returns>Whether <paramref name="command"/> was one, and has been carried out.</returns>
    private async Task<bool> RunCommandAsync(CoachingTurn turn, CommandKind command, CancellationToken ct)
    {
        var dc = turn.Dialogs;
        switch (command)
        {
            case CommandKind.HelpNow:
                await turn.Context.SendAsync(CrisisReplies.Resources(ConcernKind.None, organizations.For(turn.Context.Reference)), ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            case CommandKind.Help:
                await turn.Context.SendAsync(HelpFor(turn.Context.Reference), ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            case CommandKind.History:
                await History.SendAsync(turn, organizations.For(turn.Context.Reference), ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            case CommandKind.ExportData:
                await dataRights.ExportAsync(turn, ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            case CommandKind.DeleteData:
                await dataRights.AskErasureAsync(turn, ct);
                return true;
            case CommandKind.StartOver:
                dc.CancelAllDialogs();
                await turn.Context.SendAsync(StartingOver, ct);
                await BeginCoachingAsync(turn, ct);
                return true;
            case CommandKind.Stop:
                ParkActiveCase(turn);
                await turn.Context.SendAsync(Stopped, ct);
                if (await nudges.DescribeScheduledAsync(turn, ct) is { Count: > 0 } remaining)
                {
                    await turn.Context.SendAsync($"{StillScheduled}\n{string.Join('\n', remaining.Select(line => $"• {line}"))}\n{NudgeTurns.ScheduledOutro}", ct);
                }

                return true;
            case CommandKind.StopCheckIns:
                var cancelled = await nudges.StopAllAsync(turn, ct);
                // Cases finished before follow-ups were documents of their own keep their plan inside.
                cancelled += await turn.CancelPlannedFollowUpsAsync(ct);
                await turn.Context.SendAsync(cancelled > 0 ? CheckInsStopped : NoCheckInsToStop, ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            case CommandKind.CheckIns:
                await nudges.ListAsync(turn, await nudges.DescribeScheduledAsync(turn, ct), ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            default:
                return false;
        }
    }

    /// <returns>Whether the message named planned check-ins to cancel, now stopped and said so.</returns>
    private async Task<bool> StopSomeCheckInsAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (CheckInCancellation.KindsIn(turn.Context.Text) is not { Count: > 0 } named
            || await nudges.StopKindsAsync(turn, [.. named], ct) is not { Count: > 0 } stopped)
        {
            // Nothing of the kind is planned: the words are an answer to whatever is being asked.
            return false;
        }

        var labels = string.Join(" and ", stopped.Select(kind => $"\"{Choices.LabelOf(Choices.Nudges, kind)}\""));
        var described = stopped.Count == 1 ? $"the {labels} check-in" : $"the {labels} check-ins";
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, NudgeTurns.StoppedKinds, described), ct);
        await turn.Dialogs.RepromptDialogAsync(ct);
        return true;
    }

    /// <summary>
    /// Ends the coaching under way: a case with a final draft is kept in the history, one still under way
    /// is kept to pick up again.
    /// </summary>
    internal static void ParkActiveCase(CoachingTurn turn)
    {
        var active = ActiveCase.Find(turn.Dialogs.Stack);
        turn.Dialogs.CancelAllDialogs();
        if (active is { DraftFinal: true })
        {
            turn.Finished = active;
        }
        else if (active is { Company: not null } or { Role: not null } or { Stage: not null })
        {
            turn.Conversation.Unfinished = active;
        }
    }

    private async Task OnJoinedAsync(CoachingTurn turn, CancellationToken ct)
    {
        // Some channels announce a personal install twice (Teams: as a person joining and as an install):
        // one welcome is enough until the person has said something.
        var joined = turn.Context.Kind is TurnKind.Joined or TurnKind.Installed;
        if (joined && turn.Conversation.WelcomeUnanswered)
        {
            return;
        }

        turn.Conversation.WelcomeUnanswered = joined;
        turn.Conversation.Welcomed = true;
        var office = organizations.For(turn.Context.Reference).CareerOfficeName;
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, Welcome, office is null ? string.Empty : $" from {office}"), ct);
        await ResumeCoachingAsync(turn, ct);
    }

    /// <summary>
    /// The message the gentle check answered in place of the coaching, once the person has said they are okay: a
    /// story in it is read now, so it need not be told again, and so is how they feel when that was the question ("honestly
    /// feel like a failure"). One that tells nothing of a case ("this job hunt is killing me lol") is let go, and the
    /// waiting question is asked again.
    /// </summary>
    private static bool ReadHeldMessage(CoachingTurn turn)
    {
        var held = turn.Conversation.Safety.HeldMessage;
        turn.Conversation.Safety.HeldMessage = null;
        var askedHowTheyFeel = ActiveCase.InnermostDialogId(turn.Dialogs.Stack) is CheckInDialog.FeelingPromptId or CheckInDialog.OwnWordsPromptId;
        if (held is null || !(askedHowTheyFeel || CaseDetails.HasAny(BuiltInMessageReader.Read(held))))
        {
            return false;
        }

        turn.Context.Activity.Text = held;
        return true;
    }

    /// <summary>
    /// After a first message the safety check or the scope answered, the welcome (which says CoachBot is an AI)
    /// comes now: coaching started without it would be welcomed, and its question asked again, on the next message,
    /// and that message would be lost.
    /// </summary>
    private Task WelcomeOrResumeAsync(CoachingTurn turn, CancellationToken ct) =>
        turn.Conversation.Welcomed ? ResumeCoachingAsync(turn, ct) : OnJoinedAsync(turn, ct);

    /// <summary>Asks the question the coaching is waiting on again, or starts the coaching.</summary>
    private static async Task ResumeCoachingAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (turn.Dialogs.ActiveDialog is null)
        {
            await BeginCoachingAsync(turn, ct);
        }
        else
        {
            await turn.Dialogs.RepromptDialogAsync(ct);
        }
    }

    /// <summary>Offers to pick up a case left unfinished, or starts a new one (with the name the person signs with, if given before).</summary>
    private static async Task BeginCoachingAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (OffersUnfinished(turn) && turn.Conversation.Unfinished is { } unfinished)
        {
            turn.Conversation.Unfinished = null;
            await turn.Dialogs.BeginDialogAsync(ResumeWaterfall, unfinished, ct);
            return;
        }

        // The name is the person's, asked once: remembered in this conversation, and in their profile for the next one.
        var fresh = new RejectionCase { SignatureName = turn.Conversation.SignatureName ?? (await turn.ReadProfileAsync(ct)).SignatureName };
        KeepIfFinished(turn, await turn.Dialogs.BeginDialogAsync(nameof(CoachingDialog), fresh, ct));
    }

    /// <summary>
    /// A case left unfinished is offered back, unless the message already tells a new one ("Fabrikam said
    /// no after the final round"): that one starts, and the other is offered when it is done.
    /// </summary>
    private static bool OffersUnfinished(CoachingTurn turn) =>
        turn.Conversation.Unfinished is not null && !CaseDetails.HasAny(BuiltInMessageReader.Read(turn.Context.Text));

    private static void KeepIfFinished(CoachingTurn turn, DialogTurnResult result)
    {
        if (result.Status == DialogTurnStatus.Complete && result.Result is RejectionCase finished)
        {
            turn.Finished = finished;
            turn.Conversation.SignatureName = finished.SignatureName ?? turn.Conversation.SignatureName;
        }
    }

    private static Task<DialogTurnResult> AskToResumeAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.PromptAsync("resumeChoice", new PromptOptions
        {
            Prompt = string.Format(CultureInfo.InvariantCulture, ResumePrompt, step.Values.Company ?? step.Values.Role ?? "your last case"),
            Choices = [new Choice { Value = Continue, Synonyms = ["continue", "carry on", "resume", "pick it up", "yes", "that one"] }, new Choice { Value = StartNew, Synonyms = ["new", "new one", "a new one", "start new", "no", "something else"] }],
        }, ct);

    private static Task<DialogTurnResult> ResumeOrStartAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var resume = (step.Result as FoundChoice)?.Value == Continue;
        var parked = step.Values;
        var next = resume ? parked : new RejectionCase { SignatureName = parked.SignatureName };
        return step.ReplaceDialogAsync(nameof(CoachingDialog), next, ct);
    }

    private string HelpFor(ConversationReference conversation)
    {
        var organization = organizations.For(conversation);
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
    /// Runs the handler on the conversation's state the front door read (the person's profile only when
    /// the turn needs it); what the turn changed is composed for the front door's commit by <see cref="CoachingTurn.ComposeAsync"/>.
    /// </summary>
    /// <param name="byPerson">Whether the person started this turn (a message, a join); a follow-up falling due is not them.</param>
    private async Task RunAsync(TurnContext context, Func<CoachingTurn, CancellationToken, Task> handler, CancellationToken ct, bool byPerson = true)
    {
        var activity = context.Activity;
        var reference = context.Reference;
        var keys = PersonKeys.For(reference.ChannelId, reference.UserId, reference.ConversationId);
        var conversation = context.ConversationState<ConversationData>();
        var data = conversation.Value;
        var now = context.Clock.GetUtcNow();
        var idle = byPerson && data.LastActivityAt is { } last && now - last > idleTimeout && data.DialogStack.Count > 0;
        data.LastActivityAt = byPerson ? now : data.LastActivityAt;
        // Remember the person's time zone, and use the remembered one when a channel leaves it out.
        data.TimeZone = activity.LocalTimezone ?? data.TimeZone;
        activity.LocalTimezone ??= data.TimeZone;

        // Model calls made for this turn count against this person's rate limit.
        using var person = TurnPerson.Enter(keys.Profile);
        var turn = new CoachingTurn(context, new DialogContext(dialogs, context, data.DialogStack), conversation, state, keys, retention);
        context.OnCommit(turn.ComposeAsync);
        if (idle)
        {
            ParkActiveCase(turn);
            await context.SendAsync(OffersUnfinished(turn) ? WelcomeBackToCase : WelcomeBack, ct);
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
    }

    /// <summary>A conversation saved by an older version of the bot starts over, rather than failing every turn.</summary>
    private static async Task RecoverAsync(CoachingTurn turn, CancellationToken ct)
    {
        turn.Dialogs.Stack.Clear();
        turn.Conversation.Welcomed = true;
        await turn.Context.SendAsync(Recovered, ct);
        await BeginCoachingAsync(turn, ct);
    }

}
