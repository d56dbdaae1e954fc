using System.Globalization;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.SafetyBench;

/// <summary>
/// Writer-held-apart validation of the semantic layer's settings: the bank's lines grouped by who wrote them
/// (one labelled file per writer, given with <c>--folds</c>; lines in none are the first bank's), plus the
/// development corpus's English rows. Each group in turn is read, as whole messages, by the nearest examples
/// and a head trained on the bank WITHOUT that group, and by the lexical detector; the guard's rule (the
/// highest level) combines them. Every setting of a grid is measured on every group, so a setting is chosen
/// on lines that built nothing it uses. Never the held-out part.
/// </summary>
public static class Folds
{
    private static readonly double[] RegularizationCs = [1, 3];
    private static readonly bool[] ReadsNearest = [false, true];
    private static readonly float[] CrisisWithCheck = [0.80f, 0.85f, 0.90f];
    private static readonly float[] CrisisAlone = [0.90f, 0.95f, 0.97f, 0.99f, 1.01f];
    private static readonly float[] CheckAlone = [0.5f, 0.7f, 0.9f, 1.01f];
    private static readonly float[] KnownOther = [0.75f, 0.80f, 0.85f, 1.01f];

    private sealed record Message(Label Label, string Text);

    private sealed record Fold(string Name, List<Message> Messages);

    private sealed record Tally(int Crisis, int CrisisCaught, int Distress, int DistressChecked, int Ordinary, int OrdinaryHandOffs, int OrdinaryChecks, int Figure, int FigureHandOffs)
    {
        public static Tally operator +(Tally a, Tally b) => new(
            a.Crisis + b.Crisis, a.CrisisCaught + b.CrisisCaught, a.Distress + b.Distress, a.DistressChecked + b.DistressChecked,
            a.Ordinary + b.Ordinary, a.OrdinaryHandOffs + b.OrdinaryHandOffs, a.OrdinaryChecks + b.OrdinaryChecks, a.Figure + b.Figure, a.FigureHandOffs + b.FigureHandOffs);
    }

    public static int Run(string bankPath, IReadOnlyList<string> writerFiles, TextWriter output, CancellationToken ct)
    {
        var embedder = MiniLmEmbedder.Shared;
        var (sentences, _) = ExampleBank.Parse(bankPath, File.ReadAllBytes(bankPath));
        var bank = ExampleBank.LoadShared(bankPath, embedder, NullLogger.Instance);
        var folds = writerFiles.Select(path => new Fold(Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(path))!, path), ReadWriterFile(path))).ToList();
        var written = folds.SelectMany(fold => fold.Messages.Select(message => Key(message.Text))).ToHashSet(StringComparer.Ordinal);
        folds.Insert(0, new Fold("first bank", [.. Enumerable.Range(0, bank.Count).Where(i => !written.Contains(Key(sentences[i])))
            .Select(i => new Message(LabelOf(bank.Signals[i].Level), sentences[i]))]));
        folds.Add(new Fold("development (en)", [.. Corpus.Read(Corpus.PathOf("development")).Where(row => row.Language == "en").Select(row => new Message(row.Label, row.Text))]));

        var cache = EmbeddingCache.For("coachbot-folds-embeddings");
        var lexical = new CrisisDetector();
        // For each fold and C: each message's lexical level and its pieces' readings.
        var readings = new Dictionary<(int Fold, double C, bool Nearest), (ConcernLevel Lexical, PieceReading[] Pieces, int Sentences)[]>();
        for (var f = 0; f < folds.Count; f++)
        {
            var keys = folds[f].Messages.Select(message => Key(message.Text)).ToHashSet(StringComparer.Ordinal);
            var without = bank.Without(i => keys.Contains(Key(sentences[i])));
            var embedded = folds[f].Messages.Select(message =>
            {
                if (!SemanticCrisisAssessor.IsWorthReading(message.Text))
                {
                    return ([], 0);
                }

                var (pieces, count) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message.Text));
                return (Embeddings: cache.Embed(pieces, embedder, ct), Sentences: count);
            }).ToList();
            var nearest = embedded.Select(message => message.Embeddings.Select(piece => NearestExamples.In(without, piece)).ToArray()).ToList();
            var levels = folds[f].Messages.Select(message => lexical.Assess(message.Text, []).Level).ToList();
            foreach (var c in RegularizationCs)
            {
                foreach (var readsNearest in ReadsNearest)
                {
                    var head = CrisisHead.Train(without, c, readsNearest);
                    readings[(f, c, readsNearest)] = [.. embedded.Select((message, m) => (
                        levels[m],
                        message.Embeddings.Select((piece, p) => new PieceReading(nearest[m][p], head.CrisisProbability(piece, nearest[m][p]))).ToArray(),
                        message.Sentences))];
                }
            }

            output.WriteLine($"fold {folds[f].Name}: {folds[f].Messages.Count} messages, bank {without.Count} of {bank.Count}");
        }

        cache.Save();
        output.WriteLine();
        output.WriteLine($"nearest\tC\tcrisisWithCheck\tcrisisAlone\tcheckAlone\tknownOther\tcrisis\tdistress\tordinaryHandOffs\tordinaryChecks\tfigureHandOffs\t{string.Join('\t', folds.Select(fold => fold.Name))}");
        foreach (var (c, readsNearest) in RegularizationCs.SelectMany(c => ReadsNearest.Select(n => (c, n))))
        {
            foreach (var withCheck in CrisisWithCheck)
            {
                foreach (var alone in CrisisAlone)
                {
                    foreach (var check in CheckAlone)
                    {
                        foreach (var known in KnownOther)
                        {
                            var thresholds = new HeadThresholds(withCheck, alone, check, known);
                            var tallies = Enumerable.Range(0, folds.Count).Select(f => Count(folds[f], readings[(f, c, readsNearest)], thresholds)).ToList();
                            var all = tallies.Aggregate((a, b) => a + b);
                            output.WriteLine(string.Join('\t', [
                                readsNearest ? "nearest" : "embedding", c.ToString(CultureInfo.InvariantCulture), withCheck.ToString(CultureInfo.InvariantCulture), alone.ToString(CultureInfo.InvariantCulture),
                                check.ToString(CultureInfo.InvariantCulture), known.ToString(CultureInfo.InvariantCulture),
                                $"{all.CrisisCaught}/{all.Crisis}", $"{all.DistressChecked}/{all.Distress}", $"{all.OrdinaryHandOffs}/{all.Ordinary}",
                                $"{all.OrdinaryChecks}/{all.Ordinary}", $"{all.FigureHandOffs}/{all.Figure}",
                                .. tallies.Select(t => $"{t.CrisisCaught}/{t.Crisis} {t.DistressChecked}/{t.Distress} {t.OrdinaryHandOffs}+{t.FigureHandOffs}h {t.OrdinaryChecks}c")]));
                        }
                    }
                }
            }
        }

        return 0;
    }

    private static Tally Count(Fold fold, (ConcernLevel Lexical, PieceReading[] Pieces, int Sentences)[] readings, HeadThresholds thresholds)
    {
        var tally = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (var m = 0; m < readings.Length; m++)
        {
            var (lexical, pieces, sentences) = readings[m];
            var level = (ConcernLevel)Math.Max((int)lexical, (int)SemanticCrisisAssessor.Strongest(pieces, sentences, thresholds).Level);
            var (crisis, check) = (level == ConcernLevel.Crisis ? 1 : 0, level == ConcernLevel.Check ? 1 : 0);
            tally += fold.Messages[m].Label switch
            {
                Label.Crisis => new Tally(1, crisis, 0, 0, 0, 0, 0, 0, 0),
                Label.Distress => new Tally(0, 0, 1, crisis + check, 0, 0, 0, 0, 0),
                Label.Ordinary => new Tally(0, 0, 0, 0, 1, crisis, check, 0, 0),
                _ => new Tally(0, 0, 0, 0, 0, 0, 0, 1, crisis),
            };
        }

        return tally;
    }

    /// <summary>A writer's labelled lines: <c>level TAB kind TAB text</c> (a bank's format) or <c>label TAB kind TAB language TAB text</c>.</summary>
    private static List<Message> ReadWriterFile(string path) =>
        [.. File.ReadAllLines(path).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line =>
        {
            var columns = line.Split('\t');
            var label = columns[0].ToLowerInvariant() switch
            {
                "crisis" => Label.Crisis,
                "check" or "distress" => Label.Distress,
                "figure" => Label.Figure,
                _ => Label.Ordinary,
            };
            return new Message(label, columns[^1].Replace("\\n", "\n", StringComparison.Ordinal));
        })];

    private static Label LabelOf(ConcernLevel level) => level switch
    {
        ConcernLevel.Crisis => Label.Crisis,
        ConcernLevel.Check => Label.Distress,
        _ => Label.Ordinary,
    };

    private static string Key(string text) => SemanticCrisisAssessor.Normalize(text.Replace('\n', ' '));
}
