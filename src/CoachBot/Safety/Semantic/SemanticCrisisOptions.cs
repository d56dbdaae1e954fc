namespace CoachBot.Safety.Semantic;

/// <summary>Where the semantic crisis layer finds its labelled example bank.</summary>
public sealed class SemanticCrisisOptions
{
    public const string Section = "CoachBot:Safety:Semantic";

    /// <summary>The bank shipped with the app, beside the binaries.</summary>
    public static string DefaultExamplesPath => Path.Combine(AppContext.BaseDirectory, "Safety", "Semantic", "examples.tsv");

    /// <summary>A career office's own bank, or empty for the one shipped with the app.</summary>
    public string? ExamplesPath { get; set; }

    public string ResolvedExamplesPath => ExamplesPath is { Length: > 0 } configured ? configured : DefaultExamplesPath;
}
