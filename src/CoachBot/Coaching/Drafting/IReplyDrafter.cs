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

    /// <summary>Whether it follows the person's typed requests (<see cref="DraftStyle.Instructions"/>), not only the buttons.</summary>
    bool FollowsInstructions => false;
}

/// <summary>
/// A drafter that can show its draft while it writes it (a model, token by token). Each piece goes to
/// <c>show</c> as a preview; the draft to keep is what it returns, which may differ from the previews
/// (a guarded drafter that finds the streamed text unfit returns a checked one instead).
/// </summary>
public interface IStreamingReplyDrafter : IReplyDrafter
{
    Task<string> StreamAsync(DraftRequest request, Func<string, CancellationToken, Task> show, CancellationToken cancellationToken);
}
