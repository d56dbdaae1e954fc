using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Telemetry;
using CoachBot.Organizations;
using Microsoft.Extensions.Logging;

namespace CoachBot.Safety;

/// <summary>What the safety check made of a message.</summary>
public enum SafetyOutcome
{
    /// <summary>No concern: the message goes on to the commands and the coaching.</summary>
    PassOn,
    /// <summary>The safety check answered the message; nothing else happens this turn.</summary>
    Answered,
    /// <summary>The person said they are okay: coaching picks up where it paused.</summary>
    Resume,
}

/// <summary>
/// The first-ranked interruption: every message is read for signs of crisis before anything else sees
/// it. On a sign, coaching pauses at once and the person gets concrete help; the message goes no further,
/// so it never reaches a case, a draft or the history. A possible figure of speech or softer distress gets a
/// gentle check instead, and after a hand-off one "I'm fine" is met with a check before coaching goes on.
/// Everything it says is in the person's language (<see cref="MessageLanguage"/>).
/// </summary>
public sealed partial class SafetyGuard
{
    public const string MeterName = "CoachBot.Safety";

    /// <summary>Concerns raised within this time are read as the context of the next message.</summary>
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(1);
    private const int RecentKept = 3;
    /// <summary>Answers that are neither yes nor no before CoachBot stops asking whether the person is safe.</summary>
    private const int UnclearAnswersAllowed = 1;

    /// <summary>
    /// Commands that keep working while coaching is paused (with the answer to the erasure's confirmation):
    /// a person in crisis can still stop, or take their data with them.
    /// </summary>
    private static readonly CommandKind[] CommandsWhilePaused = [CommandKind.Help, CommandKind.Stop, CommandKind.ExportData, CommandKind.DeleteData];

    private readonly ISafetyAssessor[] assessors;
    private readonly OrganizationDirectory organizations;
    private readonly ILogger<SafetyGuard> logger;
    private readonly CoachBotTelemetry telemetry;

    public SafetyGuard(IEnumerable<ISafetyAssessor> assessors, OrganizationDirectory organizations, ILogger<SafetyGuard> logger, CoachBotTelemetry telemetry)
    {
        this.assessors = assessors.ToArray();
        this.organizations = organizations;
        this.logger = logger;
        this.telemetry = telemetry;
    }

    public async Task<SafetyOutcome> CheckAsync(CoachingTurn turn, CommandKind command, CancellationToken ct)
    {
        var safety = turn.Conversation.Safety;
        var signal = await AssessAsync(turn, safety, ct);
        var texts = CrisisReplies.For(LanguageOf(turn, safety));
        if (signal.Level == ConcernLevel.Crisis)
        {
            await HandOffAsync(turn, signal, texts.Language, ct);
            return SafetyOutcome.Answered;
        }

        var paused = safety.Step is SafetyStep.Paused or SafetyStep.ConfirmingSafe;
        if (paused && (CommandsWhilePaused.Contains(command) || turn.Conversation.ErasureAsked))
        {
            return SafetyOutcome.PassOn;
        }

        return safety.Step switch
        {
            SafetyStep.Paused when command == CommandKind.HelpNow => await SendResourcesAsync(turn, safety.Kind, texts.Language, ct),
            SafetyStep.Paused => await AskAsync(turn, SafetyStep.ConfirmingSafe, texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow, ct),
            SafetyStep.Checking or SafetyStep.ConfirmingSafe => await ReadAnswerAsync(turn, signal, command, texts, ct),
            _ when signal.Level == ConcernLevel.Check => await GentleCheckAsync(turn, signal, texts, ct, holdMessage: true),
            // "Help now" at any other point (the erasure's confirmation aside, which the data rights answer):
            // the lines in the person's language, then the question the coaching was asking, again.
            _ when command == CommandKind.HelpNow && !turn.Conversation.ErasureAsked => await HelpNowAsync(turn, texts.Language, ct),
            _ => SafetyOutcome.PassOn,
        };
    }

    /// <summary>
    /// For shared conversations, where no safety state is kept: a sign of crisis gets the hand-off, and
    /// the person's crisis flag is raised.
    /// </summary>
    public async Task<bool> HandOffIfCrisisAsync(CoachingTurn turn, CancellationToken ct)
    {
        var signal = await AssessAsync(turn, new SafetyState(), ct);
        if (signal.Level != ConcernLevel.Crisis)
        {
            return false;
        }

        await turn.FlagConcernAsync(signal, ct);
        Count(signal);
        // No state is kept here, so no language is remembered: the message and the locale tell it.
        var language = MessageLanguage.Choose(turn.Context.Text, remembered: null, turn.Context.Activity.Locale).Language;
        await turn.Context.SendAsync(CrisisReplies.HandOff(signal.Kind, organizations.For(turn.Context.Reference), language), ct);
        return true;
    }

    /// <summary>
    /// The language to answer this message in. A language the message itself shows is remembered (as a
    /// code), so that a short "ok" or "help now" afterwards is answered in the same language.
    /// </summary>
    private static ReplyLanguage LanguageOf(CoachingTurn turn, SafetyState safety)
    {
        var (language, fromText) = MessageLanguage.Choose(turn.Context.Text, safety.Language, turn.Context.Activity.Locale);
        if (fromText)
        {
            safety.Language = language.Code();
        }

        return language;
    }

    /// <summary>The highest level any assessor gives: a second opinion can raise it, never lower it.</summary>
    private async Task<SafetySignal> AssessAsync(CoachingTurn turn, SafetyState safety, CancellationToken ct)
    {
        var text = turn.Context.Text;
        if (text.Length == 0)
        {
            return SafetySignal.None;
        }

        var now = turn.Context.Clock.GetUtcNow();
        safety.Recent.RemoveAll(concern => now - concern.At > RecentWindow);
        // Most conversations have no recent concern: no list is made for them.
        IReadOnlyList<SafetySignal> recent = safety.Recent.Count == 0 ? [] : safety.Recent.ConvertAll(concern => new SafetySignal(concern.Level, concern.Kind));
        var signal = SafetySignal.None;
        foreach (var assessor in assessors)
        {
            // Nothing can raise a crisis further, and the text goes no further either: not even to a
            // model's second opinion.
            if (signal.Level == ConcernLevel.Crisis)
            {
                break;
            }

            signal = signal.Max(await assessor.AssessAsync(text, recent, ct));
        }

        // A check from any layer after an earlier concern is a crisis: the rule reads the combined signal.
        signal = RecentConcerns.InContext(signal, recent);

        if (signal.IsConcern)
        {
            safety.Recent.Add(new RecentConcern { Level = signal.Level, Kind = signal.Kind, At = now });
            if (safety.Recent.Count > RecentKept)
            {
                safety.Recent.RemoveAt(0);
            }
        }

        return signal;
    }

    private async Task HandOffAsync(CoachingTurn turn, SafetySignal signal, ReplyLanguage language, CancellationToken ct)
    {
        var safety = turn.Conversation.Safety;
        safety.Step = SafetyStep.Paused;
        safety.Kind = signal.Kind;
        safety.HeldMessage = null;
        safety.UnclearAnswers = 0;
        await turn.FlagConcernAsync(signal, ct);
        Count(signal);
        await turn.Context.SendAsync(CrisisReplies.HandOff(signal.Kind, organizations.For(turn.Context.Reference), language), ct);
    }

    /// <summary>
    /// "Are you okay?", after an acknowledgement when the message shows distress: only a laugh ("killing me
    /// lol") or anger at someone else goes without one.
    /// </summary>
    private async Task<SafetyOutcome> GentleCheckAsync(CoachingTurn turn, SafetySignal signal, CrisisTexts texts, CancellationToken ct, bool holdMessage = false)
    {
        turn.Conversation.Safety.Kind = signal.Kind;
        if (holdMessage)
        {
            turn.Conversation.Safety.HeldMessage = turn.Context.Text;
        }

        Count(signal);
        if (signal.Kind != ConcernKind.HarmToOthers && !Laughter.IsIn(turn.Context.Text))
        {
            await turn.Context.SendAsync(texts.DistressAcknowledgement, ct);
        }

        return await AskAsync(turn, SafetyStep.Checking, texts.CheckPrompt, texts.ImOkay, texts.NotOkay, ct);
    }

    private async Task<SafetyOutcome> ReadAnswerAsync(CoachingTurn turn, SafetySignal signal, CommandKind command, CrisisTexts texts, CancellationToken ct)
    {
        var safety = turn.Conversation.Safety;
        switch (command == CommandKind.HelpNow ? SafetyAnswer.NotOkay : SafetyAnswers.Read(turn.Context.Text))
        {
            case SafetyAnswer.NotOkay:
                await HandOffAsync(turn, new SafetySignal(ConcernLevel.Crisis, safety.Kind is ConcernKind.None ? ConcernKind.SelfHarm : safety.Kind), texts.Language, ct);
                return SafetyOutcome.Answered;
            case SafetyAnswer.Okay:
                Clear(safety);
                await turn.Context.SendAsync(Resumed(turn, texts), ct);
                return SafetyOutcome.Resume;
        }

        if (signal.Level == ConcernLevel.Check)
        {
            return await GentleCheckAsync(turn, signal, texts, ct);
        }

        // Neither yes nor no. After a possible figure of speech, the person has most likely just answered
        // the coaching question instead, so the message goes on to it.
        if (safety.Step == SafetyStep.Checking)
        {
            Clear(safety);
            safety.HeldMessage = null;
            return SafetyOutcome.PassOn;
        }

        if (++safety.UnclearAnswers <= UnclearAnswersAllowed)
        {
            return await AskAsync(turn, SafetyStep.ConfirmingSafe, texts.ConfirmSafePrompt, texts.ImSafe, texts.NeedHelpNow, ct);
        }

        // Asking again and again would only push. The help stays one message away.
        Clear(safety);
        safety.HeldMessage = null;
        await turn.Context.SendAsync($"{texts.StillHere}{texts.SentenceGap}{Resumed(turn, texts)}", ct);
        return SafetyOutcome.Resume;
    }

    /// <summary>Before the first welcome there is nothing yet to pick up: the welcome follows instead.</summary>
    private static string Resumed(CoachingTurn turn, CrisisTexts texts) =>
        turn.Conversation.Welcomed ? $"{texts.Resumed}{texts.SentenceGap}{texts.PickUp}" : texts.Resumed;

    private async Task<SafetyOutcome> SendResourcesAsync(CoachingTurn turn, ConcernKind kind, ReplyLanguage language, CancellationToken ct)
    {
        await turn.Context.SendAsync(CrisisReplies.Resources(kind, organizations.For(turn.Context.Reference), language), ct);
        return SafetyOutcome.Answered;
    }

    private async Task<SafetyOutcome> HelpNowAsync(CoachingTurn turn, ReplyLanguage language, CancellationToken ct)
    {
        await SendResourcesAsync(turn, ConcernKind.None, language, ct);
        await turn.Dialogs.RepromptDialogAsync(ct);
        return SafetyOutcome.Answered;
    }

    private static async Task<SafetyOutcome> AskAsync(CoachingTurn turn, SafetyStep step, string question, string yes, string no, CancellationToken ct)
    {
        turn.Conversation.Safety.Step = step;
        await turn.Context.AskAsync(question, [yes, no], ct);
        return SafetyOutcome.Answered;
    }

    private static void Clear(SafetyState safety)
    {
        safety.Step = SafetyStep.None;
        safety.UnclearAnswers = 0;
    }

    private void Count(SafetySignal signal)
    {
        // Exported by level only (coachbot.safety.concerns): the kind stays in the log, which stays in the house.
        telemetry.SafetyConcern(signal.Level.ToString());
        LogConcern(signal.Level, signal.Kind);
    }

    // Only the level and kind: never what was said, nor who said it.
    [LoggerMessage(Level = LogLevel.Information, Message = "Safety {Level} for {Kind}")]
    private partial void LogConcern(ConcernLevel level, ConcernKind kind);
}
