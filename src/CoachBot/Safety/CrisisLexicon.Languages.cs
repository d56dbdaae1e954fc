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
        // Spanish: who, and what they do ("mi papá me pega").
        ["abusador"] =
        [
            "padre", "papa", "madre", "mama", "novio", "novia", "pareja", "esposo", "esposa", "marido",
            "padrastro", "madrastra", "hermano", "hermana", "tio", "tia",
        ],
        ["violencia"] = ["pega", "pego", "golpea", "golpeo", "maltrata", "maltrato", "lastima", "lastimo", "amenaza", "amenazo", "ahorca", "patea", "abusa", "abuso", "viola", "violo"],
        // Spanish threats: the verb with the victim attached ("matarlo").
        ["matarlo"] = ["matarlo", "matarla", "matarlos", "matarlas", "lastimarlo", "lastimarla", "golpearlo", "golpearla", "apunalarlo"],
        ["matar"] = ["matar", "lastimar", "golpear", "apunalar", "disparar"],
    };

    private static string[] OtherLanguageNegators => ["nao", "nunca", "jamas", "jamais", "khong"];

    private static string[] OtherLanguageNegationBridges => ["voy", "a", "quiero", "vou", "quero"];
}
