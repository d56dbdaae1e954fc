namespace CoachBot.Safety;

/// <summary>How an entry's match is used.</summary>
internal enum EntryRole
{
    /// <summary>A sign of concern at the entry's level.</summary>
    Signal,
    /// <summary>
    /// A figure of speech ("killed it", "dying to know", "shoot them an email"). Its level (None or Check)
    /// replaces that of any signal it overlaps, unless the signal is the longer, more specific reading
    /// that contains it ("threatened to kill me" contains the idiom "kill me" and stays a crisis).
    /// </summary>
    Idiom,
}

/// <summary>
/// One lexicon line. For word phrases the pattern is a small language of its own:
/// words separated by spaces; <c>a/b</c> means either word; <c>(a)</c> or <c>(a/b)</c> is optional;
/// <c>*</c> lets up to <see cref="PhrasePattern.MaxGap"/> other words in between ("want to * die" also
/// reads "want to really just die"); <c>{name}</c> is any member of a word class in <see cref="CrisisLexicon"/>.
/// Fragments are plain text found anywhere, for scripts written without spaces between words.
/// </summary>
internal sealed record LexiconEntry(string Pattern, ConcernLevel Level, ConcernKind Kind, EntryRole Role);
