using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The labelled examples a message is compared with: one line each, <c>level TAB kind TAB sentence</c>
/// (see examples.tsv), with their embeddings stored row after row in one array.
/// </summary>
public sealed class ExampleBank
{
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

    /// <summary>The bank at <paramref name="path"/>, embedded once per process for each distinct content.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or malformed; the message says where.</exception>
    public static ExampleBank LoadShared(string path, ISentenceEmbedder embedder)
    {
        var content = Read(path);
        var digest = Convert.ToHexString(SHA256.HashData(content));
        return Loaded.GetOrAdd(digest, _ => new Lazy<ExampleBank>(() => Create(path, content, embedder))).Value;
    }

    /// <summary>A bank read from <paramref name="path"/> and embedded now.</summary>
    /// <exception cref="InvalidDataException">The file is missing, unreadable or malformed; the message says where.</exception>
    public static ExampleBank Load(string path, ISentenceEmbedder embedder) => Create(path, Read(path), embedder);

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

    private static ExampleBank Create(string path, byte[] content, ISentenceEmbedder embedder)
    {
        var (sentences, signals) = Parse(path, content);
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

        return new ExampleBank([.. signals], flat, dimensions);
    }

    /// <summary>The bank's sentences and labels; '#' starts a comment line.</summary>
    internal static (List<string> Sentences, List<SafetySignal> Signals) Parse(string path, byte[] content)
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
