using System.Diagnostics;
using CoachBot.Safety.Semantic;
using static TorchSharp.torch;

namespace CoachBot.EncoderTuning;

/// <summary>
/// Stage 1: the TorchSharp encoder with no adapter must put sentences where ONNX Runtime puts them with the package's
/// float32 model (cosine above 0.9999), one at a time and in padded batches, or nothing trained on it means anything.
/// With an adapter file: the encoder carrying the adapters against ONNX Runtime on the merged model
/// (<see cref="AdapterMerge.Merge"/>), which checks the merge.
/// </summary>
public static class ForwardCheck
{
    public static int Run(int count, string? adapterPath)
    {
        var sentences = File.ReadLines(SemanticCrisisOptions.DefaultExamplesPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[2])
            .Where((_, i) => i % 10 == 0)
            .Take(count)
            .ToArray();
        var package = MiniLmEmbedder.ReadPackagedModel();
        var float32 = adapterPath is null ? package : AdapterMerge.Merge(package, File.ReadAllBytes(adapterPath));
        var expected = MiniLmEmbedder.Of(float32).Embed(sentences, CancellationToken.None);

        using var encoder = adapterPath is null
            ? new MiniLmEncoder(MiniLmWeights.Read(package), [], rank: 8, alpha: 16)
            : AdapterFile.Load(adapterPath, MiniLmWeights.Read(package));
        var tokenized = new Tokenized(sentences);
        var alone = new float[sentences.Length][];
        var batched = new float[sentences.Length][];
        var clock = Stopwatch.StartNew();
        using (no_grad())
        {
            for (var i = 0; i < sentences.Length; i++)
            {
                using var scope = NewDisposeScope();
                var (ids, mask) = tokenized.Batch([i]);
                alone[i] = encoder.Embed(ids, mask).data<float>().ToArray();
            }

            var aloneTime = clock.Elapsed;
            clock.Restart();
            foreach (var rows in Enumerable.Range(0, sentences.Length).Chunk(16))
            {
                using var scope = NewDisposeScope();
                var (ids, mask) = tokenized.Batch(rows);
                var vectors = encoder.Embed(ids, mask).data<float>().ToArray();
                for (var j = 0; j < rows.Length; j++)
                {
                    batched[rows[j]] = vectors[(j * MiniLmEncoder.Hidden)..((j + 1) * MiniLmEncoder.Hidden)];
                }
            }

            Console.WriteLine($"{sentences.Length} sentences: {aloneTime.TotalMilliseconds:F0} ms one by one, {clock.Elapsed.TotalMilliseconds:F0} ms in batches of 16");
        }

        var cosAlone = expected.Zip(alone, Cosine).ToArray();
        var cosBatched = expected.Zip(batched, Cosine).ToArray();
        Console.WriteLine($"cosine with ONNX Runtime float32, alone: min {cosAlone.Min():F6} mean {cosAlone.Average():F6}");
        Console.WriteLine($"cosine with ONNX Runtime float32, padded batches: min {cosBatched.Min():F6} mean {cosBatched.Average():F6}");
        var ok = cosAlone.Min() > 0.9999 && cosBatched.Min() > 0.9999;
        Console.WriteLine(ok ? "MATCH" : "NO MATCH");
        return ok ? 0 : 1;
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
