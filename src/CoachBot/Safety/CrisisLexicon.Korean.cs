using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Korean (with and without the space people often leave out) =====

    private static readonly LexiconEntry[] Korean =
    [
        .. Crisis(SelfHarm,
            "죽고 싶", "죽고싶", "자살", "살기 싫", "살기싫", "살고 싶지 않", "살고싶지 않", "자해", "죽어버리고 싶",
            "뛰어내리", "사라지고 싶", "목을 매"),
        // "죽고 싶지 않아" is "I don't want to die".
        .. FigureOfSpeech(SelfHarm, "죽고 싶지 않", "죽고싶지 않"),
    ];
}
