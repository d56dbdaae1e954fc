using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Safety;

internal static partial class CrisisLexicon
{
    // ===== Spanish (typed with or without accents) =====

    private static readonly LexiconEntry[] Spanish =
    [
        // Wanting to die, not wanting to live, no reason to.
        .. Crisis(SelfHarm,
            "quiero morir", "quiero morirme", "me quiero morir", "quisiera morir", "quisiera morirme", "me quisiera morir",
            "ganas de morir", "ganas de morirme", "pienso en morir", "pienso en morirme", "pensando en morir",
            "pensando en morirme", "quiero estar muerto/muerta", "prefiero estar muerto/muerta", "prefiero morir",
            "preferiria estar muerto/muerta", "ojala estuviera muerto/muerta", "ojala me muera", "ojala me muriera",
            "mejor muerto/muerta", "desearia estar muerto/muerta", "deseo morir", "deseo morirme",
            "no quiero vivir", "no quiero seguir viviendo", "no quiero seguir aqui", "no quiero seguir con vida",
            "no quiero estar vivo/viva", "no quiero existir", "no quiero seguir existiendo", "ya no quiero estar aqui",
            "no tengo ganas de vivir", "sin ganas de vivir", "perdi las ganas de vivir", "no tengo razon/razones/motivo/motivos para vivir",
            "no hay razon/razones/motivo/motivos para vivir", "nada por/para que vivir", "nada por lo que vivir", "no tiene sentido vivir",
            "no tiene sentido seguir viviendo", "no tiene sentido seguir", "vivir no tiene sentido", "mi vida no tiene sentido",
            "no le veo sentido a la/mi vida", "no le encuentro sentido a la/mi vida", "no vale la pena vivir",
            "la vida no vale la pena", "mi vida no vale nada", "cansado/cansada de vivir", "harto/harta de vivir",
            "no quiero despertar", "no despertar nunca mas", "ojala no despertar/despierte/despertarme", "no despertar manana", "no volver a despertar", "dormir * no despertar",
            "dormirme * no despertar", "desaparecer para siempre", "quiero desaparecer", "desaparecer del mundo",
            "desaparecer de este mundo", "irme de este mundo", "dejar de existir", "si yo no existiera", "si no existiera",
            "ojala no existiera", "nunca hubiera nacido", "no haber nacido", "sobro en este mundo", "estoy de sobra en este mundo",
            "quiero que todo termine/acabe", "no quiero * despertar"),
        // Suicide and ending it all, with the local euphemisms.
        .. Crisis(SelfHarm,
            "matarme", "me voy a matar", "me quiero matar", "voy a matarme", "suicidarme", "suicidar", "suicidio",
            "suicida", "me suicido", "quitarme la vida", "acabar con mi vida", "terminar con mi vida", "acabar con todo",
            "terminar con todo", "ponerle fin a todo", "poner fin a todo", "poner fin a mi vida", "acabar con esto de una vez",
            "quitarme de en medio", "estarian mejor sin mi", "estaran mejor sin mi", "estaria mejor sin mi",
            "mejor sin mi", "ya no estare en este mundo", "no estare mas en este mundo"),
        // A farewell.
        .. Crisis(SelfHarm,
            "este es mi ultimo mensaje", "mi ultimo mensaje", "esta es mi despedida", "adios para siempre",
            "me despido de todos", "me despido para siempre", "carta de despedida", "cuando leas/lean esto ya no",
            "perdonenme por lo que voy a hacer", "perdoname por lo que voy a hacer"),
        // Plans and means.
        .. Crisis(SelfHarm,
            "tirarme/lanzarme/aventarme/arrojarme * {alto}", "me * tirar/aventar/lanzar/arrojar * {alto}",
            "saltar de/del/desde * puente/edificio/techo/azotea/balcon/ventana", "estoy en * azotea/techo/puente/cornisa",
            "me tome todas * pastillas", "tomarme todas * pastillas", "me las voy a tomar todas", "tomarmelas todas", "pastillas * tomar todas", "me tome * caja/frasco/bote de pastillas",
            "trague * pastillas", "tome todas las pastillas", "juntando/guardando/acumulando * pastillas",
            "frasco/caja/bote de pastillas", "sobredosis", "compre una cuerda", "tengo una cuerda", "ahorcarme", "colgarme",
            "me voy a ahorcar", "una soga", "cortarme las venas", "cortarme", "me estoy cortando",
            "volvi a cortarme", "me corte otra vez", "me corte de nuevo", "me volvi a cortar", "hacerme dano", "me voy a hacer dano", "me hago dano", "me hice dano", "lastimarme",
            "autolesion", "autolesiones", "autolesionarme", "me autolesiono", "quemarme", "envenenarme"),
        .. Crisis(AcuteDistress,
            "no aguanto mas", "ya no puedo mas", "ya no aguanto", "no puedo seguir asi", "ya no puedo seguir",
            "no soporto mas", "ya no soporto", "no lo soporto mas", "ya no doy mas"),
        .. Check(AcuteDistress,
            "sin esperanza", "nada tiene sentido", "no tiene sentido nada", "soy una carga", "me odio",
            "no estoy bien", "me siento vacio/vacia", "no puedo mas", "estoy destrozado/destrozada", "nadie me extranaria",
            "a nadie le importo", "no sirvo para nada", "me quiero rendir", "no veo salida", "partirle la cara", "ya tengo todo planeado", "no puedo dejar de llorar", "no puedo respirar", "no puedo dejar de temblar", "gracias por todo", "adios a todos", "perdonenme",
            "ya no estare aqui"),
        .. Check(SubstanceUse, "bebiendo mucho", "tomando mucho"),
        // Harm to others.
        .. Crisis(HarmToOthers,
            "voy/quiero/vamos/pienso a {matar} a/al", "quiero {matar} a/al", "{matarlo}", "lo/la/los/las voy a matar",
            "lo/la/los/las quiero matar", "y/luego/despues lo/la/los mato", "voy/quiero/pienso * {matar} * {objetivo}", "los/las voy a matar a todos/todas",
            "se donde vive", "llevar/traer/llevare/traere/llevo * pistola/arma/cuchillo/navaja * oficina/entrevista/trabajo/empresa",
            "quiero verlo/verla/verlos muerto/muerta/muertos", "hacerle/hacerles dano a", "quemar/incendiar * oficina/empresa/edificio", "prenderle fuego", "le voy a disparar", "le voy a pegar un tiro"),
        .. Check(HarmToOthers, "que se muera", "ojala se muera", "llevo * cuchillo/pistola/arma/navaja"),
        // Abuse at home.
        .. Crisis(Abuse,
            "{abusador} * me {violencia}", "{abusador} * me ha pegado/golpeado/maltratado/amenazado/lastimado/violado", "no estoy a salvo", "no estoy segura/seguro en * casa",
            "amenazo con matarme", "amenaza con matarme", "me amenazo con", "me amenaza con", "violencia domestica",
            "violencia intrafamiliar", "abusa de mi", "abuso de mi", "abusaron de mi", "me pegan en * casa",
            "en * casa me pegan/golpean/maltratan", "me maltratan"),
        .. Check(Abuse, "miedo de volver a casa", "miedo a mi {abusador}", "miedo de mi {abusador}"),
        // Negated intent: worth a gentle check, not the hand-off.
        .. FigureOfSpeech(SelfHarm,
            "no me voy a matar", "no voy a matarme", "no pienso matarme", "no voy a suicidarme", "no me voy a suicidar",
            "no me voy a hacer dano", "no voy a hacerme dano", "nunca me haria dano", "nunca me mataria", "no quiero morir",
            "no quiero morirme", "no me quiero morir"),
        .. FigureOfSpeech(AcuteDistress,
            "morir/muero/morirme de * verguenza", "esta entrevista/busqueda/proceso me esta matando", "me esta matando",
            "desaparecer de la verguenza"),
        .. NotAConcern(
            "me muero de ganas/risa/hambre/sueno/calor/frio/nervios/envidia", "muero de ganas/risa/nervios",
            "morir/morirme de risa", "matar el tiempo", "matar dos pajaros", "mato el tiempo",
            "cortarme el pelo/cabello/flequillo/las unas/la barba", "me corte el pelo/cabello/flequillo",
            "me mata la curiosidad", "me mata de risa",
            "desaparecer de * redes/linkedin/instagram/internet/facebook/tiktok/twitter", "desaparecer * rato/dias/semana/tiempo"),
        // Second pass, by concept: life without meaning or worth, not opening one's eyes again, farewell letters,
        // gathered pills taken all at once, cutting and burning oneself, a weapon carried to work, a violent
        // person at home.
        .. Crisis(SelfHarm,
            "la vida no tiene sentido", "mi vida ya no tiene sentido", "vivir ya no tiene sentido", "no vale la pena seguir vivo/viva/viviendo",
            "no vale la pena estar vivo/viva", "no vale la pena vivir", "para/pa que seguir vivo/viva/viviendo", "para/pa que sigo vivo/viva",
            "no volver a abrir los ojos", "no abrir los ojos nunca", "cerrar los ojos y no despertar",
            "escribi/deje * carta/cartas para/a * familia/mama/papa/padres/amigos/hijos/novio/novia",
            "cartas de despedida", "junte/guarde/junto/guardo * pastillas", "me las tomo todas", "me las voy a tomar todas",
            "me tomo todas las pastillas", "tomarme * pastillas de golpe", "haciendome dano", "me estoy haciendo dano",
            "llenos/llenas de cortes", "cortes en los/las/mis brazos/munecas/piernas", "me corto los/las brazos/munecas/piernas",
            "me corto con", "no le encuentro/veo sentido a * vivir/viviendo/vida/existir", "ojala no despertara/despertase", "no despertara/despertase manana", "dormir/dormirme para siempre",
            "no quiero estar/seguir en este mundo", "mejor si yo no estuviera/existiera", "si yo no estuviera", "ganas de desaparecer",
            "desaparecer y que nadie", "me quemo con * encendedor/cigarro/cigarros/plancha", "me quemo pa/para sentir", "quemarme con"),
        .. Crisis(HarmToOthers,
            "pistola/arma/cuchillo/navaja/escopeta/machete de mi * a * oficina/empresa/trabajo/entrevista",
            "ir/voy/ire/llegar/llego/entrar/entro/aparecer/aparecerme a * oficina/empresa/entrevista/trabajo con * cuchillo/pistola/navaja/escopeta/arma/machete",
            "con un/una/mi cuchillo/pistola/navaja/escopeta/machete y hacerles/hacerle pagar", "balacear/balear a todos"),
        .. Crisis(Abuse, "{abusador} * se pone violento/violenta/agresivo/agresiva", "{abusador} * me pone la mano encima"),
        .. Check(AcuteDistress,
            "no paro de llorar", "no dejo de llorar", "lloro y lloro", "llorando sin parar", "llore toda la noche",
            "noches sin dormir", "no puedo dormir", "no he dormido", "no me entra la comida", "no puedo comer", "no he comido",
            "ataque de panico/ansiedad", "crisis de panico/ansiedad", "estoy temblando", "no logro/puedo calmarme",
            "no puedo ni respirar", "me falta el aire", "ni ganas de salir de la cama", "no me puedo levantar de la cama",
            "el corazon a mil", "no valgo nada", "soy un fracaso", "soy una basura"),
        // Nerves before an interview are no distress.
        .. NotAConcern("no puedo dormir de los/la nervios/emocion"),
    ];
}
