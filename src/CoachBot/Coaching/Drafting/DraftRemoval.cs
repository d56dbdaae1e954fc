using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// A part of the draft the person asked to take out: "take out the last paragraph", "remove the sentence about
/// the team", "delete the line about feedback", or words quoted from the draft. Kept with the typed changes
/// (<see cref="DraftStyle.Instructions"/>), so the built-in drafter leaves the part out of every version after.
/// </summary>
public sealed partial record DraftRemoval(string? Quoted, string? Ordinal, bool WholeParagraph, IReadOnlyList<string> Topic)
{
    /// <summary>A removal by where it stands ("the last paragraph") names a part of one version only.</summary>
    public bool IsByPosition => Quoted is null && Topic.Count == 0;

    /// <summary>The removal one clause asks for, or null when the clause asks for none (or names no part).</summary>
    public static DraftRemoval? In(string clause)
    {
        var match = Removal().Match(clause);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["quoted"].Success)
        {
            return new DraftRemoval(match.Groups["quoted"].Value.Trim(), null, false, []);
        }

        var topic = ContentWords(match.Groups["topic"].Value);
        var ordinal = match.Groups["ordinal"].Success ? match.Groups["ordinal"].Value.ToLowerInvariant() : null;
        if (topic.Count == 0 && ordinal is null)
        {
            // "delete that sentence": which one is not said.
            return null;
        }

        return new DraftRemoval(null, ordinal, match.Groups["unit"].Value.StartsWith("paragraph", StringComparison.OrdinalIgnoreCase), topic);
    }

    /// <summary>Every removal the typed changes ask for, in order.</summary>
    public static IEnumerable<DraftRemoval> AllIn(IEnumerable<string> instructions) =>
        instructions.SelectMany(TypedRevision.Clauses).Select(In).OfType<DraftRemoval>();

    /// <summary>
    /// The body paragraphs without the part; null when nothing of it is there, or when it is all there is (a letter
    /// with nothing left to say is no letter).
    /// </summary>
    public IReadOnlyList<string>? ApplyTo(IReadOnlyList<string> body)
    {
        var paragraphs = body.Select(paragraph => Sentences(paragraph).ToList()).ToList();
        // A paragraph nothing is taken from stays as it was written (a list of points keeps its lines).
        var kept = body.ToList();
        var removed = false;
        if (Quoted is not null || Topic.Count > 0)
        {
            for (var p = paragraphs.Count - 1; p >= 0; p--)
            {
                if (WholeParagraph ? Matches(body[p]) : paragraphs[p].Any(Matches))
                {
                    paragraphs[p] = WholeParagraph ? [] : paragraphs[p].Where(sentence => !Matches(sentence)).ToList();
                    kept[p] = string.Join(' ', paragraphs[p]);
                    removed = true;
                }
            }
        }
        else if (WholeParagraph && ParagraphAt(paragraphs.Count) is { } index)
        {
            kept[index] = string.Empty;
            removed = true;
        }
        else if (!WholeParagraph && SentenceAt(paragraphs) is var (p, s) && p >= 0)
        {
            paragraphs[p].RemoveAt(s);
            kept[p] = string.Join(' ', paragraphs[p]);
            removed = true;
        }

        var left = kept.Where(paragraph => paragraph.Length > 0).ToList();
        return removed && left.Count > 0 ? left : null;
    }

    /// <summary>The sentences of the body this removal takes out, each as it reads.</summary>
    public IReadOnlyList<string> SentencesRemovedFrom(IReadOnlyList<string> body)
    {
        if (ApplyTo(body) is not { } left)
        {
            return [];
        }

        var kept = left.SelectMany(Sentences).ToHashSet(StringComparer.Ordinal);
        return body.SelectMany(Sentences).Where(sentence => !kept.Contains(sentence)).ToList();
    }

    /// <summary>The words to keep for a removal by position: the sentences it took out, quoted, so a later version leaves out the same words.</summary>
    public static string QuotedInstruction(string sentence) => $"take out \"{sentence}\"";

    /// <summary>The letter's body: its paragraphs after the greeting and before the sign-off (short lines without a full stop at the end).</summary>
    public static IReadOnlyList<string> BodyOf(string letter)
    {
        var paragraphs = letter.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(paragraph => paragraph.Trim()).ToList();
        var end = paragraphs.Count;
        while (end > 1 && IsSignOff(paragraphs[end - 1]))
        {
            end--;
        }

        return paragraphs.Count > 1 ? paragraphs[1..end] : [];
    }

    private static bool IsSignOff(string paragraph) =>
        paragraph.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= 4 && !paragraph.EndsWith('.') && !paragraph.EndsWith('?') && !paragraph.EndsWith('!');

    private int? ParagraphAt(int count) => PositionOf(count, middleNamed: true);

    private (int Paragraph, int Sentence) SentenceAt(List<List<string>> paragraphs)
    {
        var all = paragraphs.SelectMany((sentences, p) => sentences.Select((_, s) => (p, s))).ToList();
        return PositionOf(all.Count, middleNamed: false) is { } at ? all[at] : (-1, -1);
    }

    /// <summary>Which of <paramref name="count"/> parts the ordinal names; a middle one only among paragraphs, and only when there is one.</summary>
    private int? PositionOf(int count, bool middleNamed) => Ordinal switch
    {
        "first" or "opening" when count > 0 => 0,
        "second" when count > 1 => 1,
        "third" when count > 2 => 2,
        "middle" when middleNamed && count % 2 == 1 && count > 2 => count / 2,
        "last" or "final" or "closing" when count > 0 => count - 1,
        _ => null,
    };

    /// <summary>Whether the text is (or holds) the part this removal names, by its quoted words or what it is about.</summary>
    public bool Names(string text) => (Quoted is not null || Topic.Count > 0) && Matches(text);

    private bool Matches(string text)
    {
        if (Quoted is not null)
        {
            var sentence = Plain(text);
            var quoted = Plain(Quoted);
            return quoted.Length > 0 && (sentence.Contains(quoted, StringComparison.Ordinal) || quoted.Contains(sentence, StringComparison.Ordinal));
        }

        var words = WordRun().Matches(text).Select(word => word.Value.ToLowerInvariant()).ToList();
        return Topic.All(stem => words.Any(word => word.StartsWith(stem, StringComparison.Ordinal)));
    }

    private static string Plain(string text) => string.Join(' ', WordRun().Matches(text).Select(word => word.Value.ToLowerInvariant()));

    /// <summary>A topic's words that say what it is about ("the team" is "team"), each cut to its stem ("staying" to "stay").</summary>
    private static List<string> ContentWords(string topic) =>
        WordRun().Matches(topic).Select(word => word.Value.ToLowerInvariant()).Where(word => word.Length > 2 && !TopicFunctionWords.Contains(word)).Select(Stem).Distinct().ToList();

    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static IEnumerable<string> Sentences(string paragraph) =>
        SentenceBreak().Split(paragraph).Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0);

    private static readonly HashSet<string> TopicFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "that", "this", "about", "with", "for", "from", "you", "your", "them", "their", "they", "how", "what", "where", "when", "which",
        "being", "was", "were", "are", "its", "it's", "our", "all", "any", "some", "one", "bit", "part", "line", "sentence", "paragraph", "say", "says", "mention", "mentions",
    };

    [GeneratedRegex(@"^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:also\s+)?(?:take\s+out|remove|delete|drop|cut(?:\s+out)?|lose|get\s+rid\s+of|leave\s+out|scrap|ditch)\s+(?:[""\u201C](?<quoted>[^""\u201D]+)[""\u201D]|(?:the\s+|that\s+|this\s+)?(?:(?<ordinal>last|final|closing|first|opening|second|third|middle)\s+)?(?<unit>paragraphs?|sentences?|lines?|bit|part)(?:\s+(?:about|on|with|mentioning|saying|asking\s+(?:for|about)|that\s+(?:says|mentions|talks\s+about|asks\s+(?:for|about))|where\s+(?:i|it)\s+(?:say|says|ask|asks|mention|mentions))\s+(?<topic>.+?))?)\s*(?:,?\s*please)?[.!?]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Removal();

    [GeneratedRegex(@"[\p{L}\p{N}'\u2019]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""\u201C])|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
