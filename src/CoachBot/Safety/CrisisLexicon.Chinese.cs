using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Chinese (simplified and traditional) =====

    private static readonly LexiconEntry[] Chinese =
    [
        .. Crisis(SelfHarm,
            "自杀", "自殺", "想死", "不想活", "活不下去", "轻生", "輕生", "结束生命", "結束生命", "结束自己", "結束自己",
            "割腕", "自残", "自殘", "跳楼", "跳樓", "死了算了"),
        .. Crisis(AcuteDistress, "撑不下去", "撐不下去"),
        .. Crisis(HarmToOthers, "杀了他", "殺了他", "杀了她", "殺了她"),
        .. Crisis(Abuse, "家暴"),
        .. Check(AcuteDistress, "绝望", "絕望"),
        // "不想死" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "不想死"),
        // "想死你了" is "I miss you so much".
        .. NotAConcern("想死你", "想死妳", "想死您", "想死我了"),
    ];
}
