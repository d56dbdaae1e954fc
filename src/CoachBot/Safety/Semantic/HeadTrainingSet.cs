using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// What <see cref="MlpCrisisHead"/> is trained on: every English line the team has, the semantic bank and the
/// English rows of the concept layer's training files (<c>Safety/Concepts/training/*.tsv</c>: blind writers'
/// crisis, distress, ordinary talk, figures of speech and hard negatives), each once (the first label of a text
/// wins), crisis against everything else. Never the corpus's held-out part, never a test's sentence.
/// </summary>
public sealed class HeadTrainingSet
{
    private HeadTrainingSet(IReadOnlyList<HeadTrainingLine> lines, byte[] digest)
    {
        Lines = lines;
        Digest = digest;
    }

    /// <summary>The source of a bank line no training file holds.</summary>
    public const string Bank = "bank";

    public IReadOnlyList<HeadTrainingLine> Lines { get; }

    /// <summary>The SHA-256 of the files read and the settings: a head trained from other lines or settings is stale.</summary>
    public byte[] Digest { get; }

    /// <summary>The bank at <paramref name="bankPath"/> and the training files in <paramref name="trainingDirectory"/>, for <paramref name="settings"/>.</summary>
    public static HeadTrainingSet Read(string bankPath, string trainingDirectory, MlpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        digest.AppendData(Encoding.UTF8.GetBytes(settings.ToString()));
        var lines = new List<HeadTrainingLine>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var bank = File.ReadAllBytes(bankPath);
        digest.AppendData(bank);
        var (sentences, signals) = ExampleBank.Parse(bankPath, bank);
        for (var i = 0; i < sentences.Count; i++)
        {
            Add(sentences[i], signals[i].Level switch { ConcernLevel.Crisis => "crisis", ConcernLevel.Check => "distress", _ => "ordinary" }, signals[i].Kind, Bank);
        }

        foreach (var path in Directory.GetFiles(trainingDirectory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(path);
            digest.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
            digest.AppendData(content);
            foreach (var line in Encoding.UTF8.GetString(content).Split('\n'))
            {
                // level TAB kind TAB text (a bank's format, English), or label TAB kind TAB language TAB text.
                var columns = line.TrimEnd('\r').Split('\t');
                if (line.StartsWith('#') || columns.Length is not (3 or 4) || (columns.Length == 4 && columns[2] != "en"))
                {
                    continue;
                }

                var label = columns[0].ToLowerInvariant() switch
                {
                    "crisis" => "crisis",
                    "check" or "distress" => "distress",
                    "figure" => "figure",
                    _ => "ordinary",
                };
                var kind = Enum.TryParse<ConcernKind>(columns[1], ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : ConcernKind.None;
                Add(columns[^1].Replace("\\n", "\n", StringComparison.Ordinal), label, kind, Path.GetFileNameWithoutExtension(path));
            }
        }

        return new HeadTrainingSet(lines, digest.GetHashAndReset());

        void Add(string text, string label, ConcernKind kind, string source)
        {
            if (text.Trim().Length == 0)
            {
                return;
            }

            if (seen.TryGetValue(KeyOf(text), out var known))
            {
                // A bank line a writer wrote: it belongs to that writer's group (for folds by writer).
                lines[known] = lines[known].Source == Bank ? lines[known] with { Source = source } : lines[known];
                return;
            }

            seen.Add(KeyOf(text), lines.Count);
            lines.Add(new HeadTrainingLine(text.Trim(), label, label switch
            {
                "crisis" => new SafetySignal(ConcernLevel.Crisis, kind == ConcernKind.None ? ConcernKind.SelfHarm : kind),
                "distress" => new SafetySignal(ConcernLevel.Check, kind == ConcernKind.None ? ConcernKind.AcuteDistress : kind),
                _ => SafetySignal.None,
            }, source));
        }
    }

    /// <summary>The same text, as the assessor would see it: lower case, one space between words.</summary>
    public static string KeyOf(string text) => SemanticCrisisAssessor.Normalize(text.Replace('\n', ' '));

    /// <summary>The lines' embeddings, row after row, in batches.</summary>
    public static float[] Embed(IReadOnlyList<string> texts, ISentenceEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(embedder);
        float[]? flat = null;
        const int batch = 32;
        for (var start = 0; start < texts.Count; start += batch)
        {
            var vectors = embedder.Embed([.. texts.Skip(start).Take(batch)], cancellationToken);
            flat ??= new float[texts.Count * vectors[0].Length];
            for (var i = 0; i < vectors.Length; i++)
            {
                vectors[i].CopyTo(flat, (start + i) * vectors[i].Length);
            }
        }

        return flat ?? [];
    }

    /// <summary>The head trained on these lines, embedded by <paramref name="embedder"/>.</summary>
    public MlpCrisisHead Train(ISentenceEmbedder embedder, MlpSettings settings, CancellationToken cancellationToken)
    {
        var vectors = Embed([.. Lines.Select(line => line.Text)], embedder, cancellationToken);
        return MlpCrisisHead.Train(vectors, vectors.Length / Lines.Count, [.. Lines.Select(line => line.IsCrisis ? 1f : 0f)], settings, Digest);
    }
}

/// <summary>One training line: its text, its label (crisis, distress, ordinary, figure), its level and kind, and which file it came from (for folds by writer).</summary>
public sealed record HeadTrainingLine(string Text, string Label, SafetySignal Signal, string Source)
{
    public bool IsCrisis => Signal.Level == ConcernLevel.Crisis;
}
