using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Drafting;

/// <summary>What a check of the person's own reply found, a word for them, and a calmer version when one is needed.</summary>
public sealed record ReplyReview(bool Angry, bool Blaming, bool Begging, bool TooLong, string Feedback, string? Calmer)
{
    public bool Flagged => Angry || Blaming || Begging || TooLong;
}

/// <summary>Checks a reply the person wrote themselves before they send it.</summary>
public interface IReplyReviewer
{
    Task<ReplyReview> ReviewAsync(string reply, DraftRequest context, CancellationToken cancellationToken);
}

/// <summary>
/// The offline check, and the floor of a model's: fixed word lists for anger, blame and begging, a word
/// count for length, and the built-in draft as the calmer version.
/// </summary>
public sealed partial class BuiltInReplyReviewer(BuiltInDrafter drafter) : IReplyReviewer
{
    public const int MaxWords = 150;
    public const string ReadsWell = "It reads well: calm, brief and professional. Give it one more read, then it's yours to send.";

    public async Task<ReplyReview> ReviewAsync(string reply, DraftRequest context, CancellationToken cancellationToken)
    {
        var angry = Anger().IsMatch(reply) || ShoutedWords().Matches(reply).Count >= 2;
        var blaming = Blame().IsMatch(reply);
        var begging = Begging().IsMatch(reply);
        var tooLong = Words().Matches(reply).Count > MaxWords;
        var flagged = angry || blaming || begging || tooLong;
        var calmer = flagged ? await drafter.DraftAsync(context, cancellationToken) : null;
        return new ReplyReview(angry, blaming, begging, tooLong, Feedback(angry, blaming, begging, tooLong), calmer);
    }

    public static string Feedback(bool angry, bool blaming, bool begging, bool tooLong)
    {
        var notes = new List<string>();
        if (angry) notes.Add("some of it reads as angry");
        if (blaming) notes.Add("it puts blame on them");
        if (begging) notes.Add("it asks them to reconsider in a way that can read as pleading");
        if (tooLong) notes.Add($"it's long (over {MaxWords} words) for a reply like this");
        return notes.Count == 0
            ? ReadsWell
            : $"Your feelings make sense, but {string.Join(", and ", notes)}. Hiring teams remember a gracious reply; here's a calmer version that keeps the door open.";
    }

    [GeneratedRegex(@"\b(ridiculous|unfair|outrageous|disgusting|a joke|waste of (my )?time|wasted my time|incompetent|unprofessional|how dare|insulting|pathetic|terrible|awful|disrespectful)\b|!{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Anger();

    [GeneratedRegex(@"\b(your fault|you (never|didn't|did not|failed to|should have|clearly)|your (process|recruiter|team|interviewers?) (was|were|is|are)|you people|biased)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Blame();

    [GeneratedRegex(@"\b(please reconsider|i beg|begging|i really need (this|the) job|give me (another|one more) chance|i('ll| will) do anything|desperate|please,? please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Begging();

    [GeneratedRegex(@"\b[A-Z]{4,}\b")]
    private static partial Regex ShoutedWords();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}

/// <summary>The short reflection after the person says how they feel.</summary>
public interface IReflectionWriter
{
    /// <param name="typed">What the person typed, when it was more than a button.</param>
    Task<string> ReflectAsync(RejectionCase rejection, string? typed, CancellationToken cancellationToken);
}

/// <summary>The fixed reflection and reframe for each feeling.</summary>
public sealed class BuiltInReflection : IReflectionWriter
{
    public Task<string> ReflectAsync(RejectionCase rejection, string? typed, CancellationToken cancellationToken)
    {
        var feeling = rejection.Feeling ?? Feeling.SomethingElse;
        // A feeling none of the buttons names is answered in the tone of the person's words.
        if (feeling == Feeling.SomethingElse && FeelingInOwnWords.ShadeOf(typed) is not FeelingShade.Unnamed and var shade)
        {
            return Task.FromResult(FeelingInOwnWords.Reflect(shade, rejection));
        }

        return Task.FromResult($"{Feelings.Reflect(feeling, rejection)} {Feelings.Reframe(feeling, rejection)}");
    }
}
