using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The labelled examples a message is compared with: one line each, <c>level TAB kind TAB sentence</c>
/// (see examples.tsv), with their embeddings stored row after row in one array. Embedding a bank of a few
/// thousand lines takes many seconds, so the bank ships with its embeddings precomputed beside it
/// (<see cref="EmbeddingsPathOf"/>), tied to the bank's exact text by its SHA-256.
/// </summary>
public sealed partial class ExampleBank
{
    /// <summary>
    /// Regenerates the shipped embeddings after the bank changes (a unit test fails until then).
    /// </summary>
    public const string RegenerateCommand = "COACHBOT_REGENERATE_SEMANTIC_EMBEDDINGS=1 dotnet test tests/CoachBot.Tests -c Debug --filter \"FullyQualifiedName~ShippedEmbeddings\"";

    /// <summary>The first bytes of an embeddings file: what it is and the layout's version.</summary>
    private static ReadOnlySpan<byte> EmbeddingsMagic => "CBSEMB1\n"u8;

    /// <summary>The first example, embedded now, must lie this close to its stored vector: else the model changed since.</summary>
    private const float SameModelCosine = 0.99f;

    /// <summary>Embedded in batches: fewer calls, little padding, since the sentences are short.</summary>
    private const int EmbedBatch = 32;

    /// <summary>Banks already embedded in this process, by the SHA-256 of their file: each test host reuses them.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<ExampleBank>> Loaded = new(StringComparer.Ordinal);

    private ExampleBank(SafetySignal[] signals, float[] vectors, int dimensions)
    {
        Signals = signals;
        Vectors = vectors;
        Dimensions = dimensions;
    }

    /// <summary>Each example's label, in file order.</summary>
    public IReadOnlyList<SafetySignal> Signals { get; }

    /// <summary>Example i's unit vector is <c>Vectors[(i * Dimensions)..((i + 1) * Dimensions)]</c>.</summary>
    public float[] Vectors { get; }

    public int Dimensions { get; }

    public int Count => Signals.Count;

    /// <summary>This bank without the examples <paramref name="leftOut"/> picks by index: for validation on lines held apart.</summary>
    public ExampleBank Without(Func<int, bool> leftOut)
    {
        var kept = Enumerable.Range(0, Count).Where(i => !leftOut(i)).ToArray();
        var vectors = new float[kept.Length * Dimensions];
        for (var k = 0; k < kept.Length; k++)
        {
            Vectors.AsSpan(kept[k] * Dimensions, Dimensions).CopyTo(vectors.AsSpan(k * Dimensions));
        }

        return new ExampleBank([.. kept.Select(i => Signals[i])], vectors, Dimensions);
    }

    /// <summary>This bank with more examples after its own: for validation of a larger bank.</summary>
    /// <param name="signals">The new examples' labels.</param>
    /// <param name="vectors">Their unit embeddings, row after row, of this bank's dimensions.</param>
    public ExampleBank With(IReadOnlyList<SafetySignal> signals, ReadOnlySpan<float> vectors)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (vectors.Length != signals.Count * Dimensions)
        {
            throw new ArgumentException("One embedding of the bank's dimensions per label is needed.", nameof(vectors));
        }

        return new ExampleBank([.. Signals, .. signals], [.. Vectors, .. vectors], Dimensions);
    }

    /// <summary>The bank at <paramref name="path"/>, embedded once per process for each distinct content.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or malformed; the message says where.</exception>
    public static ExampleBank LoadShared(string path, ISentenceEmbedder embedder, ILogger logger)
    {
        var content = Read(path);
        var digest = Convert.ToHexString(SHA256.HashData(content));
        return Loaded.GetOrAdd(digest, _ => new Lazy<ExampleBank>(() => Create(path, content, embedder, logger))).Value;
    }

    /// <summary>
    /// A bank read from <paramref name="path"/>, with the embeddings shipped beside it when they are its own,
    /// else embedded now (with a warning: start-up is slower).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or malformed; the message says where.</exception>
    public static ExampleBank Load(string path, ISentenceEmbedder embedder, ILogger logger) => Create(path, Read(path), embedder, logger);

    /// <summary>Where the precomputed embeddings of the bank at <paramref name="bankPath"/> are: beside it, same name.</summary>
    public static string EmbeddingsPathOf(string bankPath) => Path.ChangeExtension(bankPath, ".embeddings.bin");

    /// <summary>The SHA-256 of the bank text that the embeddings file at <paramref name="embeddingsPath"/> was made from.</summary>
    /// <exception cref="InvalidDataException">The file is not an embeddings file.</exception>
    public static byte[] DigestOfEmbeddings(string embeddingsPath)
    {
        using var file = File.OpenRead(embeddingsPath);
        var header = new byte[EmbeddingsMagic.Length + SHA256.HashSizeInBytes];
        file.ReadExactly(header);
        return header.AsSpan(0, EmbeddingsMagic.Length).SequenceEqual(EmbeddingsMagic)
            ? header[EmbeddingsMagic.Length..]
            : throw new InvalidDataException($"{embeddingsPath} is not a semantic crisis layer embeddings file.");
    }

    /// <summary>
    /// Embeds the bank at <paramref name="bankPath"/> and writes its embeddings beside it: magic, the SHA-256 of
    /// the bank's bytes, the number of examples and dimensions (int32, little-endian), then the float32 vectors.
    /// </summary>
    public static void WriteEmbeddings(string bankPath, ISentenceEmbedder embedder)
    {
        var content = Read(bankPath);
        var (sentences, _) = Parse(bankPath, content);
        var (vectors, dimensions) = Embed(sentences, embedder);
        using var file = File.Create(EmbeddingsPathOf(bankPath));
        file.Write(EmbeddingsMagic);
        file.Write(SHA256.HashData(content));
        Span<byte> sizes = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(sizes, sentences.Count);
        BinaryPrimitives.WriteInt32LittleEndian(sizes[4..], dimensions);
        file.Write(sizes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The embeddings file is written little-endian.");
        }

        file.Write(MemoryMarshal.AsBytes(vectors.AsSpan()));
    }

    private static byte[] Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The semantic crisis layer's example bank {path} cannot be read ({e.GetType().Name}); set {SemanticCrisisOptions.Section}:ExamplesPath or restore the file shipped with the app.", e);
        }
    }

    private static ExampleBank Create(string path, byte[] content, ISentenceEmbedder embedder, ILogger logger)
    {
        var (sentences, signals) = Parse(path, content);
        var embeddingsPath = EmbeddingsPathOf(path);
        var (shipped, problem) = ReadEmbeddings(embeddingsPath, SHA256.HashData(content), sentences.Count);
        if (shipped is { } precomputed && !IsSameModel(precomputed.Vectors.AsSpan(0, precomputed.Dimensions), sentences[0], embedder))
        {
            (shipped, problem) = (null, "they were made with another sentence model");
        }

        if (shipped is null)
        {
            LogEmbeddingBank(logger, embeddingsPath, problem, RegenerateCommand);
        }

        var (vectors, dimensions) = shipped ?? Embed(sentences, embedder);
        return new ExampleBank([.. signals], vectors, dimensions);
    }

    private static (float[] Vectors, int Dimensions) Embed(List<string> sentences, ISentenceEmbedder embedder)
    {
        var vectors = new List<float[]>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += EmbedBatch)
        {
            vectors.AddRange(embedder.Embed([.. sentences.Skip(start).Take(EmbedBatch)], CancellationToken.None));
        }

        var dimensions = vectors[0].Length;
        var flat = new float[vectors.Count * dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors[i].CopyTo(flat, i * dimensions);
        }

        return (flat, dimensions);
    }

    /// <summary>The embeddings at <paramref name="embeddingsPath"/> if they were made from exactly this bank; else why not.</summary>
    private static ((float[] Vectors, int Dimensions)? Embeddings, string Problem) ReadEmbeddings(string embeddingsPath, byte[] digest, int count)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(embeddingsPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"they cannot be read ({e.GetType().Name})");
        }

        var headerLength = EmbeddingsMagic.Length + SHA256.HashSizeInBytes + 8;
        if (bytes.Length < headerLength || !bytes.AsSpan(0, EmbeddingsMagic.Length).SequenceEqual(EmbeddingsMagic))
        {
            return (null, "the file is not an embeddings file");
        }

        if (!bytes.AsSpan(EmbeddingsMagic.Length, SHA256.HashSizeInBytes).SequenceEqual(digest))
        {
            return (null, "they were made from another version of the bank");
        }

        var sizes = bytes.AsSpan(EmbeddingsMagic.Length + SHA256.HashSizeInBytes);
        var (rows, dimensions) = (BinaryPrimitives.ReadInt32LittleEndian(sizes), BinaryPrimitives.ReadInt32LittleEndian(sizes[4..]));
        if (rows != count || dimensions <= 0 || bytes.Length - headerLength != (long)rows * dimensions * sizeof(float))
        {
            return (null, "the file is truncated or its sizes do not match the bank");
        }

        return ((MemoryMarshal.Cast<byte, float>(bytes.AsSpan(headerLength)).ToArray(), dimensions), "");
    }

    /// <summary>Whether <paramref name="stored"/>, the first example's shipped vector, is what the model makes of it now.</summary>
    private static bool IsSameModel(ReadOnlySpan<float> stored, string sentence, ISentenceEmbedder embedder)
    {
        var now = embedder.Embed([sentence], CancellationToken.None)[0];
        if (now.Length != stored.Length)
        {
            return false;
        }

        var cosine = 0f;
        for (var i = 0; i < now.Length; i++)
        {
            cosine += now[i] * stored[i];
        }

        return cosine >= SameModelCosine;
    }

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "The semantic crisis layer embeds its example bank at start-up, which takes seconds: the precomputed embeddings {EmbeddingsPath} are not used because {Problem}. To ship them: {Command}")]
    private static partial void LogEmbeddingBank(ILogger logger, string embeddingsPath, string problem, string command);

    /// <summary>The bank's sentences and labels; '#' starts a comment line.</summary>
    public static (List<string> Sentences, List<SafetySignal> Signals) Parse(string path, byte[] content)
    {
        var sentences = new List<string>();
        var signals = new List<SafetySignal>();
        using var reader = new StreamReader(new MemoryStream(content));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[2].Trim().Length == 0
                || !Enum.TryParse<ConcernLevel>(fields[0], ignoreCase: false, out var level) || !Enum.IsDefined(level)
                || !Enum.TryParse<ConcernKind>(fields[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
                || (level == ConcernLevel.None) != (kind == ConcernKind.None))
            {
                throw new InvalidDataException($"The semantic crisis layer's example bank {path} is malformed at line {number}: expected 'level<TAB>kind<TAB>sentence' with a level of None, Check or Crisis and a kind that is None exactly when the level is.");
            }

            sentences.Add(fields[2].Trim());
            signals.Add(new SafetySignal(level, kind));
        }

        if (!signals.Any(signal => signal.Level == ConcernLevel.Crisis) || !signals.Any(signal => signal.Level == ConcernLevel.None))
        {
            throw new InvalidDataException($"The semantic crisis layer's example bank {path} needs Crisis examples and None examples: it compares a message with both.");
        }

        return (sentences, signals);
    }
}
