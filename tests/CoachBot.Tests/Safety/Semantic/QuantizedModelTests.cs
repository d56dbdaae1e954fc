using System.Security.Cryptography;
using System.Text.Json;
using CoachBot.Safety.Semantic;
using Onnx;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The semantic layer runs an 8-bit all-MiniLM-L6-v2 made from the package's float32 model by
/// <see cref="MiniLmQuantizer"/>: the shipped file must be exactly what the quantizer makes today, hold its
/// weights as 8-bit integers, and embed sentences close to where the float32 model puts them.
/// </summary>
public sealed class QuantizedModelTests
{
    /// <summary>Set to 1 to rewrite the shipped quantized model in the source tree.</summary>
    private const string RegenerateVariable = "COACHBOT_REGENERATE_QUANTIZED_MODEL";

    private const string RegenerateCommand = RegenerateVariable + "=1 dotnet test tests/CoachBot.Tests -c Debug --filter \"FullyQualifiedName~QuantizedModelTests\"";

    private static readonly Lazy<byte[]> Float32Model = new(MiniLmEmbedder.ReadPackagedModel);

    [Fact]
    public void The_shipped_model_is_what_the_quantizer_makes_of_the_package_model()
    {
        var quantized = MiniLmQuantizer.Quantize(Float32Model.Value);
        var shipped = SourceModelPath();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllBytes(shipped, quantized);
        }

        Assert.True(File.Exists(shipped), $"{shipped} is missing; run: {RegenerateCommand}");
        Assert.True(
            SHA256.HashData(quantized).AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(shipped))),
            $"{shipped} is not what MiniLmQuantizer makes now; run: {RegenerateCommand}, then regenerate the bank's embeddings: {ExampleBank.RegenerateCommand}");
        Assert.Equal(File.ReadAllBytes(shipped), File.ReadAllBytes(MiniLmEmbedder.QuantizedModelPath));
    }

    [Fact]
    public void The_quantizer_gives_the_same_bytes_every_time() =>
        Assert.Equal(MiniLmQuantizer.Quantize(Float32Model.Value), MiniLmQuantizer.Quantize(Float32Model.Value));

    [Fact]
    public void The_app_ships_the_model_but_no_tool_to_build_one()
    {
        // The quantizer and its ONNX graph library live in this test project: the app references neither, and
        // its dependency manifest (what a publish copies beside it) lists no such package.
        var app = typeof(MiniLmEmbedder).Assembly;
        Assert.DoesNotContain(app.GetReferencedAssemblies(), reference => reference.Name == "OnnxSharp");
        Assert.DoesNotContain(app.GetTypes(), type => type.Name == "MiniLmQuantizer");

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, $"{app.GetName().Name}.deps.json")));
        var libraries = manifest.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToList();
        Assert.Contains(libraries, library => library.StartsWith("Microsoft.ML.OnnxRuntime/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, library => library.StartsWith("OnnxSharp/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_weights_are_held_as_8_bit_integers_and_only_the_token_embeddings_are_computed()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(MiniLmEmbedder.QuantizedModelPath));
        var float32 = model.Graph.Initializer.Where(t => t.DataType == (int)TensorProto.Types.DataType.Float).Sum(t => (long)t.RawData.Length + (t.FloatData.Count * 4L));
        var eightBit = model.Graph.Initializer
            .Where(t => t.DataType is (int)TensorProto.Types.DataType.Int8 or (int)TensorProto.Types.DataType.Uint8)
            .Sum(t => (long)t.RawData.Length);

        // The float32 model: 90.9 MB of float32 initializers. Left in float32: biases, layer norms, the
        // position embeddings and the scales (about 2.4 MB).
        Assert.True(float32 < 3_000_000, $"{float32:N0} bytes of float32 weights");
        Assert.InRange(eightBit, 22_000_000, 23_500_000);
        // Six layers, each with its query, key, value, attention output and two feed-forward weights.
        Assert.Equal(36, model.Graph.Node.Count(n => n.OpType == "MatMulNBits" && n.Domain == "com.microsoft"));
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "MatMul" && model.Graph.Initializer.Any(t => t.Name == n.Input[1]));
        Assert.Equal([MiniLmEmbedder.TokenEmbeddingsOutput], model.Graph.Output.Select(o => o.Name));
    }

    [Fact]
    public void Sentences_land_where_the_float32_model_puts_them()
    {
        // Every 10th line of the example bank: crisis, check and everyday sentences in all its languages.
        var sentences = File.ReadLines(SemanticCrisisOptions.DefaultExamplesPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[2])
            .Where((_, i) => i % 10 == 0)
            .ToArray();
        var float32 = MiniLmEmbedder.Of(Float32Model.Value);

        var cosines = new List<double>();
        foreach (var batch in sentences.Chunk(32))
        {
            var expected = float32.Embed(batch, CancellationToken.None);
            var actual = MiniLmEmbedder.Shared.Embed(batch, CancellationToken.None);
            cosines.AddRange(expected.Zip(actual, (e, a) => e.Zip(a, (x, y) => (double)x * y).Sum()));
        }

        // Measured over the whole bank: minimum 0.9984, mean 0.9995.
        Assert.True(sentences.Length > 200, $"{sentences.Length} sentences");
        Assert.True(cosines.Min() > 0.997, $"minimum cosine {cosines.Min():F4}");
        Assert.True(cosines.Average() > 0.999, $"mean cosine {cosines.Average():F4}");
    }

    [Fact]
    public void A_sentence_gets_the_same_vector_alone_and_among_longer_ones()
    {
        const string Sentence = "i did not get the internship";
        var alone = Assert.Single(MiniLmEmbedder.Shared.Embed([Sentence], CancellationToken.None));

        var batch = MiniLmEmbedder.Shared.Embed(
            ["the recruiter said they went with someone who had more experience in data engineering", Sentence, "no"],
            CancellationToken.None);

        Assert.Equal(alone, batch[1]);
    }

    /// <summary>The shipped model in the source tree, found from the test's output directory upwards.</summary>
    private static string SourceModelPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var model = Path.Combine(directory.FullName, "src", "CoachBot", "Safety", "Semantic", MiniLmEmbedder.QuantizedModelFileName);
            if (File.Exists(model))
            {
                return model;
            }
        }

        // Run outside the repository: the copy beside the binaries was built from it.
        return MiniLmEmbedder.QuantizedModelPath;
    }
}
