using System.Globalization;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.SafetyBench;

/// <summary>
/// Leave-one-writer-group-out validation of the semantic layer's heads (issue 15, fifth round): every English line
/// the team has (<see cref="HeadTrainingSet"/>: the bank and the training files), grouped by the file of the writer
/// who wrote it (bank lines in no file are "bank"), plus the development corpus's English rows (never trained on).
/// Each group in turn is read, as whole messages cut into the assessor's pieces, by the lexical detector, the
/// nearest examples of the bank WITHOUT that group, and a head trained WITHOUT that group: the shipped logistic head
/// (on the bank), or an <see cref="MlpCrisisHead"/> (on all the other lines). Bank variants: the shipped bank, and
/// the bank with every training line it lacks. The guard's rule (the highest level) combines them; the rule for
/// each setting of the thresholds (<see cref="HeadThresholds"/>, with the nearest examples' margin) is counted on
/// every group. A setting is admissible when no group gets a false hand-off (ordinary or figure) more than the
/// shipped layer gives it. Never the held-out part.
/// </summary>
public static class HeadFolds
{
    private static readonly float[] CrisisWithCheck = [0.7f, 0.85f, 0.9f, 0.95f, 0.98f, 0.99f, 0.995f, 0.999f, 1.01f];
    private static readonly float[] CrisisAlone = [0.9f, 0.95f, 0.97f, 0.98f, 0.99f, 0.995f, 0.999f, 1.01f];
    private static readonly float[] KnownOther = [0.7f, 0.75f, 0.8f, 0.85f, 1.01f];
    private static readonly float[] MinMargin = [float.NegativeInfinity, -0.05f, 0f, 0.05f, 0.1f, 0.15f, 0.2f];

    private const string Development = "development (en)";

    private sealed record Message(Label Label, string Text, string Group);

    private sealed record Tally(int Crisis, int CrisisCaught, int Distress, int DistressChecked, int Ordinary, int OrdinaryHandOffs, int OrdinaryChecks, int Figure, int FigureHandOffs)
    {
        public static Tally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public int FalseHandOffs => OrdinaryHandOffs + FigureHandOffs;

        public static Tally operator +(Tally a, Tally b) => new(
            a.Crisis + b.Crisis, a.CrisisCaught + b.CrisisCaught, a.Distress + b.Distress, a.DistressChecked + b.DistressChecked,
            a.Ordinary + b.Ordinary, a.OrdinaryHandOffs + b.OrdinaryHandOffs, a.OrdinaryChecks + b.OrdinaryChecks, a.Figure + b.Figure, a.FigureHandOffs + b.FigureHandOffs);

        public override string ToString() => $"{CrisisCaught}/{Crisis} {DistressChecked}/{Distress} {OrdinaryHandOffs}+{FigureHandOffs}h {OrdinaryChecks}c";
    }

    /// <param name="bankPath">The semantic bank.</param>
    /// <param name="trainingDirectory">The training files (<c>Safety/Concepts/training</c>).</param>
    /// <param name="settings">MLP settings as <c>hidden:epochs:dropout:decay</c>; none: the shipped ones.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="ct">Stops the run.</param>
    public static int Run(string bankPath, string trainingDirectory, IReadOnlyList<string> settings, TextWriter output, CancellationToken ct)
    {
        var heads = settings.Count == 0 ? [MlpSettings.Shipped] : settings.Select(Parse).ToList();
        var embedder = MiniLmEmbedder.Shared;
        var set = HeadTrainingSet.Read(bankPath, trainingDirectory, MlpSettings.Shipped);
        var lines = set.Lines;
        var (bankSentences, _) = ExampleBank.Parse(bankPath, File.ReadAllBytes(bankPath));
        var bank = ExampleBank.LoadShared(bankPath, embedder, NullLogger.Instance);
        var bankKeys = bankSentences.Select(HeadTrainingSet.KeyOf).ToHashSet(StringComparer.Ordinal);
        var cache = new EmbeddingCache(Path.Combine(Path.GetTempPath(), "coachbot-head-folds-embeddings.bin"));

        var lineVectors = cache.Embed([.. lines.Select(line => line.Text)], embedder, ct);
        var messages = lines.Select(line => new Message(LabelOf(line.Label), line.Text, line.Source))
            .Concat(Corpus.Read(Corpus.PathOf("development")).Where(row => row.Language == "en").Select(row => new Message(row.Label, row.Text, Development)))
            .ToList();
        var pieces = messages.Select(message =>
        {
            if (!SemanticCrisisAssessor.IsWorthReading(message.Text))
            {
                return (Embeddings: Array.Empty<float[]>(), Sentences: 0);
            }

            var (texts, count) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message.Text));
            return (Embeddings: cache.Embed(texts, embedder, ct), Sentences: count);
        }).ToList();
        cache.Save();
        var lexical = new CrisisDetector();
        var levels = messages.Select(message => lexical.Assess(message.Text, []).Level).ToList();
        var extra = Enumerable.Range(0, lines.Count).Where(i => !bankKeys.Contains(HeadTrainingSet.KeyOf(lines[i].Text))).ToList();
        var groups = messages.Select(message => message.Group).Distinct(StringComparer.Ordinal).ToList();
        var groupOf = messages.Select(message => groups.IndexOf(message.Group)).ToArray();
        output.WriteLine($"{lines.Count} training lines ({lines.Count(line => line.IsCrisis)} crisis), bank {bank.Count}, {extra.Count} lines the bank lacks; groups: {string.Join(", ", groups.Select(g => $"{g} {messages.Count(m => m.Group == g)}"))}");

        // readings[(variant, head)][message] = (lexical, pieces read, whole sentences), filled group by group.
        var readings = new Dictionary<(string Variant, string Head), (ConcernLevel Lexical, PieceReading[] Pieces, int Sentences)[]>();
        foreach (var group in groups)
        {
            var inGroup = Enumerable.Range(0, messages.Count).Where(m => messages[m].Group == group).ToList();
            var keys = inGroup.Select(m => HeadTrainingSet.KeyOf(messages[m].Text)).ToHashSet(StringComparer.Ordinal);
            var without = bank.Without(i => keys.Contains(HeadTrainingSet.KeyOf(bankSentences[i])));
            var extraHere = extra.Where(i => lines[i].Source != group).ToList();
            var larger = without.With([.. extraHere.Select(i => lines[i].Signal)], [.. extraHere.SelectMany(i => lineVectors[i])]);
            var trainIndices = Enumerable.Range(0, lines.Count).Where(i => lines[i].Source != group).ToList();
            var trainVectors = trainIndices.SelectMany(i => lineVectors[i]).ToArray();
            var trainLabels = trainIndices.Select(i => lines[i].IsCrisis ? 1f : 0f).ToArray();
            var mlps = heads.Select(s => (Name: Describe(s), Head: MlpCrisisHead.Train(trainVectors, bank.Dimensions, trainLabels, s, []))).ToList();
            foreach (var (variant, variantBank) in new[] { ("bank", without), ("bank+training", larger) })
            {
                var logistic = CrisisHead.Train(variantBank);
                var nearest = inGroup.Select(m => pieces[m].Embeddings.Select(piece => NearestExamples.In(variantBank, piece)).ToArray()).ToList();
                Fill((variant, "logistic"), (piece, near) => logistic.CrisisProbability(piece, near));
                foreach (var (name, mlp) in mlps)
                {
                    Fill((variant, name), (piece, _) => mlp.CrisisProbability(piece));
                }

                void Fill((string, string) key, Func<float[], NearestExamples, float> probability)
                {
                    if (!readings.TryGetValue(key, out var all))
                    {
                        readings[key] = all = new (ConcernLevel, PieceReading[], int)[messages.Count];
                    }

                    for (var k = 0; k < inGroup.Count; k++)
                    {
                        var m = inGroup[k];
                        all[m] = (levels[m], [.. pieces[m].Embeddings.Select((piece, p) => new PieceReading(nearest[k][p], probability(piece, nearest[k][p])))], pieces[m].Sentences);
                    }
                }
            }

            output.WriteLine($"group {group}: {inGroup.Count} messages, bank {without.Count} (+{extraHere.Count}), heads trained on {trainIndices.Count}");
            output.Flush();
        }

        var reference = Tallies(readings[("bank", "logistic")], HeadThresholds.Logistic);
        output.WriteLine();
        output.WriteLine($"shipped (bank, logistic, default thresholds): {Sum(reference)}\t{string.Join('\t', groups.Select((g, i) => $"{g}: {reference[i]}"))}");
        output.WriteLine();
        output.WriteLine("variant\thead\tcrisisWithCheck\tcrisisAlone\tknownOther\tminMargin\tall (crisis distress ordinary+figure hand-offs, ordinary checks)\t" + string.Join('\t', groups));
        foreach (var ((variant, head), read) in readings)
        {
            var rows = new List<(HeadThresholds Thresholds, Tally[] Tallies, Tally All)>();
            foreach (var withCheck in CrisisWithCheck)
            {
                foreach (var alone in CrisisAlone.Where(alone => alone >= withCheck))
                {
                    foreach (var known in KnownOther)
                    {
                        foreach (var margin in MinMargin)
                        {
                            var thresholds = new HeadThresholds(withCheck, alone, float.PositiveInfinity, known, margin);
                            var tallies = Tallies(read, thresholds);
                            rows.Add((thresholds, tallies, Sum(tallies)));
                        }
                    }
                }
            }

            var admissible = rows.Where(row => row.Tallies.Select((t, g) => t.FalseHandOffs <= reference[g].FalseHandOffs).All(ok => ok))
                .OrderByDescending(row => row.All.CrisisCaught).ThenByDescending(row => row.All.DistressChecked).ThenBy(row => row.All.OrdinaryChecks).Take(4);
            // Near: at most one more false hand-off in a group, none more in all.
            var near = rows.Where(row => row.All.FalseHandOffs <= Sum(reference).FalseHandOffs && row.Tallies.Select((t, g) => t.FalseHandOffs <= reference[g].FalseHandOffs + 1).All(ok => ok))
                .OrderByDescending(row => row.All.CrisisCaught).ThenByDescending(row => row.All.DistressChecked).Take(3);
            var atDefault = rows.Where(row => row.Thresholds == (head == "logistic" ? HeadThresholds.Logistic : HeadThresholds.Default)).Take(1);
            var bestAny = rows.OrderByDescending(row => row.All.CrisisCaught - (5 * row.All.FalseHandOffs)).Take(2);
            output.WriteLine($"{variant}\t{head}: {admissible.Count()} admissible settings shown, then near ones, then the best by crisis - 5 x false hand-offs");
            foreach (var (thresholds, tallies, all) in atDefault.Concat(admissible).Concat(near).Concat(bestAny))
            {
                output.WriteLine(string.Join('\t', [
                    variant, head, F(thresholds.CrisisWithCheck), F(thresholds.CrisisAlone), F(thresholds.KnownOther), F(thresholds.MinMargin), all.ToString(), .. tallies.Select(t => t.ToString())]));
            }

            output.Flush();
        }

        return 0;

        Tally[] Tallies((ConcernLevel Lexical, PieceReading[] Pieces, int Sentences)[] read, HeadThresholds thresholds)
        {
            var tallies = groups.Select(_ => Tally.Zero).ToArray();
            for (var m = 0; m < messages.Count; m++)
            {
                tallies[groupOf[m]] += Count(messages[m].Label, read[m], thresholds);
            }

            return tallies;
        }
    }

    private static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Tally.Zero, (a, b) => a + b);

    private static Tally Count(Label label, (ConcernLevel Lexical, PieceReading[] Pieces, int Sentences) reading, HeadThresholds thresholds)
    {
        var level = (ConcernLevel)Math.Max((int)reading.Lexical, (int)SemanticCrisisAssessor.Strongest(reading.Pieces, reading.Sentences, thresholds).Level);
        var (crisis, check) = (level == ConcernLevel.Crisis ? 1 : 0, level == ConcernLevel.Check ? 1 : 0);
        return label switch
        {
            Label.Crisis => new Tally(1, crisis, 0, 0, 0, 0, 0, 0, 0),
            Label.Distress => new Tally(0, 0, 1, crisis + check, 0, 0, 0, 0, 0),
            Label.Ordinary => new Tally(0, 0, 0, 0, 1, crisis, check, 0, 0),
            _ => new Tally(0, 0, 0, 0, 0, 0, 0, 1, crisis),
        };
    }

    private static Label LabelOf(string label) => label switch
    {
        "crisis" => Label.Crisis,
        "distress" => Label.Distress,
        "figure" => Label.Figure,
        _ => Label.Ordinary,
    };

    private static MlpSettings Parse(string setting)
    {
        var parts = setting.Split(':');
        return MlpSettings.Shipped with
        {
            Hidden = int.Parse(parts[0], CultureInfo.InvariantCulture),
            Epochs = int.Parse(parts[1], CultureInfo.InvariantCulture),
            Dropout = float.Parse(parts[2], CultureInfo.InvariantCulture),
            WeightDecay = float.Parse(parts[3], CultureInfo.InvariantCulture),
        };
    }

    private static string Describe(MlpSettings s) => FormattableString.Invariant($"mlp {s.Hidden}:{s.Epochs}:{s.Dropout}:{s.WeightDecay}");

    private static string F(float x) => float.IsNegativeInfinity(x) ? "-" : x.ToString(CultureInfo.InvariantCulture);
}
