using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Arabic (folded: no tashkeel, one alef, ي for ى, ه for ة) =====

    private static readonly LexiconEntry[] Arabic =
    [
        .. Crisis(SelfHarm,
            "أريد أن أموت", "أريد الموت", "أبي أموت", "أبغى أموت", "بدي موت", "بدي أموت", "عايز أموت", "عاوز أموت",
            "نفسي أموت", "انتحار", "انتحر", "أقتل نفسي", "أنهي حياتي", "لا أريد أن أعيش", "ما بدي عيش",
            "مش عايز أعيش", "إيذاء نفسي", "أؤذي نفسي", "أجرح نفسي"),
        // "لا أريد أن أموت" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "لا أريد أن أموت"),
        .. NotAConcern("أموت من الضحك"),
    ];
}
