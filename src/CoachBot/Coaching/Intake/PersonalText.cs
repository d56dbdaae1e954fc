using System.Text.RegularExpressions;
using CoachBot.Safety;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Whether typed text is about the person rather than the job: how they feel, what they tell themselves,
/// anything about harming, dying, pills or not being here, or a sentence in their own voice. Such text is
/// never kept as a detail of the case nor put into a draft, whatever the safety check made of it: the
/// safety check reads for crisis, this reads for what belongs in a letter to an employer.
/// </summary>
public static partial class PersonalText
{
    /// <summary>
    /// Longer text is read only this far. The patterns have no nested open-ended repetition, so with the
    /// text capped they need no match timeout, which on a busy machine fired on a pattern's first use.
    /// </summary>
    private const int MaxChars = 2_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Words of the first person: a name is never about oneself.</summary>
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "myself", "mine",
        // The same in the other languages people write to CoachBot in (only words no brand is made of).
        "yo", "estoy", "quiero", "siento", "je", "j'ai", "suis", "veux", "moi", "eu", "estou", "quero", "sinto", "mujhe", "mera", "meri",
        "tôi", "mình", "أنا", "انا", "나는", "내가", "저는", "제가",
    };

    /// <summary>First-person words of scripts written without spaces, found inside a "word".</summary>
    private static readonly string[] FirstPersonInside = ["我", "僕", "俺", "私は", "私が", "私の", "あたし"];

    /// <summary>Chat shorthand that only a message, never a name, is written in.</summary>
    private static readonly HashSet<string> ChatShorthand = new(StringComparer.OrdinalIgnoreCase)
    {
        "tbh", "rn", "ngl", "lol", "lmao", "lmfao", "fml", "omg", "smh", "idk", "imo", "imho", "tho", "bc", "cuz", "pls", "plz", "ugh",
        "af", "fr", "irl", "istg", "kms", "kys", "jk", "wtf", "ffs", "bruh", "srsly", "ty", "thx",
    };

    /// <summary>Words that make a few words a clause (a verb of feeling or action, a hedge): one may be in a name, two are not.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "just", "might", "really", "so", "feel", "feels", "felt", "want", "wants", "wanted", "think", "thought", "gonna", "wanna", "gotta",
        "never", "anymore", "rather", "off", "done", "even", "literally", "honestly", "maybe", "can", "would", "should", "could", "kinda",
        "sorta", "hate", "hated", "ruined", "going", "get", "got", "give", "gave", "up", "out", "over", "again", "because", "about", "like",
        "it", "is", "am", "was", "be", "being", "been", "not", "no", "all", "too", "very", "still", "here", "there",
    };

    /// <summary>A few words that can be a name or title: not a sentence about oneself, no shorthand, no clause.</summary>
    /// <param name="shorthandAllowed">Short forms that are a title's own words ("RN" in a nurse's title).</param>
    public static bool CanBeAName(string text, IReadOnlySet<string>? shorthandAllowed = null)
    {
        var clauseWords = 0;
        foreach (var raw in text.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '\u201C', '\u201D', '.', '!', ';', ':', '(', ')', '*').Replace('\u2019', '\'');
            if (word.Length == 0)
            {
                continue;
            }

            if (FirstPerson.Contains(word) || Array.Exists(FirstPersonInside, inside => word.Contains(inside, StringComparison.Ordinal)) || (ChatShorthand.Contains(word) && shorthandAllowed?.Contains(word) != true) || IsContraction(word))
            {
                return false;
            }

            if (ClauseWords.Contains(word) && ++clauseWords >= 2)
            {
                return false;
            }
        }

        return !IsAboutWellbeing(text);
    }

    /// <summary>
    /// Feelings, self-talk, anything about harming, dying, pills, not being here or saying goodbye: what the
    /// person is going through, which is never a detail of the case nor a line of a letter to an employer.
    /// </summary>
    public static bool IsAboutWellbeing(string text)
    {
        // One turn asks this of the same words many times (each field's shape, the summary, the drafter), and
        // the answer costs a regex and the crisis lexicon: the last answer on this thread is kept.
        if (ReferenceEquals(text, lastText) || string.Equals(text, lastText, StringComparison.Ordinal))
        {
            return lastAnswer;
        }

        var answer = Wellbeing().IsMatch(text.Length > MaxChars ? text[..MaxChars] : text) || Detector.Assess(text, []).IsConcern;
        (lastText, lastAnswer) = (text, answer);
        return answer;
    }

    [ThreadStatic]
    private static string? lastText;

    [ThreadStatic]
    private static bool lastAnswer;

    /// <summary>The safety check's own lexicon: whatever it reads as a concern is about the person, in one place.</summary>
    private static readonly CrisisDetector Detector = new();

    /// <summary>Whether the text starts by speaking of oneself ("I ...", "my ...").</summary>
    public static bool StartsWithOneself(string text)
    {
        var first = text.TrimStart().Split([' ', '\t', '\r', '\n', ','], 2, StringSplitOptions.RemoveEmptyEntries);
        return first.Length > 0 && FirstPerson.Contains(first[0].Trim('"', '\'', '.', '!').Replace('\u2019', '\''));
    }

    /// <summary>Contractions typed without their apostrophe.</summary>
    private static readonly HashSet<string> BareContractions = new(StringComparer.OrdinalIgnoreCase)
    {
        "cant", "dont", "wont", "didnt", "doesnt", "isnt", "wasnt", "werent", "couldnt", "wouldnt", "shouldnt", "havent", "hasnt", "aint", "youre", "theyre",
    };

    /// <summary>"don't", "I'm", "can't": a name has none ("O'Brien" and "Macy's" are not contractions).</summary>
    private static bool IsContraction(string word)
    {
        var lower = word.ToLowerInvariant();
        return BareContractions.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("'m", StringComparison.Ordinal) || lower.EndsWith("'re", StringComparison.Ordinal)
            || lower.EndsWith("'ve", StringComparison.Ordinal) || lower.EndsWith("'ll", StringComparison.Ordinal) || lower.EndsWith("'d", StringComparison.Ordinal);
    }

    // Kinds of meaning, not sentences: a feeling said of oneself, self-judgement, harm and its means,
    // dying and not being here, farewells, and what distress looks like on the page.
    [GeneratedRegex(
        @"\b(?:feel|feeling|feels|felt)\s+(?:so\s+|really\s+|very\s+|pretty\s+|completely\s+|kind\s+of\s+|kinda\s+|like\s+(?:a\s+|an\s+|such\s+a\s+)?)?(?:sad|bad|awful|terrible|horrible|down|low|empty|numb|hopeless|worthless|useless|stupid|lost|broken|crushed|devastated|depressed|anxious|sick|alone|lonely|ashamed|humiliated|miserable|nothing|failure|fraud|loser|idiot|joke|burden|trapped|stuck|done|dead|invisible|tired|exhausted|overwhelmed|scared|hurt|defeated|pathetic|shit|crap)\b"
        + @"|\b(?:i'?m|i\s+am|im|i\s+feel|i've\s+been|ive\s+been|i\s+was)\s+(?:so\s+|really\s+|very\s+|just\s+|such\s+|completely\s+|literally\s+|honestly\s+)*(?:sad|depressed|devastated|crushed|heartbroken|miserable|exhausted|hopeless|worthless|useless|broken|numb|empty|lonely|alone|scared|terrified|panicking|anxious|stressed|overwhelmed|pathetic|stupid|an\s+idiot|a\s+joke|a\s+loser|a\s+failure|a\s+mess|a\s+wreck|a\s+fraud|a\s+burden|nothing|not\s+okay|not\s+ok|not\s+fine|falling\s+apart|spiral+ing|struggling|drowning|losing\s+it|tired\s+of|sick\s+of|so\s+tired|done\s+with\s+(?:it\s+all|everything|life|this\s+life))\b"
        + @"|\b(?:cry|cries|crying|cried|sobbing|sobbed|tears|(?:nervous|mental|emotional)\s+breakdown|breaking\s+down|panic\s+attacks?|can'?t\s+(?:sleep|eat|breathe|stop\s+crying|cope|go\s+on|do\s+this|take\s+(?:it|this)|handle\s+(?:it|this)|face))\b"
        + @"|\b(?:hate|hating|hated)\s+(?:myself|my\s+life|my\s+self|being\s+alive|everything)\b|\bwhat'?s\s+the\s+point\b|\bno\s+point\b|\bpointless\b|\bgive\s+up\b|\bgiving\s+up\b|\bgave\s+up\b"
        + @"|\b(?:nobody|no\s+one|noone)\s+(?:cares|would\s+(?:care|notice|miss)|will\s+(?:care|notice|miss)|wants|needs|loves)\b|\bbetter\s+off\s+(?:without|dead|gone)\b|\bwaste\s+of\s+(?:space|air|oxygen)\b|\b(?:a|such\s+a)\s+burden\b"
        + @"|\b(?:be|being|been|was|were|am|i'?m|im)\s+dead\b|\bkill(?:s|ing|ed)?\s+(?:myself|me|him|her|them|someone|somebody|everyone|people|us|my\s*self)\b|\b(?:die|dies|died|dying|death|deaths|suicid\w*|unalive\w*|self[-\s]?harm\w*|harm\s+myself|hurt\s+(?:myself|me|someone|somebody|them|him|her|people|everyone)|cut(?:ting)?\s+(?:myself|my\s+(?:arms?|wrists?|legs?|skin))|overdos\w*|pills?|tablets|meds|noose|rope|razor|blades?|bleed\w*|gun|guns|knife|knives|weapons?|stab\w*)\b|\bshoot(?:ing)?\s+(?:myself|me|someone|somebody|up|them|him|her|people|everyone)\b"
        + @"|\b(?:sh|s/h)\s+(?:urges?|again|relapse)\b|\b(?:jump|jumping|jumped)\s+(?:off|from|in\s+front)\b|\b(?:on|off|from|to|up)\s+(?:the|a|this|that|our|my)\s+(?:roof|rooftop|bridge|ledge|balcony)\b|\btrain\s+tracks\b"
        + @"|\bend(?:ing)?\s+(?:it|it\s+all|things|everything|my\s+life|myself)\b|\b(?:not|won'?t|never)\s+(?:be\s+)?(?:here|around)\s+(?:anymore|much\s+longer|for\s+long|tomorrow|by|when|to)\b|\bwon'?t\s+be\s+(?:here|around)\b|\bnot\s+(?:be\s+)?here\s+anymore\b"
        + @"|\b(?:disappear|vanish)\w*\b|\bsleep\s+(?:forever|and\s+never|for\s+good)\b|\bnever\s+wake\s+up\b|\b(?:goodbye|farewell)\b|\blast\s+(?:message|time\s+you|words)\b|\bsay(?:ing)?\s+(?:bye|goodbye)\b"
        + @"|\b(?:drunk|blackout|relapsed?|starv(?:e|ed|ing)\s+myself|binge(?:d|ing)?\s+(?:eat\w*|drink\w*)|throwing\s+up|haven'?t\s+eaten)\b"
        + @"|\b(?:hits?|hitting|beats?|beating|abus\w+|scream\w*\s+at)\s+me\b|\bscared\s+(?:of|to\s+go)\s+(?:him|her|them|home)\b"
        + @"|\b(?:morir\w*|muerte|matarme|mourir|me\s+tuer|morrer|me\s+matar|pastillas|pilules|comprimidos|marna|khudkushi|chết|tự\s+tử|انتحار|أموت|الموت)\b|死|자살|죽고|죽을|消えたい|不想活"
        + @"|\b(?:my\s+life|life)\s+(?:is|feels)\s+(?:over|pointless|meaningless|a\s+mess|ruined|worthless)\b|\bruin(?:ed|s)?\s+my\s+life\b",
        Options)]
    private static partial Regex Wellbeing();
}
