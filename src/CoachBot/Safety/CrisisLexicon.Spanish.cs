using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Spanish =====

    private static readonly LexiconEntry[] Spanish =
    [
        .. Crisis(SelfHarm,
            "quiero morir", "quiero morirme", "me quiero morir", "matarme", "me voy a matar", "me quiero matar",
            "suicidarme", "suicidar", "suicidio", "suicida", "no quiero vivir", "no quiero seguir viviendo",
            "quitarme la vida", "acabar con mi vida", "terminar con mi vida", "acabar con todo",
            "estarian mejor sin mi", "cortarme", "me estoy cortando", "hacerme dano", "lastimarme",
            "tirarme de/del * puente/edificio"),
        .. Crisis(AcuteDistress, "no aguanto mas", "ya no puedo mas"),
        .. Check(AcuteDistress,
            "sin esperanza", "nada tiene sentido", "no tiene sentido nada", "soy una carga", "me odio",
            "no estoy bien", "me siento vacio/vacia"),
        .. Check(SubstanceUse, "bebiendo mucho", "tomando mucho"),
        .. Crisis(HarmToOthers,
            "voy/quiero/vamos a {matar} a/al", "quiero {matar} a/al", "{matarlo}", "lo/la/los/las voy a matar",
            "se donde vive"),
        .. Crisis(Abuse,
            "{abusador} * me {violencia}", "no estoy a salvo", "no estoy segura/seguro en * casa",
            "amenazo con matarme", "me amenazo con"),
        .. Check(Abuse, "miedo de volver a casa"),
        .. FigureOfSpeech(AcuteDistress, "morir/muero de * verguenza"),
        .. NotAConcern("me muero de ganas/risa/hambre/sueno/calor/frio", "muero de ganas/risa", "matar el tiempo"),
    ];
}
