using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== French =====

    private static readonly LexiconEntry[] French =
    [
        .. Crisis(SelfHarm,
            "veux mourir", "envie de mourir", "me suicider", "me tuer", "veux en finir", "en finir avec la vie",
            "plus envie de vivre", "envie de disparaitre", "me faire du mal", "me scarifier",
            "mettre fin a mes jours", "mettre fin a ma vie"),
        .. Crisis(AcuteDistress, "jen/nen peux plus"),
        .. Check(SelfHarm, "veux pas mourir"),
        .. Check(AcuteDistress, "sans espoir", "je me deteste"),
        .. FigureOfSpeech(AcuteDistress, "va me tuer"),
        .. NotAConcern("mort/morte de rire", "meurs de faim"),
    ];
}
