using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Japanese =====

    private static readonly LexiconEntry[] Japanese =
    [
        .. Crisis(SelfHarm,
            "死にたい", "しにたい", "自殺", "消えたい", "生きたくない", "生きていたくない", "死のう", "死んでしまいたい",
            "リスカ", "自傷", "首を吊", "飛び降り", "いなくなりたい"),
        .. Check(SelfHarm, "死にたくない"),
        .. Check(AcuteDistress, "楽になりたい"),
    ];
}
