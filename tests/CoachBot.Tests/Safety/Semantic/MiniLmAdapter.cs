using System.Runtime.InteropServices;
using System.Text;
using Google.Protobuf;
using Onnx;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The encoder's fine-tuning, LoRA adapters trained offline by bench/CoachBot.EncoderTuning (the file
/// <c>src/CoachBot/Safety/Semantic/tuning/encoder-lora.bin</c>, in the repository, never copied beside the app), merged
/// into the package's float32 weights, W + s·(B·A)ᵀ: the package's graph with other numbers, the same operations, so a
/// sentence costs what it did. <see cref="MiniLmQuantizer"/> then makes the shipped 8-bit model of the result.
/// </summary>
/// <remarks>
/// The file: "CBLORA1", the scale s, the adapter count, then for each adapted weight its name
/// (<c>encoder.layer.N.attention.self.query.weight</c>), in, out, rank, A ([rank, in]) and B ([out, rank]) as
/// little-endian float32. The same merge as the tuning tool's AdapterMerge, which checks it against the TorchSharp
/// encoder carrying the adapters (cosine 1.000000).
/// </remarks>
public static class MiniLmAdapter
{
    private const string Magic = "CBLORA1";

    /// <summary>The adapter file in the source tree, found from the test's output directory upwards.</summary>
    public static string SourcePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var adapters = Path.Combine(directory.FullName, "src", "CoachBot", "Safety", "Semantic", "tuning", "encoder-lora.bin");
            if (File.Exists(adapters))
            {
                return adapters;
            }
        }

        throw new FileNotFoundException("The encoder's adapters (src/CoachBot/Safety/Semantic/tuning/encoder-lora.bin) were not found above the test's output directory.");
    }

    /// <summary>The float32 model <paramref name="float32Model"/> with the adapters of <paramref name="adapterFile"/> added to its weights.</summary>
    public static byte[] Merge(byte[] float32Model, byte[] adapterFile)
    {
        var model = ModelProto.Parser.ParseFrom(float32Model);
        var weights = WeightsByName(model.Graph);
        using var reader = new BinaryReader(new MemoryStream(adapterFile), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not an encoder adapter file.");
        }

        var scale = reader.ReadSingle();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var name = reader.ReadString();
            var (inputs, outputs, rank) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var a = ReadFloats(reader, rank * inputs);
            var b = ReadFloats(reader, outputs * rank);
            var weight = weights.TryGetValue(name, out var found) ? found : throw new InvalidDataException($"The model has no weight {name}.");
            if (weight.Dims[0] != inputs || weight.Dims[1] != outputs)
            {
                throw new InvalidDataException($"{name} is [{string.Join(", ", weight.Dims)}], the adapter [{inputs}, {outputs}].");
            }

            var values = MemoryMarshal.Cast<byte, float>(weight.RawData.Span).ToArray();
            for (var i = 0; i < inputs; i++)
            {
                for (var o = 0; o < outputs; o++)
                {
                    var delta = 0f;
                    for (var r = 0; r < rank; r++)
                    {
                        delta += b[(o * rank) + r] * a[(r * inputs) + i];
                    }

                    values[(i * outputs) + o] += scale * delta;
                }
            }

            weight.RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values.AsSpan()));
        }

        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException("The adapter file has bytes after its last adapter.");
        }

        return model.ToByteArray();
    }

    /// <summary>
    /// The graph's MatMul weights by their BERT names. The export names its biases (<c>encoder.layer.0.attention.self.query.bias</c>)
    /// but not its MatMul weights (<c>927</c>): a weight takes the name of the bias the Add right after its MatMul adds.
    /// Stored as ONNX keeps them, [in, out].
    /// </summary>
    public static Dictionary<string, TensorProto> WeightsByName(GraphProto graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var named = new Dictionary<string, TensorProto>(StringComparer.Ordinal);
        foreach (var matMul in graph.Node.Where(n => n.OpType == "MatMul" && initializers.ContainsKey(n.Input[1])))
        {
            var bias = graph.Node.SingleOrDefault(n => n.OpType == "Add" && n.Input.Contains(matMul.Output[0]))?
                .Input.SingleOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal));
            if (bias is not null)
            {
                named[bias[..^".bias".Length] + ".weight"] = initializers[matMul.Input[1]];
            }
        }

        return named;
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
