using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.Privacy;
using CoachBot.Safety;

namespace CoachBot.Coaching;

/// <summary>
/// Everything one turn works on, and how it is saved: all of it in one commit, or nothing. The person's
/// profile is read only if the turn needs it.
/// </summary>
public sealed class CoachingTurn(TurnContext context, DialogContext dialogs, StateDocument<ConversationData> conversation, StateStore state, PersonKeys keys, RetentionOptions retention)
{
    private StateDocument<CoachingProfile>? profile;
    private StateDocument<SafetyRecord>? safetyFlag;
    private readonly List<StateDocument> changedCases = [];
    private readonly List<string> deletions = [];
    private StateDocument<ConversationListing>? listing;
    private List<StateDocument>? finishedDocuments;

    public TurnContext Context { get; } = context;
    public DialogContext Dialogs { get; } = dialogs;
    public ConversationData Conversation => conversation.Value;
    public PersonKeys Keys { get; } = keys;

    /// <summary>A case finished in this turn, to be kept in the person's history.</summary>
    public RejectionCase? Finished { get; set; }

    /// <summary>Everything about the person was erased in this turn: nothing may be saved again.</summary>
    public bool Erased { get; set; }

    public async Task<CoachingProfile> ReadProfileAsync(CancellationToken ct) =>
        (profile ??= await state.LoadAsync<CoachingProfile>(Keys.Profile, ct)).Value;

    /// <summary>The person's most recent finished cases that are still kept, newest first.</summary>
    public async Task<IReadOnlyList<RejectionCase>> ReadRecentCasesAsync(int count, CancellationToken ct)
    {
        var keys = (await ReadProfileAsync(ct)).CaseKeys.AsEnumerable().Reverse().Take(count);
        var cases = await Task.WhenAll(keys.Select(key => state.LoadAsync<RejectionCase>(key, ct)));
        // A case past its retention period is gone, though the profile may still list it.
        return cases.Where(stored => stored.IsStored).Select(stored => stored.Value).ToList();
    }

    /// <summary>The outlines of the person's earlier cases still within the details' retention.</summary>
    public async Task<IReadOnlyList<CaseOutline>> ReadEarlierOutlinesAsync(CancellationToken ct)
    {
        var now = Context.Clock.GetUtcNow();
        return (await ReadProfileAsync(ct)).Outlines.Where(outline => outline.StartedAt + retention.Details > now).ToList();
    }

    /// <summary>Cancels the follow-ups planned in every kept case; saved with the turn.</summary>
    /// <returns>How many were cancelled.</returns>
    public async Task<int> CancelPlannedFollowUpsAsync(CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var key in (await ReadProfileAsync(ct)).CaseKeys)
        {
            var stored = await state.LoadAsync<RejectionCase>(key, ct);
            if (stored.IsStored && stored.Value.Nudges.Count > 0)
            {
                cancelled += stored.Value.Nudges.Count;
                stored.Value.Nudges.Clear();
                // A write sets the expiry anew: the case keeps its own.
                stored.ExpiresAt = stored.Value.StartedAt + retention.Details;
                changedCases.Add(stored);
            }
        }

        return cancelled;
    }

    /// <summary>A document this turn changed (a follow-up), saved with the turn's commit.</summary>
    public void Include(StateDocument document)
    {
        if (!changedCases.Contains(document))
        {
            changedCases.Add(document);
        }
    }

    /// <summary>The document under <paramref name="key"/> if this turn has changed it already, so it is changed once.</summary>
    public StateDocument<T>? Included<T>(string key) where T : class =>
        changedCases.OfType<StateDocument<T>>().FirstOrDefault(document => document.Key == key);

    /// <summary>Deletes a document with the turn's commit.</summary>
    public void Delete(string key) => deletions.Add(key);

    /// <summary>The person's crisis flag, if one is raised.</summary>
    public async Task<SafetyRecord?> ReadSafetyAsync(CancellationToken ct)
    {
        safetyFlag ??= await state.LoadAsync<SafetyRecord>(Keys.Safety, ct);
        return safetyFlag.IsStored ? safetyFlag.Value : null;
    }

    /// <summary>Raises the person's crisis flag, which pauses their follow-ups; saved with the turn.</summary>
    public async Task FlagConcernAsync(SafetySignal signal, CancellationToken ct)
    {
        safetyFlag ??= await state.LoadAsync<SafetyRecord>(Keys.Safety, ct);
        var flag = safetyFlag.Value;
        flag.LastConcernAt = Context.Clock.GetUtcNow();
        flag.Level = signal.Level > flag.Level ? signal.Level : flag.Level;
        flag.Kind = signal.Level >= flag.Level ? signal.Kind : flag.Kind;
        flag.FollowUpsPaused |= signal.Level == ConcernLevel.Crisis;
    }

    /// <summary>
    /// What the turn writes with the conversation's state, which the front door commits all in one go, or
    /// nothing: the conversation's listing among the person's documents when that is new or due, a raised
    /// crisis flag and, when a case finished, the case (its feelings as a document of their own) and the
    /// profile listing it (older cases let go are deleted with it). Another conversation of the same person
    /// may have saved the profile meanwhile: then the front door asks again, the profile is read again and
    /// the case listed in what that one saved, as often as it takes: each conflict means another save
    /// succeeded, so the retries end, and giving up would lose the case.
    /// </summary>
    public async Task<TurnWrite> ComposeAsync(CancellationToken ct)
    {
        if (Erased)
        {
            return TurnWrite.Nothing;
        }

        var now = Context.Clock.GetUtcNow();
        conversation.ExpiresAt = Kept(now, retention.Feelings);
        if (Conversation.StoredSafety is { IsClear: true })
        {
            Conversation.StoredSafety = null;
        }

        var documents = new List<StateDocument>(changedCases);
        if (safetyFlag is not null)
        {
            safetyFlag.ExpiresAt = Kept(now, retention.Feelings);
            documents.Add(safetyFlag);
        }

        // A shared conversation (a team channel) is nobody's own, so it is listed for nobody.
        if (listing is null && !Context.Reference.IsShared && !(now - Conversation.ListedAt < retention.Details / 2))
        {
            listing = await ListingAsync(now, ct);
        }

        if (listing is not null)
        {
            documents.Add(listing);
        }

        if (Finished is null)
        {
            return new TurnWrite(documents, [.. deletions]);
        }

        finishedDocuments ??= [.. FinishedCaseDocuments()];
        documents.AddRange(finishedDocuments);
        var letGo = await ListCaseAsync(finishedDocuments.OfType<StateDocument<RejectionCase>>().First().Key, ct);
        letGo.AddRange(deletions);
        profile!.ExpiresAt = Kept(now, retention.Details);
        documents.Add(profile);
        return new TurnWrite(documents, letGo, RetryOn: key =>
        {
            if (key != Keys.Profile)
            {
                return false;
            }

            profile = null;
            return true;
        });
    }

    /// <summary>
    /// This conversation's listing, dated now. It outlives the conversation: it is renewed at most half the
    /// details' retention after the last listing, and the conversation expires the feelings' retention
    /// after its last turn.
    /// </summary>
    private async Task<StateDocument<ConversationListing>> ListingAsync(DateTimeOffset now, CancellationToken ct)
    {
        // Read rather than assumed new: a conversation whose state was set aside may already be listed.
        var listing = await state.LoadAsync<ConversationListing>(Keys.Listing, ct);
        listing.Value.ListedAt = now;
        listing.ExpiresAt = Kept(now, retention.Details / 2 + retention.Feelings);
        Conversation.ListedAt = now;
        return listing;
    }

    /// <summary>
    /// The end of a sliding retention period, rounded up to the next midnight (UTC): a document written
    /// every turn then changes its expiry once a day, which spares the storage's expiry index a write per
    /// turn. Documents are kept a day longer at most.
    /// </summary>
    private static DateTimeOffset Kept(DateTimeOffset now, TimeSpan period)
    {
        var end = (now + period).UtcDateTime;
        return new DateTimeOffset(end.Date, TimeSpan.Zero) + (end.TimeOfDay == TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromDays(1));
    }

    /// <summary>The finished case and, apart from it, its feelings, each kept for its own retention period.</summary>
    private IEnumerable<StateDocument> FinishedCaseDocuments()
    {
        if (Finished is null)
        {
            yield break;
        }

        var feelings = new CaseFeelings { Feeling = Finished.Feeling };
        Finished.Feeling = null;
        var finishedCase = StateStore.New(Keys.NewCase(), Finished);
        finishedCase.ExpiresAt = Finished.StartedAt + retention.Details;
        yield return finishedCase;
        // The follow-ups it plans, in the same commit: a case is never kept without them, nor they without it.
        foreach (var followUp in NudgeTurns.Plan(this, Finished, finishedCase.Key, finishedCase.ExpiresAt.Value))
        {
            yield return followUp;
        }

        if (feelings.Feeling is not null)
        {
            var feelingsDocument = StateStore.New(PersonKeys.FeelingsOf(finishedCase.Key), feelings);
            feelingsDocument.ExpiresAt = Finished.StartedAt + retention.Feelings;
            yield return feelingsDocument;
        }
    }

    /// <summary>Lists the finished case in the profile.</summary>
    /// <returns>The keys of the documents let go with the oldest cases.</returns>
    private async Task<List<string>> ListCaseAsync(string finishedCaseKey, CancellationToken ct)
    {
        var current = await ReadProfileAsync(ct);
        current.TimeZone = Context.Activity.LocalTimezone ?? current.TimeZone;
        current.SignatureName = Finished?.SignatureName ?? current.SignatureName;
        if (Finished is not null)
        {
            // An outline goes with its case: none is kept past the case's retention.
            var now = Context.Clock.GetUtcNow();
            current.Outlines.RemoveAll(outline => outline.StartedAt + retention.Details <= now);
            current.Outlines.Add(CaseOutline.Of(Finished));
            current.Outlines.RemoveRange(0, Math.Max(0, current.Outlines.Count - Patterns.Looked));
        }
        current.CaseKeys.Add(finishedCaseKey);
        var letGo = current.CaseKeys.Count > CoachingBot.HistoryKept ? current.CaseKeys[..^CoachingBot.HistoryKept] : [];
        current.CaseKeys.RemoveRange(0, letGo.Count);
        return [.. letGo, .. letGo.Select(PersonKeys.FeelingsOf)];
    }
}

/// <summary>The events the bot raises itself through the front door's proactive way in.</summary>
public static class EventNames
{
    /// <summary>Begin coaching in a personal chat the bot opened after an @mention in a shared conversation.</summary>
    public const string StartPrivately = "coachbot/startPrivately";
}
