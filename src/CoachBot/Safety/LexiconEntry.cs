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
/// How a signal's meaning depends on negation and on the other signals of its message. A negation is part
/// of many crisis meanings ("no reason to live", "can't go on", "nobody would miss me"); only a negated
/// intent to harm ("I would never hurt myself") reads softer.
/// </summary>
internal enum SignalReading
{
    /// <summary>An intent or wish to harm: a negator just before it ("I'm not going to kill myself") softens a crisis to a check.</summary>
    Intent,
    /// <summary>A statement that already holds whatever negation it needs ("nothing to live for"): read as written, negated or not.</summary>
    Stated,
    /// <summary>
    /// A phrase about going on living ("want to live", "keep going", "see the point of living"): no concern
    /// as such; its level when a negator stands in its clause before it or inside it ("I don't see the point
    /// of living", "I can't keep going", "nobody would miss me").
    /// </summary>
    WhenNegated,
    /// <summary>A visible sign of distress (crying, shaking, not sleeping); several in one message are one state and count once.</summary>
    Symptom,
    /// <summary>A goodbye ("thanks for everything"): no concern alone; with finality or any other concern in the message, a crisis.</summary>
    Farewell,
    /// <summary>Finality ("one last time", "tonight is the night"): no concern alone; with a goodbye, a means or any other concern in the message, a crisis.</summary>
    Finality,
    /// <summary>A means named ("the rope", "the gun in the closet"): no concern alone; with finality, a goodbye or any other concern, a crisis.</summary>
    Means,
    /// <summary>
    /// A concrete detail of the entry's kind (a body weight in pounds, "something" brought to an event, pills that
    /// "might be pressed"): no concern alone; with a check of the same kind anywhere in the message, a crisis of that
    /// kind. Detail and feeling often fall in separate sentences.
    /// </summary>
    Detail,
    /// <summary>
    /// Slang for an act that is also a joke's word ("kms", "unalive me"): a crisis, but a check when the message laughs
    /// (lol, lmao, 💀) and nothing else in it is a concern: a laugh over a trivial cause marks a figure of speech.
    /// </summary>
    Slang,
    /// <summary>The writer saying they mean it ("i'm serious", "not joking"): no concern alone; a laugh then softens no slang.</summary>
    Earnest,
}

/// <summary>
/// One lexicon line. For word phrases the pattern is a small language of its own:
/// words separated by spaces; <c>a/b</c> means either word; <c>(a)</c> or <c>(a/b)</c> is optional;
/// <c>*</c> lets up to <see cref="PhrasePattern.MaxGap"/> other words in between ("want to * die" also
/// reads "want to really just die"); <c>{name}</c> is any member of a word class in <see cref="CrisisLexicon"/>.
/// A number of two digits or more in a message reads as the word <see cref="WordTable.LargeNumberWord"/>
/// ("took 30 pills" is "took many pills"). Fragments are plain text found anywhere, for scripts written
/// without spaces between words. <see cref="Reading"/> applies to word phrases; fragments are read as stated.
/// </summary>
internal sealed record LexiconEntry(string Pattern, ConcernLevel Level, ConcernKind Kind, EntryRole Role)
{
    public SignalReading Reading { get; init; } = SignalReading.Intent;
}
