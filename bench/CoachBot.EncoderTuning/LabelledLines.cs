using CoachBot.Safety.Semantic;

namespace CoachBot.EncoderTuning;

/// <summary>A line to train or measure on: its text, its class (0 other, 1 distress, 2 crisis), its label word and its source file.</summary>
public sealed record LabelledLine(string Text, int Class, string Label, string Source)
{
    public const int Other = 0;
    public const int Distress = 1;
    public const int Crisis = 2;

    public static int ClassOf(string label) => label switch
    {
        "crisis" => Crisis,
        "distress" or "check" => Distress,
        _ => Other,
    };

    /// <summary>The semantic head's training lines (<see cref="HeadTrainingSet"/>: the bank and the English training rows).</summary>
    public static IReadOnlyList<LabelledLine> TrainingSet(string repository)
    {
        var set = HeadTrainingSet.Read(
            Path.Combine(repository, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"),
            Path.Combine(repository, "src", "CoachBot", "Safety", "Concepts", "training"),
            MlpSettings.Shipped);
        return [.. set.Lines.Select(line => new LabelledLine(line.Text, ClassOf(line.Label), line.Label, line.Source))];
    }

    /// <summary>
    /// A corpus file (label TAB kind TAB language TAB text, or the repository corpus's id TAB label TAB kind TAB language
    /// TAB text), English rows only: measured, never trained on.
    /// </summary>
    public static IReadOnlyList<LabelledLine> Corpus(string path) =>
        [.. File.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Select(columns => columns.Length == 5 ? columns[1..] : columns)
            .Where(columns => columns.Length == 4 && columns[2] == "en")
            .Select(columns => new LabelledLine(columns[3].Replace("\\n", "\n", StringComparison.Ordinal).Trim(), ClassOf(columns[0]), columns[0], Path.GetFileNameWithoutExtension(path)))];
}
