using System.Text;

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
}
