namespace CoachBot.Safety;

/// <summary>
/// Numbers every word the lexicon uses, so a message is matched as a short array of integers. A message
/// word the lexicon never uses is <see cref="Unknown"/>: it can only fill a gap.
/// </summary>
internal sealed class WordTable
{
    internal const int Unknown = -1;
    internal const int Boundary = -2;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordTable() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

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

        return lookup.TryGetValue(word, out var id) ? id : Unknown;
    }
}
