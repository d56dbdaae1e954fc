using System.Collections.Frozen;

namespace CoachBot.Safety;

/// <summary>
/// Whether a message laughs ("lol", "jajaja", "mdr", "哈哈", "ㅋㅋ", 😂): a joke is met with the plain gentle
/// check, without the acknowledgement that distress gets.
/// </summary>
internal static class Laughter
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["lol", "lool", "lmao", "lmfao", "rofl", "jk", "xd", "mdr", "ptdr", "rsrs", "kkk", "haha", "hehe", "jaja", "jeje", "hihi"],
        StringComparer.Ordinal);

    /// <summary>Laughs written as a run of one syllable ("hahaha", "kkkkk"), found as the start of a word.</summary>
    private static readonly string[] Runs = ["haha", "hehe", "jaja", "jeje", "kkk", "lol", "rsrs"];

    private static readonly string[] Marks = ["😂", "🤣", "💀", "😅", "😆", "😹", "🙃", "哈哈", "呵呵", "ㅋㅋ", "ㅎㅎ", "(笑)", "（笑）"];

    /// <summary>The same reading of a message already folded (<see cref="SafetyText.Fold(ReadOnlySpan{char}, ref PooledCharBuffer)"/>).</summary>
    internal static bool IsIn(ReadOnlySpan<char> text, ReadOnlySpan<char> folded)
    {
        foreach (var mark in Marks)
        {
            if (text.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var range in folded.Split(' '))
        {
            var word = folded[range];
            foreach (var run in Runs)
            {
                if (word.StartsWith(run, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var laugh in Words)
            {
                if (word.SequenceEqual(laugh))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsIn(string text)
    {
        if (Marks.Any(mark => text.Contains(mark, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var word in FoldedText.Of(text).Split(' '))
        {
            if (Words.Contains(word) || Runs.Any(run => word.StartsWith(run, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
