namespace CoachBot.Safety;

/// <summary>
/// Numbers every word the lexicon uses, so a message is matched as a short array of integers. A message
/// word the lexicon never uses is <see cref="Unknown"/>: it can only fill a gap.
/// </summary>
internal sealed class WordTable
{
    internal const int Unknown = -1;
    internal const int Boundary = -2;

    /// <summary>
    /// What a number of two digits or more reads as: a count that matters ("took 30 pills", "20 of them")
    /// is written in the lexicon as "many", the way people also say it.
    /// </summary>
    internal const string LargeNumberWord = "many";

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly int largeNumber;

    public WordTable()
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        largeNumber = GetOrAdd(LargeNumberWord);
    }

    public int Count => ids.Count;

    public int GetOrAdd(string word)
    {
        if (!ids.TryGetValue(word, out var id))
        {
            id = ids.Count;
            ids.Add(word, id);
        }

        return id;
    }

    /// <summary>The id of one folded message word; no allocation.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual(SafetyText.BoundaryWord))
        {
            return Boundary;
        }

        if (IsLargeNumber(word))
        {
            return largeNumber;
        }

        return lookup.TryGetValue(word, out var id) ? id : Unknown;
    }

    private static bool IsLargeNumber(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
