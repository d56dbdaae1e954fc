using System.Runtime.InteropServices;
using CoachBot.Safety.Semantic;
using Onnx;

namespace CoachBot.EncoderTuning;

/// <summary>
/// The float32 weights of the package's all-MiniLM-L6-v2 graph by their BERT names: the biases and norms by their
/// own, the MatMul weights by <see cref="AdapterMerge.WeightsByName"/>, kept as ONNX stores them, [in, out] (y = x·W + b).
/// </summary>
public sealed class MiniLmWeights
{
    private readonly Dictionary<string, (long[] Dims, float[] Values)> tensors;

    private MiniLmWeights(Dictionary<string, (long[] Dims, float[] Values)> tensors) => this.tensors = tensors;

    public static MiniLmWeights FromPackage() => Read(MiniLmEmbedder.ReadPackagedModel());

    public static MiniLmWeights Read(byte[] onnxModel)
    {
        var graph = ModelProto.Parser.ParseFrom(onnxModel).Graph;
        var tensors = new Dictionary<string, (long[], float[])>(StringComparer.Ordinal);
        foreach (var tensor in graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float && char.IsLetter(t.Name[0])))
        {
            tensors[tensor.Name] = ([.. tensor.Dims], FloatsOf(tensor));
        }

        foreach (var (name, weight) in AdapterMerge.WeightsByName(graph))
        {
            tensors[name] = ([.. weight.Dims], FloatsOf(weight));
        }

        return new MiniLmWeights(tensors);
    }

    public (long[] Dims, float[] Values) this[string name] =>
        tensors.TryGetValue(name, out var tensor) ? tensor : throw new KeyNotFoundException($"The model has no weight {name}.");

    private static float[] FloatsOf(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];
}
