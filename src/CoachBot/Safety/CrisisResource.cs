namespace CoachBot.Safety;

/// <summary>One line a person in crisis can reach: configured per organisation, with US defaults.</summary>
public sealed class CrisisResource
{
    public const string UsEmergencyNumber = "911";

    /// <summary>E.g. "988 Suicide & Crisis Lifeline".</summary>
    public string Name { get; set; } = string.Empty;
    /// <summary>How to reach it, e.g. "call or text 988, or chat at 988lifeline.org".</summary>
    public string Contact { get; set; } = string.Empty;
    /// <summary>E.g. "24/7"; unset when not known.</summary>
    public string? Hours { get; set; }
    /// <summary>The concerns this line is for; empty: every concern.</summary>
    public List<ConcernKind> For { get; set; } = [];

    public bool Serves(ConcernKind kind) => For.Count == 0 || For.Contains(kind);

    public override string ToString() => Hours is { Length: > 0 } hours ? $"{Name}: {Contact} ({hours})" : $"{Name}: {Contact}";

    /// <summary>The national US lines, used unless an organisation lists its own.</summary>
    public static IReadOnlyList<CrisisResource> UsDefaults { get; } =
    [
        new() { Name = "988 Suicide & Crisis Lifeline", Contact = "call or text 988, or chat at 988lifeline.org", Hours = "24/7, free and confidential" },
        new() { Name = "Crisis Text Line", Contact = "text HOME to 741741", Hours = "24/7" },
        new() { Name = "National Domestic Violence Hotline", Contact = "call 1-800-799-7233 or text START to 88788", Hours = "24/7", For = [ConcernKind.Abuse] },
        new() { Name = "SAMHSA National Helpline", Contact = "call 1-800-662-4357", Hours = "24/7, free and confidential", For = [ConcernKind.SubstanceUse] },
    ];

    /// <summary>
    /// The same national lines for someone who writes Spanish: 988 and the Crisis Text Line have Spanish
    /// services of their own, and the two hotlines answer in Spanish too.
    /// </summary>
    public static IReadOnlyList<CrisisResource> UsDefaultsInSpanish { get; } =
    [
        new() { Name = "988 Lifeline en español", Contact = "llama al 988 y marca 2, envía AYUDA por mensaje de texto al 988 o chatea en 988lineadevida.org", Hours = "24/7, gratis y confidencial" },
        new() { Name = "Crisis Text Line en español", Contact = "envía AYUDA al 741741", Hours = "24/7" },
        new() { Name = "Línea Nacional sobre la Violencia Doméstica", Contact = "llama al 1-800-799-7233 (atienden en español) o envía START al 88788", Hours = "24/7", For = [ConcernKind.Abuse] },
        new() { Name = "Línea Nacional de Ayuda de SAMHSA", Contact = "llama al 1-800-662-4357 (atienden en español)", Hours = "24/7, gratis y confidencial", For = [ConcernKind.SubstanceUse] },
    ];
}
