using System.Security.Cryptography;
using CoachBot.Safety.Semantic;

namespace CoachBot.SafetyBench;

/// <summary>Embedded pieces kept between runs in a temporary file: the grid is re-run far more often than the text changes.</summary>
internal sealed class EmbeddingCache(string path)
{
    private readonly Dictionary<string, float[]> vectors = Load(path);
    private bool changed;

    /// <summary>
    /// A cache of its own for the model the app ships (its SHA-256 in the name), in the temporary folder: the cache is
    /// keyed by text, and the same text embeds elsewhere under a fine-tuned model.
    /// </summary>
    public static EmbeddingCache For(string name)
    {
        using var model = File.OpenRead(MiniLmEmbedder.QuantizedModelPath);
        return new EmbeddingCache(Path.Combine(Path.GetTempPath(), $"{name}-{Convert.ToHexString(SHA256.HashData(model))[..12]}.bin"));
    }

    public float[][] Embed(string[] pieces, ISentenceEmbedder embedder, CancellationToken ct)
    {
        var missing = pieces.Where(piece => !vectors.ContainsKey(piece)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var embedded = embedder.Embed(missing, ct);
            for (var i = 0; i < missing.Length; i++)
            {
                vectors[missing[i]] = embedded[i];
            }

            changed = true;
        }

        return [.. pieces.Select(piece => vectors[piece])];
    }

    public void Save()
    {
        if (!changed)
        {
            return;
        }

        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(vectors.Count);
        foreach (var (piece, vector) in vectors)
        {
            writer.Write(piece);
            writer.Write(vector.Length);
            foreach (var x in vector)
            {
                writer.Write(x);
            }
        }
    }

    private static Dictionary<string, float[]> Load(string path)
    {
        var loaded = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return loaded;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var piece = reader.ReadString();
            var vector = new float[reader.ReadInt32()];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            loaded[piece] = vector;
        }

        return loaded;
    }
}
