using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Hinglish (Hindi in Latin letters) =====

    private static readonly LexiconEntry[] Hinglish =
    [
        .. Crisis(SelfHarm,
            "marna hai", "marna chahta/chahti", "mar jaana chahta/chahti", "khudkushi", "aatmahatya",
            "jeene ka mann nahi", "jeena nahi chahta/chahti", "jeena nahi hai", "zindagi khatam",
            "khud ko maar/khatam", "apni jaan le", "nass kaat"),
        .. Crisis(HarmToOthers, "usko/use/unko maar dunga/dalunga/dungi", "jaan se maar"),
        .. FigureOfSpeech(AcuteDistress, "mar jaunga/jaungi"),
    ];
}
