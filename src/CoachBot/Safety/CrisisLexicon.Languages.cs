namespace CoachBot.Safety;

/// <summary>
/// The word classes, negators and negation bridges of the languages other than English. Properties, not
/// fields: the fields of <see cref="CrisisLexicon"/> read them, and the order in which the fields of a
/// partial class's files are initialised is not defined.
/// </summary>
internal static partial class CrisisLexicon
{
    private static Dictionary<string, string[]> OtherLanguageWordClasses => new()
    {
        // Spanish: who, and what they do ("mi papá me pega"). No bare "el": "el rechazo me pega duro".
        ["abusador"] =
        [
            "padre", "papa", "papi", "madre", "mama", "novio", "novia", "pareja", "esposo", "esposa", "marido",
            "padrastro", "madrastra", "hermano", "hermana", "tio", "tia", "padres", "viejo", "vieja", "ex",
        ],
        ["violencia"] =
        [
            "pega", "pego", "pegaba", "pegan", "golpea", "golpeo", "golpeaba", "golpean", "maltrata", "maltrato",
            "maltrataba", "lastima", "lastimo", "amenaza", "amenazo", "amenazan", "ahorca", "ahorco", "patea", "pateo",
            "abusa", "abuso", "viola", "violo", "encierra", "quema", "quemo", "empuja", "empujo", "da palizas",
        ],
        // Spanish threats: the verb with the victim attached ("matarlo").
        ["matarlo"] =
        [
            "matarlo", "matarla", "matarlos", "matarlas", "lastimarlo", "lastimarla", "golpearlo", "golpearla",
            "apunalarlo", "apunalarla", "dispararle", "dispararles", "matarle", "matarles",
        ],
        ["matar"] = ["matar", "lastimar", "golpear", "apunalar", "disparar", "disparar a", "acuchillar", "balear"],
        // Spanish: heights and traffic a person may throw themself from or under.
        ["alto"] =
        [
            "puente", "edificio", "techo", "azotea", "balcon", "ventana", "piso", "terraza", "metro", "tren", "vias",
            "carretera", "acantilado", "precipicio", "camion", "trailer",
        ],
        // Spanish: the people of the job hunt a threat may name.
        ["objetivo"] =
        [
            "reclutador", "reclutadora", "reclutadores", "entrevistador", "entrevistadora", "entrevistadores",
            "jefe", "jefa", "gerente", "gerentes", "recursos humanos", "rrhh", "todos", "todo el mundo", "ese tipo",
            "esa tipa", "ese wey", "ese idiota", "esa idiota", "director", "directora", "companeros",
        ],

        // Portuguese: who hurts the person at home, and how.
        ["agressor"] =
        [
            "pai", "mae", "padrasto", "madrasta", "namorado", "namorada", "marido", "esposo", "esposa",
            "companheiro", "companheira", "irmao", "irma", "tio", "tia", "pais", "ex",
        ],
        ["agressao"] =
        [
            "bate", "bateu", "batia", "batem", "espanca", "espancou", "espancava", "agride", "agrediu", "machuca",
            "machucou", "ameaca", "ameacou", "estupra", "estuprou", "abusa", "abusou", "enforca", "enforcou",
            "chuta", "chutou", "tranca", "queima",
        ],
        // Portuguese: whom a threat names.
        ["alvo"] =
        [
            "ele", "ela", "eles", "elas", "voce", "recrutador", "recrutadora", "entrevistador", "entrevistadora",
            "chefe", "gerente", "gestor", "gestora", "rh", "todo mundo", "todos", "esse cara", "essa mulher",
        ],

        // French: who hurts the person at home, and how ("mon père me frappe", "il m'a frappée").
        ["agresseur"] =
        [
            "pere", "mere", "beau pere", "belle mere", "copain", "copine", "mari", "femme", "conjoint", "conjointe",
            "frere", "soeur", "oncle", "papa", "maman", "parents", "il", "elle", "ex", "compagnon",
        ],
        ["violence_fr"] =
        [
            "frappe", "frappee", "frappes", "frappent", "bat", "battu", "battue", "battent", "tape", "tapee",
            "menace", "menacee", "etrangle", "etranglee", "viole", "violee", "cogne", "enferme", "enfermee",
            "brutalise", "brutalisee", "gifle", "giflee",
        ],
        ["cible"] =
        [
            "le", "la", "les", "lui", "recruteur", "recruteuse", "recruteurs", "manager", "patron", "patronne",
            "chef", "rh", "tout le monde", "tous", "ce mec", "ce type", "cette meuf", "cet enfoire",
        ],

        // Hinglish: the many spellings of "not" and of "I want".
        ["nahi"] = ["nahi", "nahin", "nhi", "nai", "na", "ni"],
        ["chahta"] = ["chahta", "chahti", "chahata", "chahati", "chaahta", "chahte", "chahiye"],

        // Vietnamese: "không" and its texting forms; who hurts the person at home; whom a threat names.
        ["khong"] = ["khong", "ko", "k", "hong", "hok", "chang", "cha"],
        ["nguoinha"] =
        [
            "bo", "me", "ba", "cha", "chong", "vo", "ban trai", "ban gai", "nguoi yeu", "anh trai", "bo duong",
            "cha duong", "me ke", "ong ay", "ba ay",
        ],
        ["noilam"] = ["cong ty", "van phong", "phong van", "cho lam", "co quan", "truong"],
        ["chocao"] = ["san thuong", "noc nha", "cau", "nha cao tang", "toa nha", "lan can"],
        ["doituong"] =
        [
            "thang", "con", "no", "han", "tui no", "chung no", "nha tuyen dung", "nguoi phong van", "sep",
            "quan ly", "ong ta", "ba ta", "het", "ca",
        ],
    };

    /// <summary>
    /// Words that negate what follows. French "pas" stands before the verb it negates ("je ne vais pas me
    /// tuer"); a negation that belongs to the crisis meaning ("no quiero vivir") is written into its entry,
    /// which starts with it, so it is never read as negating that entry. Vietnamese texting "ko" is left out:
    /// it is also the Hindi "to" ("HR ko ... maar dunga").
    /// </summary>
    private static string[] OtherLanguageNegators => ["nao", "nunca", "jamas", "jamais", "khong", "pas", "chang"];

    private static string[] OtherLanguageNegationBridges =>
        ["voy", "a", "quiero", "pienso", "vou", "quero", "vais", "veux", "muon", "lo", "la"];
}
