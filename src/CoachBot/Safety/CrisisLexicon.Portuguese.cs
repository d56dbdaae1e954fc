using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Portuguese =====

    private static readonly LexiconEntry[] Portuguese =
    [
        .. Crisis(SelfHarm,
            "me matar", "quero morrer", "me suicidar", "suicidio", "nao quero * viver", "tirar * minha * vida",
            "acabar com a minha vida", "acabar com tudo", "me cortar", "me machucar", "melhor sem mim"),
        .. Crisis(AcuteDistress, "nao aguento mais"),
        .. Check(AcuteDistress, "sem esperanca", "sou um peso", "nao estou bem"),
        .. Crisis(HarmToOthers, "vou matar ele/ela/eles/voce"),
        .. FigureOfSpeech(AcuteDistress, "morrendo/morrer/morri de vergonha"),
        .. NotAConcern("morrendo/morrer/morri de rir/fome/sono/vontade/saudade/calor/frio"),
    ];
}
