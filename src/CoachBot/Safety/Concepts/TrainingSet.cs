namespace CoachBot.Safety.Concepts;

/// <summary>One labelled line: where it came from, its language, the level it should get, and its kind.</summary>
public sealed record TrainingLine(string Source, string Language, ConcernLevel Level, ConcernKind Kind, bool Figure, string Text);

/// <summary>
/// The labelled lines the concept classifier learns from, read from the tab-separated files the team keeps:
/// <c>level kind text</c> (English), <c>label kind language text</c>, or <c>id label kind language text</c>
/// with a header. Labels: crisis / Crisis, distress / Check, ordinary / figure / None. The measuring corpus's
/// held-out part is never among them (<see cref="Files"/>).
/// </summary>
public static class TrainingSet
{
    /// <summary>
    /// Training files for the semantic layer alone (its head, <c>HeadTrainingSet</c>, and the encoder's adapters), which the
    /// concept and n-gram layers do not learn from. Ninth round: fig-1 (English figures of speech, hard negatives and
    /// crisis lines phrased close to figures) raised the concept layer's hand-off bar 0.97 to 0.98 by its folds and
    /// cost 3 to 7.5 points of crisis recall in every other language, the n-gram layer's other-language readings moved within
    /// noise either way (bench/README.md, "Adapted encoder, ninth round"). Tenth round: fresh-10 and the ml-1 and ml-2 writers,
    /// each held apart in turn, gained nothing in the concept layer (ml-1 278 → 277 of 449 crisis lines, ml-2's other languages
    /// 241 → 236 of 360) and in the n-gram layer no more than its thresholds took back: trained on every file, its rule (above
    /// every ordinary line of every fold) raised pt 0.857 → 0.911 and vi 0.853 → 0.897, and the held-apart heads read with
    /// those thresholds handed off 654 of 989 crisis lines against 653 untrained on them, with 10 fewer distress lines checked
    /// (bench/README.md, "Tenth round"). Eleventh round: fresh-11 likewise, so that it stays a writer neither the concept nor
    /// the n-gram layer has seen, on which the rule that reads their checks together was measured (bench/README.md,
    /// "Eleventh round").
    /// </summary>
    public static IReadOnlySet<string> SemanticOnlyFiles { get; } =
        new HashSet<string>(["fig-1.tsv", "fresh-10-en.tsv", "fresh-10-other.tsv", "fresh-11-en.tsv", "fresh-11-other.tsv", "ml-1.tsv", "ml-2.tsv"], StringComparer.Ordinal);

    /// <summary>The training files under the repository at <paramref name="repositoryRoot"/>, in a fixed order.</summary>
    public static IReadOnlyList<string> Files(string repositoryRoot) =>
    [
        .. Directory.GetFiles(Path.Combine(repositoryRoot, "src", "CoachBot", "Safety", "Concepts", "training"), "*.tsv")
            .Where(path => !SemanticOnlyFiles.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal),
        Path.Combine(repositoryRoot, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"),
        Path.Combine(repositoryRoot, "bench", "CoachBot.SafetyBench", "corpus", "development.tsv"),
    ];

    public static IReadOnlyList<TrainingLine> Read(IEnumerable<string> files) => [.. files.SelectMany(ReadFile)];

    public static IEnumerable<TrainingLine> ReadFile(string path)
    {
        var source = Path.GetFileNameWithoutExtension(path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            var (label, kind, language, text) = columns.Length switch
            {
                3 => (columns[0], columns[1], "en", columns[2]),
                4 => (columns[0], columns[1], columns[2], columns[3]),
                5 => (columns[1], columns[2], columns[3], columns[4]),
                _ => throw new InvalidDataException($"{path}: a line with {columns.Length} columns."),
            };
            var level = label.ToLowerInvariant() switch
            {
                "crisis" => ConcernLevel.Crisis,
                "distress" or "check" => ConcernLevel.Check,
                "ordinary" or "figure" or "none" => ConcernLevel.None,
                _ => throw new InvalidDataException($"{path}: an unknown label '{label}'."),
            };
            yield return new TrainingLine(source, language.Trim(), level, Enum.Parse<ConcernKind>(kind, ignoreCase: true),
                label.Equals("figure", StringComparison.OrdinalIgnoreCase), text);
        }
    }
}
