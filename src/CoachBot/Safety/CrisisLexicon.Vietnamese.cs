using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Vietnamese (matched without diacritics, so typed either way) =====

    private static readonly LexiconEntry[] Vietnamese =
    [
        .. Crisis(SelfHarm,
            "muon chet", "tu sat", "khong muon song", "ket thuc cuoc doi/song", "chet di cho xong", "rach tay"),
        // "tự tử" (suicide) is in ToneSensitive: without tone marks it reads like "từ từ", slowly.
        .. Check(AcuteDistress, "tuyet vong", "muon bien mat"),
        .. FigureOfSpeech(AcuteDistress, "met muon chet"),
        .. NotAConcern("cuoi muon chet"),
    ];
}
