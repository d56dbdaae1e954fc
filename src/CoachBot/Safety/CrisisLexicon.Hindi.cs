using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Hindi (Devanagari; nukta folded away, so ख़ = ख) =====

    private static readonly LexiconEntry[] Hindi =
    [
        .. Crisis(SelfHarm,
            "मरना चाहत", "मुझे मरना है", "मैं मरना", "आत्महत्या", "ख़ुदकुशी", "जीना नहीं चाहत", "जीने का मन नहीं",
            "ख़ुद को मार", "ख़ुद को ख़त्म", "अपनी जान ले", "ज़िंदगी ख़त्म", "जान दे दू"),
    ];
}
