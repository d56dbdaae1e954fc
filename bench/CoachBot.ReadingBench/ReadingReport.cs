using System.Globalization;

namespace CoachBot.ReadingBench;

/// <summary>Per field: of the stories that said it, how many were read right, read wrong, or left to ask; of the rest, how many were given a value never said.</summary>
public sealed class ReadingReport
{
    private readonly Dictionary<(Field, Verdict), int> counts = [];

    public void Add(Field field, Verdict verdict) =>
        counts[(field, verdict)] = Count(field, verdict) + 1;

    public int Count(Field field, Verdict verdict) => counts.GetValueOrDefault((field, verdict));

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| field | said | right | wrong | asked | right % of said | not said | invented | unscored |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        int right = 0, wrong = 0, asked = 0, invented = 0;
        foreach (var field in Enum.GetValues<Field>())
        {
            var said = Count(field, Verdict.Right) + Count(field, Verdict.Wrong) + Count(field, Verdict.Asked);
            right += Count(field, Verdict.Right);
            wrong += Count(field, Verdict.Wrong);
            asked += Count(field, Verdict.Asked);
            invented += Count(field, Verdict.Invented);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {field.ToString().ToLowerInvariant()} | {said} | {Count(field, Verdict.Right)} | {Count(field, Verdict.Wrong)} | {Count(field, Verdict.Asked)} | {Percent(Count(field, Verdict.Right), said)} | {Count(field, Verdict.Quiet) + Count(field, Verdict.Invented)} | {Count(field, Verdict.Invented)} | {Count(field, Verdict.Unscored)} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | {right + wrong + asked} | {right} | {wrong} | {asked} | {Percent(right, right + wrong + asked)} | | {invented} | |"));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}");
}
