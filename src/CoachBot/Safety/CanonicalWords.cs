namespace CoachBot.Safety;

/// <summary>
/// Spellings of a word (or a pair of words) that mean the same as a canonical form, so the lexicon can be
/// written once: "don't", "dont" and "do not" all read "do not"; "wanna" reads "want to". Keys are words as
/// typed, apostrophes already gone; a key with a space is a pair of neighbouring words. Both sides pass
/// through the same folding as messages do (so "kill" and "kil" are one word already, see SafetyText).
/// </summary>
internal static class CanonicalWords
{
    internal static readonly (string Written, string Canonical)[] Pairs =
    [
        // ----- English contractions, once the apostrophe is gone -----
        ("dont", "do not"),
        ("doesnt", "does not"),
        ("didnt", "did not"),
        ("cant", "can not"),
        ("cannot", "can not"),
        ("wont", "will not"),
        ("wouldnt", "would not"),
        ("couldnt", "could not"),
        ("shouldnt", "should not"),
        ("isnt", "is not"),
        ("arent", "are not"),
        ("wasnt", "was not"),
        ("werent", "were not"),
        ("havent", "have not"),
        ("hasnt", "has not"),
        ("hadnt", "had not"),
        ("im", "i am"),
        ("ive", "i have"),
        ("id", "i would"),
        ("ill", "i will"),
        ("youre", "you are"),
        ("youll", "you will"),
        ("theyre", "they are"),
        ("theyll", "they will"),
        ("whats", "what is"),
        ("thats", "that is"),
        ("theres", "there is"),
        ("hes", "he is"),
        ("shes", "she is"),

        // ----- Texting shorthand -----
        ("wanna", "want to"),
        ("gonna", "going to"),
        ("ima", "i am going to"),
        ("imma", "i am going to"),
        ("gotta", "got to"),
        ("wnt", "want"),
        ("u", "you"),
        ("ur", "your"),
        ("urself", "yourself"),
        ("rn", "right now"),
        ("tonite", "tonight"),
        ("ded", "dead"),
        ("abt", "about"),
        ("tonights", "tonight is"),
        ("bein", "being"),
        ("goin", "going"),
        ("livin", "living"),
        ("dyin", "dying"),
        ("thinkin", "thinking"),
        ("nothin", "nothing"),
        ("tryin", "trying"),
        ("gunna", "going to"),
        ("want 2", "want to"),
        ("going 2", "going to"),
        ("need 2", "need to"),
        ("have 2", "have to"),

        // ----- Common misspellings of the words that matter most -----
        ("sucide", "suicide"),
        ("suicde", "suicide"),
        ("suiside", "suicide"),
        ("suicid", "suicide"),
        ("sucidal", "suicidal"),
        ("suicdal", "suicidal"),
        ("suicidle", "suicidal"),
        ("suisidal", "suicidal"),
        ("myslef", "myself"),
        ("myslf", "myself"),
        ("mysef", "myself"),

        // ----- Words people split or join either way -----
        ("my self", "myself"),
        ("your self", "yourself"),
        ("any more", "anymore"),
        ("un alive", "unalive"),
        // Masked spellings of the words that matter most: a digit or an asterisk for a letter ("s3lf harm", "k*ll").
        ("s3lf", "self"),
        ("k1ll", "kill"),
        ("k ll", "kill"),
        ("su1cide", "suicide"),
        ("suic1de", "suicide"),
        ("sui cide", "suicide"),
        ("self harm", "selfharm"),
        ("self harming", "selfharming"),
        ("self harmed", "selfharmed"),
        ("self injury", "selfharm"),
        ("s h", "sh"),
        ("khud kushi", "khudkushi"),
        ("khud khushi", "khudkushi"),
        ("khudkhushi", "khudkushi"),
    ];
}
