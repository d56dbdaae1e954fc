using System.Text;
using static TorchSharp.torch;

namespace CoachBot.EncoderTuning;

/// <summary>
/// The adapters as a small file: "CBLORA1", the scale s, then for each adapted weight its name, in, out, rank and
/// A ([rank, in]) and B ([out, rank]) as little-endian float32. Merged: W[in, out] + s·(B·A)ᵀ.
/// </summary>
public static class AdapterFile
{
    public const string Magic = "CBLORA1";

    public static void Write(string path, MiniLmEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        using var file = File.Create(path);
        using var writer = new BinaryWriter(file, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write((float)encoder.Scale);
        writer.Write(encoder.Adapters.Count);
        foreach (var adapter in encoder.Adapters.Values.OrderBy(a => a.WeightName, StringComparer.Ordinal))
        {
            writer.Write(adapter.WeightName);
            writer.Write((int)adapter.A.shape[1]);
            writer.Write((int)adapter.B.shape[0]);
            writer.Write((int)adapter.A.shape[0]);
            foreach (var value in adapter.A.data<float>())
            {
                writer.Write(value);
            }

            foreach (var value in adapter.B.data<float>())
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>An encoder over <paramref name="weights"/> carrying the adapters of the file at <paramref name="path"/>.</summary>
    public static MiniLmEncoder Load(string path, MiniLmWeights weights)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not an encoder adapter file.");
        }

        var scale = reader.ReadSingle();
        var entries = new List<(string Name, int Rank, float[] A, float[] B)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var name = reader.ReadString();
            var (inputs, outputs, rank) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            entries.Add((name, rank, Floats(reader, rank * inputs), Floats(reader, outputs * rank)));
        }

        // encoder.layer.N.<target>.weight → <target>
        var targets = entries.Select(e => string.Join('.', e.Name.Split('.')[3..^1])).Distinct(StringComparer.Ordinal).ToArray();
        var rankOfAll = entries[0].Rank;
        var encoder = new MiniLmEncoder(weights, targets, rankOfAll, scale * rankOfAll);
        using var noGrad = no_grad();
        foreach (var (name, _, a, b) in entries)
        {
            var adapter = encoder.Adapters[name];
            adapter.A.copy_(tensor(a, adapter.A.shape));
            adapter.B.copy_(tensor(b, adapter.B.shape));
        }

        return encoder;
    }

    private static float[] Floats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}
