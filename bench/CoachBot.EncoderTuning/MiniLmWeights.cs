using System.Runtime.InteropServices;
using CoachBot.Safety.Semantic;
using Onnx;

namespace CoachBot.EncoderTuning;

/// <summary>
/// The float32 weights of the package's all-MiniLM-L6-v2 graph by their BERT names. The export names its biases and
/// norms (<c>encoder.layer.0.attention.self.query.bias</c>) but not its MatMul weights (<c>927</c>): a weight is named
/// after the bias that the Add right after its MatMul adds (<c>….query.weight</c>), and kept as ONNX stores it,
/// [in, out] (y = x·W + b).
/// </summary>
public sealed class MiniLmWeights
{
    private readonly Dictionary<string, (long[] Dims, float[] Values)> tensors;

    private MiniLmWeights(Dictionary<string, (long[] Dims, float[] Values)> tensors) => this.tensors = tensors;

    public static MiniLmWeights FromPackage() => Read(MiniLmEmbedder.ReadPackagedModel());

    public static MiniLmWeights Read(byte[] onnxModel)
    {
        var graph = ModelProto.Parser.ParseFrom(onnxModel).Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var tensors = new Dictionary<string, (long[], float[])>(StringComparer.Ordinal);
        foreach (var tensor in graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float && char.IsLetter(t.Name[0])))
        {
            tensors[tensor.Name] = ([.. tensor.Dims], FloatsOf(tensor));
        }

        foreach (var matMul in graph.Node.Where(n => n.OpType == "MatMul" && initializers.ContainsKey(n.Input[1])))
        {
            var add = graph.Node.SingleOrDefault(n => n.OpType == "Add" && n.Input.Contains(matMul.Output[0]));
            var bias = add?.Input.SingleOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal));
            if (bias is null)
            {
                continue;
            }

            var weight = initializers[matMul.Input[1]];
            tensors[bias[..^".bias".Length] + ".weight"] = ([.. weight.Dims], FloatsOf(weight));
        }

        return new MiniLmWeights(tensors);
    }

    public (long[] Dims, float[] Values) this[string name] =>
        tensors.TryGetValue(name, out var tensor) ? tensor : throw new KeyNotFoundException($"The model has no weight {name}.");

    private static float[] FloatsOf(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];
}
