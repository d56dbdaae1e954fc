using System.Globalization;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.EncoderTuning;

/// <summary>
/// Why a fine-tuned encoder does not drop into the semantic layer: the bank's nearest-example rules
/// (<see cref="NearestExamples"/>: crisis floor 0.56 and margin 0.15, check floor 0.54, the head's ceiling 0.70 on the
/// nearest ordinary or check example) were chosen on the package model's cosines. Reads a labelled file, whole lines,
/// against the bank embedded by the package model and by the model with the adapters: the verdicts by label and the
/// mean cosines the rules compare. Prints counts only, never a text.
/// </summary>
public static class BankGeometry
{
    public static int Run(string adapterPath, string file)
    {
        var weights = MiniLmWeights.FromPackage();
        var lines = LabelledLine.Corpus(file);
        using (var frozen = new MiniLmEncoder(weights, [], rank: 8, alpha: 16))
        {
            Report("package model", frozen, lines);
        }

        using var tuned = AdapterFile.Load(adapterPath, weights);
        Report("with the adapters", tuned, lines);
        return 0;
    }

    private static void Report(string name, MiniLmEncoder encoder, IReadOnlyList<LabelledLine> lines)
    {
        var embedder = new TorchEmbedder(encoder);
        var bank = ExampleBank.Load(SemanticCrisisOptions.DefaultExamplesPath, embedder, NullLogger.Instance);
        var vectors = embedder.Embed([.. lines.Select(l => l.Text)], CancellationToken.None);
        var readings = vectors.Select(v => NearestExamples.In(bank, v)).ToArray();
        Console.WriteLine($"== {name}");
        foreach (var label in new[] { "crisis", "distress", "ordinary", "figure" })
        {
            var of = readings.Where((_, i) => lines[i].Label == label).ToArray();
            var verdicts = of.Select(r => r.Verdict().Level).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label} ({of.Length}): bank verdict crisis {verdicts.Count(l => l == ConcernLevel.Crisis)}, check {verdicts.Count(l => l == ConcernLevel.Check)}; mean crisis pair {of.Average(r => (r.Crisis + r.SecondCrisis) / 2):F3}, ordinary pair {of.Average(r => (r.None + r.SecondNone) / 2):F3}, nearest ordinary or check ≥ 0.70 (the head's ceiling) {of.Count(r => Math.Max(r.None, r.Check) >= 0.70f)}"));
        }
    }

    /// <summary>The TorchSharp encoder as the layer's embedder (unit mean embeddings).</summary>
    private sealed class TorchEmbedder(MiniLmEncoder encoder) : ISentenceEmbedder
    {
        public float[][] Embed(string[] sentences, CancellationToken cancellationToken)
        {
            var flat = Trainer.Embed(encoder, new Tokenized(sentences), sentences.Length);
            return [.. Enumerable.Range(0, sentences.Length).Select(i => flat[(i * MiniLmEncoder.Hidden)..((i + 1) * MiniLmEncoder.Hidden)])];
        }
    }
}
