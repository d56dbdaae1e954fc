using System.Runtime.InteropServices;
using CoachBot.Safety.Semantic;
using Google.Protobuf;
using Onnx;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// Rewrites the package's float32 all-MiniLM-L6-v2 graph into the int8 one the process loads
/// (<see cref="MiniLmEmbedder.QuantizedModelFileName"/>): 87 MiB of weights become 22 MiB, ONNX Runtime holds
/// no float32 copy of them, and a sentence takes about half the time.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The word-embedding table (30,522 × 384, half the weights) is stored as int8 rows, each with its own
/// scale. The lookup gathers the int8 rows and the scales of the tokens asked for and multiplies only those:
/// the table itself is never dequantized.</item>
/// <item>Every MatMul with a constant 2-D weight becomes com.microsoft <c>MatMulNBits</c> with 8-bit weights in
/// blocks of 32, each block with its own scale (ONNX Runtime's weight-only quantization): no float32 copy of a
/// weight is kept or made. Activations are quantized per block of each token's row, so a sentence's result
/// does not depend on the other sentences or the padding in its batch. (Measured and not shipped:
/// <c>DynamicQuantizeMatMul</c>, one activation scale for the whole input, cosine 0.97 at worst against
/// float32, moved a few crisis messages across the thresholds; 4-bit blocks, cosine 0.87 at worst.)</item>
/// <item>The pooler output (a Gemm and a Tanh on the first token) is never read, so it is removed.</item>
/// </list>
/// The result depends only on the source model's bytes: the same input gives the same output bytes, so the
/// shipped file can be checked against a fresh quantization (<see cref="QuantizedModelTests"/>). It lives with the
/// tests, not in the app: the app only runs the model it ships and carries no tool to build one.
/// </remarks>
public static class MiniLmQuantizer
{
    private const string MicrosoftDomain = "com.microsoft";

    /// <summary>Largest magnitude of a quantized value: symmetric 8 bits.</summary>
    private const float Levels = 127f;

    /// <summary>The zero point of the uint8 weights: −127…127 is stored as 1…255. MatMulNBits assumes 128 for 8 bits when none is given.</summary>
    private const byte WeightZeroPoint = 128;

    /// <summary>Weights per scale: 32, the block size ONNX Runtime's own quantizer uses by default.</summary>
    private const int BlockSize = 32;

    /// <summary>
    /// MatMulNBits' <c>accuracy_level</c> 4: the activations are quantized to int8 per block of each row and
    /// multiplied as integers. Measured on the example bank against float32: cosine 0.9984 at worst (0.9998
    /// with float arithmetic, level 1, at four times the time per sentence).
    /// </summary>
    private const int AccuracyLevel = 4;

    /// <summary>The int8 model's bytes, made from the float32 model's.</summary>
    public static byte[] Quantize(byte[] float32Model)
    {
        var model = ModelProto.Parser.ParseFrom(float32Model);
        Quantize(model.Graph);
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        model.ProducerName = "CoachBot MiniLmQuantizer";
        model.ProducerVersion = "1";
        return model.ToByteArray();
    }

    private static void Quantize(GraphProto graph)
    {
        KeepOnlyOutput(graph, MiniLmEmbedder.TokenEmbeddingsOutput);
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var rewritten = new List<NodeProto>(graph.Node.Count);
        foreach (var node in graph.Node)
        {
            if (node.OpType == "Gather" && node.Input.Count == 2 && initializers.TryGetValue(node.Input[0], out var table)
                && table.Name == "embeddings.word_embeddings.weight")
            {
                rewritten.AddRange(QuantizedLookup(node, table, graph));
            }
            else if (node.OpType == "MatMul" && initializers.TryGetValue(node.Input[1], out var weight) && weight.Dims.Count == 2
                && weight.DataType == (int)TensorProto.Types.DataType.Float)
            {
                rewritten.Add(QuantizedMatMul(node, weight, graph));
            }
            else
            {
                rewritten.Add(node);
            }
        }

        graph.Node.Clear();
        graph.Node.AddRange(rewritten);
        RemoveUnusedInitializers(graph);
    }

    /// <summary>
    /// <c>Gather(table, ids)</c> becomes <c>Cast(Gather(int8 table, ids)) × Gather(row scales, ids)</c>; the scales
    /// are stored as a column (rows × 1) so that their gather broadcasts over the 384 dimensions.
    /// </summary>
    private static IEnumerable<NodeProto> QuantizedLookup(NodeProto gather, TensorProto table, GraphProto graph)
    {
        var rows = checked((int)table.Dims[0]);
        var columns = checked((int)table.Dims[1]);
        var values = FloatsOf(table);
        var quantized = new sbyte[values.Length];
        var scales = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            scales[row] = QuantizeSymmetric(values.AsSpan(row * columns, columns), quantized.AsSpan(row * columns, columns), Levels);
        }

        var name = table.Name;
        graph.Initializer.Remove(table);
        graph.Initializer.Add(Int8Tensor(name + "_int8", [rows, columns], quantized));
        graph.Initializer.Add(FloatTensor(name + "_scale", [rows, 1], scales));

        var ids = gather.Input[1];
        var output = gather.Output[0];
        yield return Node("Gather", gather.Name + "_int8", [name + "_int8", ids], [output + "_int8"]);
        yield return Node("Gather", gather.Name + "_scale", [name + "_scale", ids], [output + "_scale"]);
        var cast = Node("Cast", gather.Name + "_cast", [output + "_int8"], [output + "_float"]);
        cast.Attribute.Add(IntAttribute("to", (long)TensorProto.Types.DataType.Float));
        yield return cast;
        yield return Node("Mul", gather.Name + "_dequantize", [output + "_float", output + "_scale"], [output]);
    }

    /// <summary>
    /// <c>MatMul(x, W)</c> becomes com.microsoft <c>MatMulNBits(x, W as 8-bit blocks, block scales)</c>: W is stored
    /// transposed, each output column in blocks of <see cref="BlockSize"/> weights with a scale of their own.
    /// </summary>
    private static NodeProto QuantizedMatMul(NodeProto matMul, TensorProto weight, GraphProto graph)
    {
        var rows = checked((int)weight.Dims[0]);
        var columns = checked((int)weight.Dims[1]);
        if (rows % BlockSize != 0)
        {
            throw new InvalidDataException($"{weight.Name} has {rows} rows, not a multiple of {BlockSize}.");
        }

        var values = FloatsOf(weight);
        var blocks = rows / BlockSize;
        var quantized = new byte[columns * rows];
        var scales = new float[columns * blocks];
        var block = new float[BlockSize];
        var blockQuantized = new sbyte[BlockSize];
        for (var c = 0; c < columns; c++)
        {
            for (var b = 0; b < blocks; b++)
            {
                // A block runs down a column, which is strided in the row-major weight.
                for (var r = 0; r < BlockSize; r++)
                {
                    block[r] = values[(((b * BlockSize) + r) * columns) + c];
                }

                scales[(c * blocks) + b] = QuantizeSymmetric(block, blockQuantized, Levels);
                for (var r = 0; r < BlockSize; r++)
                {
                    quantized[(((c * blocks) + b) * BlockSize) + r] = (byte)(blockQuantized[r] + WeightZeroPoint);
                }
            }
        }

        var name = weight.Name;
        graph.Initializer.Remove(weight);
        graph.Initializer.Add(Tensor(name + "_uint8", TensorProto.Types.DataType.Uint8, [columns, blocks, BlockSize], quantized));
        graph.Initializer.Add(FloatTensor(name + "_scale", [columns * blocks], scales));
        var node = Node("MatMulNBits", matMul.Name + "_quantized", [matMul.Input[0], name + "_uint8", name + "_scale"], [matMul.Output[0]]);
        node.Domain = MicrosoftDomain;
        node.Attribute.Add(IntAttribute("K", rows));
        node.Attribute.Add(IntAttribute("N", columns));
        node.Attribute.Add(IntAttribute("bits", 8));
        node.Attribute.Add(IntAttribute("block_size", BlockSize));
        node.Attribute.Add(IntAttribute("accuracy_level", AccuracyLevel));
        return node;
    }

    /// <summary>Rounds <paramref name="values"/> to multiples of one scale, so the largest magnitude maps to <paramref name="levels"/>; returns the scale.</summary>
    private static float QuantizeSymmetric(ReadOnlySpan<float> values, Span<sbyte> quantized, float levels)
    {
        var largest = 0f;
        foreach (var value in values)
        {
            largest = MathF.Max(largest, MathF.Abs(value));
        }

        // An all-zero row or column: any scale reproduces it; 1 keeps the arithmetic finite.
        var scale = largest > 0f ? largest / levels : 1f;
        for (var i = 0; i < values.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp(MathF.Round(values[i] / scale, MidpointRounding.ToEven), -levels, levels);
        }

        return scale;
    }

    /// <summary>Drops every graph output but <paramref name="kept"/>, then the nodes nothing needs any more.</summary>
    private static void KeepOnlyOutput(GraphProto graph, string kept)
    {
        var output = graph.Output.Single(o => o.Name == kept);
        graph.Output.Clear();
        graph.Output.Add(output);

        var needed = new HashSet<string>([kept], StringComparer.Ordinal);
        var live = new List<NodeProto>();
        foreach (var node in graph.Node.Reverse())
        {
            if (node.Output.Any(needed.Contains))
            {
                live.Add(node);
                needed.UnionWith(node.Input.Where(i => i.Length > 0));
            }
        }

        live.Reverse();
        graph.Node.Clear();
        graph.Node.AddRange(live);
    }

    private static void RemoveUnusedInitializers(GraphProto graph)
    {
        var used = graph.Node.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var unused = graph.Initializer.Where(t => !used.Contains(t.Name)).ToList();
        foreach (var tensor in unused)
        {
            graph.Initializer.Remove(tensor);
        }
    }

    private static float[] FloatsOf(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];

    private static TensorProto Int8Tensor(string name, long[] dims, sbyte[] values) =>
        Tensor(name, TensorProto.Types.DataType.Int8, dims, MemoryMarshal.AsBytes(values.AsSpan()));

    private static TensorProto FloatTensor(string name, long[] dims, float[] values) =>
        Tensor(name, TensorProto.Types.DataType.Float, dims, MemoryMarshal.AsBytes(values.AsSpan()));

    /// <summary>A tensor with its values as raw little-endian bytes, as ONNX stores them.</summary>
    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, ReadOnlySpan<byte> values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(values) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static AttributeProto IntAttribute(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    private static NodeProto Node(string opType, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }
}
