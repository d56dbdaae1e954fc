namespace CoachBot.Coaching.Drafting;

/// <summary>What a drafter needs to write a reply: the facts, the goal, the requested style, and who signs it.</summary>
public sealed record DraftRequest(RejectionCase Case, ReplyGoal Goal, DraftStyle Style, string? SenderName);

/// <summary>
/// Writes the person's reply to a rejection. The built-in drafter composes it from the details;
/// an LLM-backed drafter implements the same contract. Drafts never invent experience: the only
/// claims about the person are the points they gave in their own words.
/// </summary>
public interface IReplyDrafter
{
    Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A drafter that can show its draft while it writes it (a model, token by token). The dialog streams
/// the pieces to the channel and keeps their concatenation as the draft.
/// </summary>
public interface IStreamingReplyDrafter : IReplyDrafter
{
    IAsyncEnumerable<string> StreamAsync(DraftRequest request, CancellationToken cancellationToken);
}
