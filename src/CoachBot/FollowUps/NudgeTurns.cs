using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Organizations;
using CoachBot.Safety;
using Microsoft.Extensions.Options;

namespace CoachBot.FollowUps;

/// <summary>
/// The coaching's side of follow-ups: a due nudge's turn (the rules, then the nudge itself), the person's
/// answers to it, and the commands about them. Everything it changes is saved with the turn's commit, so a
/// nudge is marked sent in the same write that records it in the conversation.
/// </summary>
public sealed class NudgeTurns(StateStore state, IStorage storage, OrganizationDirectory organizations, IOptions<FollowUpOptions> options)
{
    public const string Done = "Done";
    public const string TheyAnswered = "They answered";
    public const string NoAnswerYet = "No answer yet";
    public const string SnoozeWeek = "Snooze a week";
    public const string SnoozeUntil = "Snooze until a date";
    public const string StopThese = "Stop these";
    public const string StopAll = "Stop all check-ins";

    /// <summary>{0}: the company, {1}: " for the … role" or nothing.</summary>
    public const string ReviewAndSendText = "Ready to look at your reply to {0} again? The wait is over{1}. Here it is, ready to copy; give it one calm read, then send it.";
    public const string DidTheyAnswerText = "Did {0} answer your reply{1}? Most candidates never hear back after a rejection, so silence is normal and says nothing about you.";
    public const string NetworkText = "A couple of weeks have passed since {0}{1}. A good moment to reconnect: a short note to the recruiter or interviewer, and a message to two people in your network about what you're looking for.";
    public const string ReapplyText = "It's been about three months since {0}{1}. That's usually long enough to reapply: have a look at their open positions and see what fits.";
    /// <summary>{2}: the career office, {3}: how to book.</summary>
    public const string CounselorText = "Would it help to talk through what's next after {0}{1} with someone at {2}? {3}";

    public const string WhereWeWere = "Back to where we were:";
    /// <summary>After "they answered" while another case waits: as <see cref="AnsweredAdvice"/>, without sending the person to "start over".</summary>
    public const string AnsweredAdviceMidCase = "Good to hear back. If they gave feedback, pick one point you can act on and thank them for it; if it's news about another role, take it calmly and reply within a day or two.";
    /// <summary>{0}: the case in progress.</summary>
    public const string WhichCase = "We're also in the middle of {0}. Which shall we continue?";
    /// <summary>{0}: the nudge's company.</summary>
    public const string TalkAboutChoice = "Their answer: {0}";
    /// <summary>{0}: the company of the case in progress.</summary>
    public const string BackToChoice = "Back to {0}";
    public const string TheirAnswerChoice = "Their answer";
    public const string WhereWeWereChoice = "Where we were";
    /// <summary>{0}: the nudge's company, {1}: the case kept for later.</summary>
    public const string ContinuingNudgedCase = "Okay, let's work on {0}'s answer. I've kept {1} for later, so we can pick it up afterwards.";
    public const string MarkedDone = "Nice work. I've marked that one done.";
    public const string AnsweredAdvice = "Good to hear back. If they gave feedback, pick one point you can act on and thank them for it; if it's news about another role, take it calmly and reply within a day or two. Say \"start over\" if you'd like help with a reply.";
    public const string NoAnswerAdvice = "That's the most common outcome, and it's okay. Your time is best spent on your network now: reach out to two people who know your field and tell them what you're looking for.";
    /// <summary>{0}: when it comes back.</summary>
    public const string SnoozedUntil = "Okay, I'll bring it up again {0}.";
    public const string AskSnoozeDate = "Until when? Type a date, like \"Dec 20\" or \"2027-01-15\".";
    public const string SnoozeDateUnclear = "Sorry, I couldn't read that as a date in the future. Try something like \"Dec 20\" or \"2027-01-15\".";
    /// <summary>{0}: the company.</summary>
    public const string StoppedThese = "Okay, no more check-ins about {0}.";
    public const string NoneScheduled = "You have no check-ins scheduled.";
    public const string ScheduledIntro = "Here's what I'll check in about:";
    public const string ScheduledOutro = "Say \"stop all check-ins\" to cancel them, or name one to cancel just that (\"cancel the reapply one\").";
    /// <summary>{0}: the check-ins cancelled, as the list describes them.</summary>
    public const string StoppedKinds = "Okay, I've cancelled {0}. Any other check-ins stay as planned.";
    public const string PausedNote = "(paused until you write)";

    private static readonly string[] AnswerLabels = [Done, TheyAnswered, NoAnswerYet, SnoozeWeek, SnoozeUntil, StopThese, StopAll];

    private readonly FollowUpOptions options = options.Value;

    /// <summary>
    /// A due nudge's turn: checked against the rules in the person's own time, then sent, put off, paused
    /// or dropped. Saved in this turn's commit, so a second run of the same attempt finds it handled.
    /// </summary>
    public async Task OnDueAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (turn.Context.Activity.Value is not { } value || value.Deserialize<NudgeDue>(ActivityJson.Options) is not { } due
            || !FollowUpKeys.IsFollowUp(due.Key) || !due.Key.StartsWith(FollowUpKeys.PrefixOf(turn.Keys), StringComparison.Ordinal))
        {
            return;
        }

        var document = await state.LoadAsync<FollowUp>(due.Key, ct);
        var nudge = document.Value;
        if (!document.IsStored || nudge.Status != FollowUpStatus.Scheduled || nudge.Attempt != due.Attempt)
        {
            // Answered, snoozed or stopped since it was claimed.
            return;
        }

        if (turn.Conversation.Nudges is null && nudge.MovedFrom is { } movedFrom
            && await state.LoadAsync<ConversationData>(movedFrom, ct) is { IsStored: true, Value: var earlier })
        {
            // A personal chat opened for the nudge: the rules' memory (sent, unanswered, awaited) and the time zone
            // come along, and the person, coached before, is not welcomed as a stranger when they answer.
            turn.Conversation.Nudges = earlier.Nudges;
            turn.Conversation.TimeZone ??= earlier.TimeZone;
            turn.Conversation.Welcomed = true;
        }

        var now = turn.Context.Clock.GetUtcNow();
        var ledger = turn.Conversation.Nudges ??= new NudgeLedger();
        var organization = organizations.For(turn.Context.Reference);
        var zone = LocalTime.ZoneOrDefault(turn.Conversation.TimeZone, organization.DefaultTimeZone);
        var stored = await state.LoadAsync<RejectionCase>(nudge.CaseKey, ct);

        if (!stored.IsStored)
        {
            // The person deleted their data, or the case is past its retention: nothing to follow up on.
            turn.Delete(document.Key);
            return;
        }

        if (turn.Conversation.Unreachable)
        {
            Set(turn, document, FollowUpStatus.Stopped);
            return;
        }

        if (turn.Conversation.Safety.Step != SafetyStep.None || (await turn.ReadSafetyAsync(ct))?.FollowUpsPaused == true)
        {
            // A person in a crisis pause hears about coping and help, not about their reply to an employer.
            PutOff(turn, document, now + options.CrisisRecheck, zone, organization);
            return;
        }

        if (ledger.Unanswered >= options.PauseAfterIgnored)
        {
            Set(turn, document, FollowUpStatus.Paused);
            ledger.Paused.Add(document.Key);
            return;
        }

        var outOfQuiet = NudgeSchedule.OutOfQuietHours(now, zone, organization.QuietHoursStart, organization.QuietHoursEnd);
        if (outOfQuiet != now)
        {
            PutOff(turn, document, outOfQuiet, zone, organization);
            return;
        }

        var retry = ledger.LastSentKey == document.Key;
        if (!retry && SentOnDay(ledger, now, zone) >= options.MaxPerDay)
        {
            PutOff(turn, document, LocalTime.StartOfNextDay(now, zone), zone, organization);
            return;
        }

        var company = CompanyKey(nudge.Company);
        if (!retry && ledger.SentPerCompany.GetValueOrDefault(company) >= options.MaxPerCompany)
        {
            Set(turn, document, FollowUpStatus.Dropped);
            return;
        }

        await SendAsync(turn, nudge, stored.Value, organization, ct);
        if (!retry)
        {
            ledger.Unanswered++;
            ledger.SentPerCompany[company] = ledger.SentPerCompany.GetValueOrDefault(company) + 1;
            var today = LocalTime.DayOf(now, zone);
            ledger.SentThatDay = ledger.DaySent == today ? ledger.SentThatDay + 1 : 1;
            ledger.DaySent = today;
        }

        ledger.LastSentAt = now;
        ledger.LastSentKey = document.Key;
        ledger.Awaiting = document.Key;
        ledger.AskedSnoozeDate = false;
        nudge.SentAt = now;
        Set(turn, document, FollowUpStatus.Sent);

        if (turn.Dialogs.ActiveDialog is not null)
        {
            // The coaching was waiting for an answer: ask it again, so the nudge does not leave it hanging.
            await turn.Context.SendAsync(WhereWeWere, ct);
            await turn.Dialogs.RepromptDialogAsync(ct);
        }
    }

    /// <summary>A nudge whose delivery failed for a passing reason goes back on the schedule with a backoff, or is given up.</summary>
    /// <returns>Whether it will be tried again.</returns>
    public async Task<bool> RetryAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        var document = await state.LoadAsync<FollowUp>(key, ct);
        var nudge = document.Value;
        if (!document.IsStored || nudge.Status != FollowUpStatus.Sent)
        {
            return false;
        }

        nudge.Failures++;
        nudge.Attempt++;
        nudge.Status = nudge.Failures >= options.MaxAttempts ? FollowUpStatus.Dropped : FollowUpStatus.Scheduled;
        nudge.DueAt = now + options.RetryAfter * Math.Pow(2, Math.Min(nudge.Failures - 1, 16));
        await state.SaveAsync(document.Ready(), ct);
        return nudge.Status == FollowUpStatus.Scheduled;
    }

    /// <summary>
    /// The person's follow-ups planned in <paramref name="from"/> go to <paramref name="to"/> from now on: their
    /// personal chat, opened because <paramref name="from"/> is shared or gone. The one under
    /// <paramref name="key"/> is to run now: if its delivery to <paramref name="from"/> failed, as a new attempt.
    /// </summary>
    /// <returns>The attempt to run it with; null when it was answered, snoozed or stopped since it was claimed.</returns>
    public async Task<int?> MoveAsync(string key, int attempt, ConversationReference from, ConversationReference to, DateTimeOffset now, CancellationToken ct)
    {
        var moved = new List<StateDocument>();
        int? next = null;
        foreach (var other in await storage.ListKeysAsync(FollowUpKeys.PrefixOfKey(key), ct))
        {
            var document = await state.LoadAsync<FollowUp>(other, ct);
            var nudge = document.Value;
            if (!document.IsStored || nudge.Reference?.Key != from.Key)
            {
                continue;
            }

            if (other == key && nudge.Attempt == attempt && nudge.Status is FollowUpStatus.Scheduled or FollowUpStatus.Sent)
            {
                if (nudge.Status == FollowUpStatus.Sent)
                {
                    // Marked sent in the turn whose delivery failed: sent again, under a new attempt's turn id.
                    nudge.Status = FollowUpStatus.Scheduled;
                    nudge.Attempt++;
                    nudge.DueAt = now;
                }

                next = nudge.Attempt;
            }

            nudge.Reference = to;
            nudge.MovedFrom ??= from.StateKey;
            moved.Add(document.Ready());
        }

        await state.SaveAllAsync(moved, [], ct);
        return next;
    }

    /// <summary>Puts a scheduled nudge off until <paramref name="until"/>, unless it changed since it was claimed.</summary>
    public async Task PutOffAsync(string key, int attempt, DateTimeOffset until, CancellationToken ct)
    {
        var document = await state.LoadAsync<FollowUp>(key, ct);
        if (document.IsStored && document.Value.Status == FollowUpStatus.Scheduled && document.Value.Attempt == attempt)
        {
            document.Value.DueAt = until;
            document.Value.Attempt++;
            await state.SaveAsync(document.Ready(), ct);
        }
    }

    /// <summary>A nudge that cannot be delivered at all (no channel serves it, the person is unreachable): stopped.</summary>
    public async Task GiveUpAsync(string key, CancellationToken ct)
    {
        var document = await state.LoadAsync<FollowUp>(key, ct);
        if (document.IsStored && document.Value.Status is FollowUpStatus.Scheduled or FollowUpStatus.Sent)
        {
            document.Value.Status = FollowUpStatus.Stopped;
            await state.SaveAsync(document.Ready(), ct);
        }
    }

    /// <summary>
    /// Every message from the person: the nudges sent are no longer unanswered, and the ones paused for it
    /// are scheduled again (the dispatcher still applies quiet hours and the daily cap).
    /// </summary>
    public async Task OnPersonWroteAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (turn.Conversation.Nudges is not { } ledger)
        {
            return;
        }

        ledger.Unanswered = 0;
        var now = turn.Context.Clock.GetUtcNow();
        foreach (var key in ledger.Paused)
        {
            var document = await state.LoadAsync<FollowUp>(key, ct);
            if (document.IsStored && document.Value.Status == FollowUpStatus.Paused)
            {
                document.Value.DueAt = now;
                document.Value.Attempt++;
                Set(turn, document, FollowUpStatus.Scheduled);
            }
        }

        ledger.Paused.Clear();
    }

    /// <summary>The person's answer to the nudge last sent, when the message is one of its choices (or the date it asked for).</summary>
    /// <returns>Whether the message was such an answer, and has been handled.</returns>
    public async Task<bool> TryAnswerAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (turn.Conversation.Nudges is { AskedWhichCase: { } about } asked)
        {
            asked.AskedWhichCase = null;
            return await TryContinueAsync(turn, about, ct);
        }

        if (turn.Conversation.Nudges is not { Awaiting: { } key } ledger)
        {
            return false;
        }

        var text = turn.Context.Text;
        var now = turn.Context.Clock.GetUtcNow();
        var organization = organizations.For(turn.Context.Reference);
        var zone = LocalTime.ZoneOrDefault(turn.Conversation.TimeZone, organization.DefaultTimeZone);
        if (ledger.AskedSnoozeDate)
        {
            ledger.AskedSnoozeDate = false;
            if (LocalTime.ParseDay(text, now, zone) is not { } day)
            {
                if (turn.Dialogs.ActiveDialog is not null)
                {
                    // Mid-case, what is not a date answers the question the coaching re-asked: the snooze is let go.
                    return false;
                }

                await turn.Context.SendAsync(SnoozeDateUnclear, ct);
                ledger.AskedSnoozeDate = true;
                return true;
            }

            await SnoozeAsync(turn, key, LocalTime.StartOf(day, zone), zone, organization, ct);
            await turn.Dialogs.RepromptDialogAsync(ct);
            return true;
        }

        var answer = ChoiceRecognizer.RecognizeWords(text, [.. AnswerLabels.Select(label => new Choice { Value = label })]);
        if (answer is null || ChoiceRecognizer.Normalize(text) != ChoiceRecognizer.Normalize(answer.Value))
        {
            return false;
        }

        var document = await state.LoadAsync<FollowUp>(key, ct);
        if (!document.IsStored)
        {
            ledger.Awaiting = null;
            return false;
        }

        ledger.Awaiting = null;
        switch (answer.Value)
        {
            case SnoozeWeek:
                await SnoozeAsync(turn, key, now + options.Snooze, zone, organization, ct);
                break;
            case SnoozeUntil:
                ledger.Awaiting = key;
                ledger.AskedSnoozeDate = true;
                await turn.Context.SendAsync(AskSnoozeDate, ct);
                return true;
            case StopThese:
                foreach (var other in await ListAsync(turn, ct))
                {
                    if (other.Value.CaseKey == document.Value.CaseKey && other.Value.Status is FollowUpStatus.Scheduled or FollowUpStatus.Paused or FollowUpStatus.Sent)
                    {
                        Set(turn, other, other.Value.Status == FollowUpStatus.Sent ? FollowUpStatus.Answered : FollowUpStatus.Stopped);
                    }
                }

                await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, StoppedThese, document.Value.Company ?? "that one"), ct);
                break;
            case StopAll:
                await StopAllAsync(turn, ct);
                await turn.Context.SendAsync(CoachingBot.CheckInsStopped, ct);
                break;
            case TheyAnswered when ActiveCase.Find(turn.Dialogs.Stack) is { } inProgress:
                // Their answer may need a reply of its own, and another case waits for its answer: the person picks which goes on.
                Set(turn, document, FollowUpStatus.Answered);
                await turn.Context.SendAsync(AnsweredAdviceMidCase, ct);
                ledger.AskedWhichCase = key;
                var (nudged, waiting) = WhichCaseChoices(document.Value, inProgress);
                await turn.Context.AskAsync(string.Format(CultureInfo.InvariantCulture, WhichCase, CaseName(inProgress.Company, inProgress.Role)), [nudged, waiting], ct);
                return true;
            default:
                Set(turn, document, FollowUpStatus.Answered);
                await turn.Context.SendAsync(answer.Value switch
                {
                    TheyAnswered => AnsweredAdvice,
                    NoAnswerYet => NoAnswerAdvice,
                    _ => MarkedDone,
                }, ct);
                break;
        }

        await turn.Dialogs.RepromptDialogAsync(ct);
        return true;
    }

    /// <summary>
    /// The person's pick after <see cref="WhichCase"/>: the nudge's case (the one in progress is kept to pick up
    /// later, and the coaching begins on the nudge's company and role), or the one in progress, whose question is
    /// asked again. Anything else is left to the rest of the turn.
    /// </summary>
    private async Task<bool> TryContinueAsync(CoachingTurn turn, string key, CancellationToken ct)
    {
        var document = await state.LoadAsync<FollowUp>(key, ct);
        if (!document.IsStored || ActiveCase.Find(turn.Dialogs.Stack) is not { } inProgress)
        {
            return false;
        }

        var (nudged, waiting) = WhichCaseChoices(document.Value, inProgress);
        var picked = ChoiceRecognizer.Recognize(turn.Context.Text, [new Choice { Value = nudged }, new Choice { Value = waiting }]);
        if (picked?.Value == waiting)
        {
            await turn.Context.SendAsync(WhereWeWere, ct);
            await turn.Dialogs.RepromptDialogAsync(ct);
            return true;
        }

        if (picked?.Value != nudged)
        {
            return false;
        }

        CoachingBot.ParkActiveCase(turn);
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, ContinuingNudgedCase,
            CaseName(document.Value.Company, document.Value.Role), CaseName(inProgress.Company, inProgress.Role)), ct);
        var about = new RejectionCase { Company = document.Value.Company, Role = document.Value.Role, SignatureName = inProgress.SignatureName };
        await turn.Dialogs.BeginDialogAsync(nameof(CoachingDialog), about, ct);
        return true;
    }

    /// <summary>The two choices of <see cref="WhichCase"/>: the nudge's case, and the one in progress.</summary>
    private static (string Nudged, string Waiting) WhichCaseChoices(FollowUp nudge, RejectionCase inProgress)
    {
        var nudged = CaseName(nudge.Company, nudge.Role);
        var waiting = CaseName(inProgress.Company, inProgress.Role);
        return string.Equals(nudged, waiting, StringComparison.OrdinalIgnoreCase)
            ? (TheirAnswerChoice, WhereWeWereChoice)
            : (string.Format(CultureInfo.InvariantCulture, TalkAboutChoice, nudged), string.Format(CultureInfo.InvariantCulture, BackToChoice, waiting));
    }

    private static string CaseName(string? company, string? role) => company ?? role ?? "the other one";

    /// <summary>Stops every follow-up still to come; saved with the turn.</summary>
    /// <returns>How many were stopped.</returns>
    public async Task<int> StopAllAsync(CoachingTurn turn, CancellationToken ct)
    {
        var stopped = 0;
        foreach (var document in await ListAsync(turn, ct))
        {
            if (document.Value.Status is FollowUpStatus.Scheduled or FollowUpStatus.Paused)
            {
                Set(turn, document, FollowUpStatus.Stopped);
                stopped++;
            }
        }

        if (turn.Conversation.Nudges is { } ledger)
        {
            ledger.Paused.Clear();
            ledger.Awaiting = null;
            ledger.AskedSnoozeDate = false;
            ledger.AskedWhichCase = null;
        }

        return stopped;
    }

    /// <summary>Stops the follow-ups still to come of the kinds named ("cancel the reapply one"), for every case; saved with the turn.</summary>
    /// <returns>The kinds that had one to stop.</returns>
    public async Task<IReadOnlyList<NudgeKind>> StopKindsAsync(CoachingTurn turn, IReadOnlyCollection<NudgeKind> kinds, CancellationToken ct)
    {
        var stopped = new List<NudgeKind>();
        foreach (var document in await ListAsync(turn, ct))
        {
            if (document.Value.Status is FollowUpStatus.Scheduled or FollowUpStatus.Paused && kinds.Contains(document.Value.Kind))
            {
                Set(turn, document, FollowUpStatus.Stopped);
                if (!stopped.Contains(document.Value.Kind))
                {
                    stopped.Add(document.Value.Kind);
                }
            }
        }

        return stopped;
    }

    /// <summary>The follow-ups still to come, soonest first, each as a line in the person's own time; empty when none.</summary>
    public async Task<IReadOnlyList<string>> DescribeScheduledAsync(CoachingTurn turn, CancellationToken ct)
    {
        var organization = organizations.For(turn.Context.Reference);
        var zone = LocalTime.ZoneOrDefault(turn.Context.Activity.LocalTimezone ?? turn.Conversation.TimeZone, organization.DefaultTimeZone);
        var now = turn.Context.Clock.GetUtcNow();
        return [.. (await ListAsync(turn, ct))
            .Select(document => document.Value)
            .Where(nudge => nudge.Status is FollowUpStatus.Scheduled or FollowUpStatus.Paused)
            .OrderBy(nudge => nudge.DueAt)
            .Select(nudge => $"{Capitalized(NudgeSchedule.Describe(nudge.Kind))} ({nudge.Company ?? "your last case"}), "
                + (nudge.Status == FollowUpStatus.Paused ? PausedNote : LocalTime.Describe(nudge.DueAt, now, zone)))];
    }

    /// <summary>The "check-ins" command.</summary>
    public async Task ListAsync(CoachingTurn turn, IReadOnlyList<string> scheduled, CancellationToken ct)
    {
        if (scheduled.Count == 0)
        {
            await turn.Context.SendAsync(NoneScheduled, ct);
            return;
        }

        await turn.Context.SendAsync($"{ScheduledIntro}\n{string.Join('\n', scheduled.Select(line => $"• {line}"))}\n{ScheduledOutro}", ct);
    }

    /// <summary>The person's follow-ups, as stored (each read once per turn, so changes to one are saved once).</summary>
    public async Task<IReadOnlyList<StateDocument<FollowUp>>> ListAsync(CoachingTurn turn, CancellationToken ct)
    {
        var keys = await storage.ListKeysAsync(FollowUpKeys.PrefixOf(turn.Keys), ct);
        var documents = new List<StateDocument<FollowUp>>();
        foreach (var key in keys)
        {
            var document = turn.Included<FollowUp>(key) ?? await state.LoadAsync<FollowUp>(key, ct);
            if (document.IsStored)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>The follow-up documents of a case finished in this turn, in the same commit as the case.</summary>
    public static IEnumerable<StateDocument<FollowUp>> Plan(CoachingTurn turn, RejectionCase finished, string caseKey, DateTimeOffset keepUntil) =>
        finished.Nudges.DistinctBy(planned => planned.Kind).Select(planned => StateStore.New(FollowUpKeys.For(turn.Keys, caseKey, planned.Kind), new FollowUp
        {
            Kind = planned.Kind,
            Status = FollowUpStatus.Scheduled,
            DueAt = planned.DueAt,
            CaseKey = caseKey,
            Company = finished.Company,
            Role = finished.Role,
            Reference = turn.Context.Reference,
            KeepUntil = keepUntil,
        }).Ready());

    private async Task SnoozeAsync(CoachingTurn turn, string key, DateTimeOffset until, TimeZoneInfo zone, OrganizationProfile organization, CancellationToken ct)
    {
        var document = await state.LoadAsync<FollowUp>(key, ct);
        if (!document.IsStored)
        {
            return;
        }

        var due = NudgeSchedule.OutOfQuietHours(until, zone, organization.QuietHoursStart, organization.QuietHoursEnd);
        document.Value.DueAt = due;
        document.Value.Attempt++;
        Set(turn, document, FollowUpStatus.Scheduled);
        turn.Conversation.Nudges!.Awaiting = null;
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, SnoozedUntil, LocalTime.Describe(due, turn.Context.Clock.GetUtcNow(), zone)), ct);
    }

    private async Task SendAsync(CoachingTurn turn, FollowUp nudge, RejectionCase about, OrganizationProfile organization, CancellationToken ct)
    {
        var company = nudge.Company ?? about.Company ?? "the company";
        var role = (nudge.Role ?? about.Role) is { } named ? $" for the {named} role" : string.Empty;
        var text = nudge.Kind switch
        {
            NudgeKind.ReviewAndSend => string.Format(CultureInfo.InvariantCulture, ReviewAndSendText, company, role),
            NudgeKind.DidTheyAnswer => string.Format(CultureInfo.InvariantCulture, DidTheyAnswerText, company, role),
            NudgeKind.ReconnectWithNetwork => string.Format(CultureInfo.InvariantCulture, NetworkText, company, role),
            NudgeKind.ReapplyWhenOpeningsCome => string.Format(CultureInfo.InvariantCulture, ReapplyText, company, role),
            _ => string.Format(CultureInfo.InvariantCulture, CounselorText, company, role, organization.CareerOfficeOrDefault,
                organization.BookingUrl is { } booking ? $"You can book a session here: {booking}" : "They're glad to see you; their website says how to book."),
        };
        string[] choices = nudge.Kind == NudgeKind.DidTheyAnswer
            ? [TheyAnswered, NoAnswerYet, SnoozeWeek, SnoozeUntil, StopThese, StopAll]
            : [Done, SnoozeWeek, SnoozeUntil, StopThese, StopAll];
        if (nudge.Kind == NudgeKind.ReviewAndSend && about.Draft is { } draft)
        {
            await turn.Context.SendDraftAsync(text, draft, subject: null, ct);
            await turn.Context.AskAsync("Once it's sent, tell me:", choices, ct);
            return;
        }

        await turn.Context.AskAsync(text, choices, ct);
    }

    private void PutOff(CoachingTurn turn, StateDocument<FollowUp> document, DateTimeOffset until, TimeZoneInfo zone, OrganizationProfile organization)
    {
        document.Value.DueAt = NudgeSchedule.OutOfQuietHours(until, zone, organization.QuietHoursStart, organization.QuietHoursEnd);
        document.Value.Attempt++;
        Set(turn, document, FollowUpStatus.Scheduled);
    }

    private static void Set(CoachingTurn turn, StateDocument<FollowUp> document, FollowUpStatus status)
    {
        document.Value.Status = status;
        turn.Include(document.Ready());
    }

    private static int SentOnDay(NudgeLedger ledger, DateTimeOffset now, TimeZoneInfo zone) =>
        ledger.DaySent == LocalTime.DayOf(now, zone) ? ledger.SentThatDay : 0;

    private static string CompanyKey(string? company) => (company ?? string.Empty).Trim().ToLowerInvariant();

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
