using System.Diagnostics;
using System.Globalization;
using CoachBot.Safety.Semantic;

namespace CoachBot.SafetyBench;

/// <summary>
/// What the semantic layer's head costs per typed message (<c>--head-cost</c>): the shipped head's probability over the
/// bank's own vectors, timed, times the mean number of pieces the layer embeds per message of the development part.
/// The embedding itself (milliseconds) is not counted: only what the head adds to it.
/// </summary>
public static class HeadCost
{
    public static int Run(TextWriter output)
    {
        var head = MlpCrisisHead.Read(MlpCrisisHead.DefaultPath);
        var bank = ExampleBank.LoadShared(SemanticCrisisOptions.DefaultExamplesPath, MiniLmEmbedder.Shared, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var pieces = Corpus.Read(Corpus.PathOf("development"))
            .Where(row => SemanticCrisisAssessor.IsWorthReading(row.Text))
            .Select(row => SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(row.Text)).Pieces.Length)
            .DefaultIfEmpty(0).Average();
        var sum = 0f;
        for (var i = 0; i < bank.Count; i++)
        {
            sum += head.CrisisProbability(bank.Vectors.AsSpan(i * bank.Dimensions, bank.Dimensions));
        }

        const int rounds = 5;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < bank.Count; i++)
            {
                sum += head.CrisisProbability(bank.Vectors.AsSpan(i * bank.Dimensions, bank.Dimensions));
            }
        }

        var perPieceCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (rounds * bank.Count);
        var perPieceWall = wall.Elapsed.TotalMicroseconds / (rounds * bank.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"head: {head.Hidden} hidden units over {head.Dimensions} inputs; {perPieceCpu:F1} µs CPU ({perPieceWall:F1} µs wall) per piece; {pieces:F2} pieces per read development message: {perPieceCpu * pieces:F0} µs CPU per message (checksum {sum:F1})"));
        return 0;
    }
}
