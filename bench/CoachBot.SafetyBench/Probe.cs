using System.Globalization;
using CoachBot.Safety;
using CoachBot.Safety.Concepts;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.SafetyBench;

/// <summary>
/// How each layer reads sentences given on the command line (<c>--probe TEXT...</c>): the lexical and the concept layer's levels, then
/// every piece the semantic layer embeds, with its nearest examples' cosines, the head's probability and the
/// verdict. For writing tests with sentences of one's own; it prints the text given, so never a corpus.
/// </summary>
public static class Probe
{
    public static int Run(IReadOnlyList<string> texts, TextWriter output)
    {
        var model = SemanticModel.LoadShared(SemanticCrisisOptions.DefaultExamplesPath, NullLogger.Instance);
        var lexical = new CrisisDetector();
        var concepts = new ConceptCrisisAssessor(ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath));
        foreach (var text in texts)
        {
            var concept = concepts.AssessAsync(text, [], CancellationToken.None).AsTask().GetAwaiter().GetResult();
            output.WriteLine($"{text}\n  lexical {lexical.Assess(text, []).Level}, concepts {concept.Level} {concept.Kind}");
            if (!SemanticCrisisAssessor.IsWorthReading(text))
            {
                output.WriteLine("  not read by the semantic layer");
                continue;
            }

            var (pieces, sentences) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(text));
            var embeddings = model.Embedder.Embed(pieces, CancellationToken.None);
            for (var i = 0; i < pieces.Length; i++)
            {
                var nearest = NearestExamples.In(model.Bank, embeddings[i]);
                var probability = model.Head.CrisisProbability(embeddings[i]);
                var raised = CrisisHead.Raise(nearest.Verdict(), nearest, probability, HeadThresholds.Default);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(i < sentences ? "sentence" : "clause")} \"{pieces[i]}\": crisis {nearest.Crisis:F2}/{nearest.SecondCrisis:F2} check {nearest.Check:F2} none {nearest.None:F2}/{nearest.SecondNone:F2} nearest {nearest.Verdict().Level}, head {probability:F3} -> {raised.Level}"));
            }
        }

        return 0;
    }
}
