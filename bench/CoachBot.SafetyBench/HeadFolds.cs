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
    private static readonly float[] TopicalCheckBelow = [0.005f, 0.01f, 0.02f, 0.05f, 0.1f];

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
    /// <param name="settings">MLP settings as <c>hidden:epochs:dropout:decay[:members[:meanmax]]</c>, and <c>+training</c> for the larger bank; the shipped head is always measured (the reference).</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="ct">Stops the run.</param>
    public static int Run(string bankPath, string trainingDirectory, IReadOnlyList<string> settings, TextWriter output, CancellationToken ct)
    {
        // The shipped head is always measured: it is the reference a new head must not give more false hand-offs than.
        var shipped = new HeadSpec(MlpSettings.Shipped, 1, MeanMax: false);
        var heads = settings.Where(s => s != WithTrainingBank).Select(Parse).Prepend(shipped).Distinct().ToList();
        var variants = settings.Contains(WithTrainingBank) ? new[] { "bank", "bank+training" } : ["bank"];
        var embedder = MiniLmEmbedder.Shared;
        var set = HeadTrainingSet.Read(bankPath, trainingDirectory, MlpSettings.Shipped);
        var lines = set.Lines;
        var (bankSentences, _) = ExampleBank.Parse(bankPath, File.ReadAllBytes(bankPath));
        var bank = ExampleBank.LoadShared(bankPath, embedder, NullLogger.Instance);
        var bankKeys = bankSentences.Select(HeadTrainingSet.KeyOf).ToHashSet(StringComparer.Ordinal);
        var cache = EmbeddingCache.For("coachbot-head-folds-embeddings");

        var lineVectors = cache.Embed([.. lines.Select(line => line.Text)], embedder, ct);
        var messages = lines.Select(line => new Message(LabelOf(line.Label), line.Text, line.Source))
            .Concat(Corpus.Read(Corpus.PathOf("development")).Where(row => row.Language == "en").Select(row => new Message(row.Label, row.Text, Development)))
            .ToList();
        var pieces = messages.Select(message =>
        {
            if (!SemanticCrisisAssessor.IsWorthReading(message.Text))
            {
                return (Embeddings: Array.Empty<float[]>(), Sentences: 0, OfTheWriter: Array.Empty<bool>());
            }

            var (texts, count) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message.Text));
            return (Embeddings: cache.Embed(texts, embedder, ct), Sentences: count, OfTheWriter: texts.Select(SemanticCrisisAssessor.SpeaksOfTheWriter).ToArray());
        }).ToList();
        cache.Save();
        float[][] lineMeanMax = [];
        var pieceMeanMax = pieces.Select(_ => Array.Empty<float[]>()).ToList();
        if (heads.Any(head => head.MeanMax))
        {
            var meanMax = new MeanMaxEmbedder(embedder);
            var meanMaxCache = EmbeddingCache.For("coachbot-head-folds-meanmax");
            lineMeanMax = meanMaxCache.Embed([.. lines.Select(line => line.Text)], meanMax, ct);
            pieceMeanMax = [.. messages.Select(message => SemanticCrisisAssessor.IsWorthReading(message.Text)
                ? meanMaxCache.Embed(SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message.Text)).Pieces, meanMax, ct)
                : [])];
            meanMaxCache.Save();
        }

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
            var trainMeanMax = lineMeanMax.Length == 0 ? [] : trainIndices.SelectMany(i => lineMeanMax[i]).ToArray();
            var trainLabels = trainIndices.Select(i => lines[i].IsCrisis ? 1f : 0f).ToArray();
            // Members from consecutive seeds, their probabilities averaged.
            var mlps = heads.Select(spec => (Name: spec.ToString(), spec.MeanMax, Members: Enumerable.Range(0, spec.Members)
                .Select(seed => spec.MeanMax
                    ? MlpCrisisHead.Train(trainMeanMax, 2 * bank.Dimensions, trainLabels, spec.Settings with { Seed = spec.Settings.Seed + seed }, [])
                    : MlpCrisisHead.Train(trainVectors, bank.Dimensions, trainLabels, spec.Settings with { Seed = spec.Settings.Seed + seed }, []))
                .ToArray())).ToList();
            foreach (var (variant, variantBank) in new[] { ("bank", without), ("bank+training", larger) }.Where(v => variants.Contains(v.Item1)))
            {
                var logistic = CrisisHead.Train(variantBank);
                var nearest = inGroup.Select(m => pieces[m].Embeddings.Select(piece => NearestExamples.In(variantBank, piece)).ToArray()).ToList();
                Fill((variant, "logistic"), (m, k, p) => logistic.CrisisProbability(pieces[m].Embeddings[p], nearest[k][p]));
                foreach (var (name, meanMaxInput, members) in mlps)
                {
                    Fill((variant, name), (m, _, p) => members.Average(member => member.CrisisProbability(meanMaxInput ? pieceMeanMax[m][p] : pieces[m].Embeddings[p])));
                }

                void Fill((string, string) key, Func<int, int, int, float> probability)
                {
                    if (!readings.TryGetValue(key, out var all))
                    {
                        readings[key] = all = new (ConcernLevel, PieceReading[], int)[messages.Count];
                    }

                    for (var k = 0; k < inGroup.Count; k++)
                    {
                        var m = inGroup[k];
                        all[m] = (levels[m], [.. pieces[m].Embeddings.Select((_, p) => new PieceReading(nearest[k][p], probability(m, k, p), pieces[m].OfTheWriter[p]))], pieces[m].Sentences);
                    }
                }
            }

            output.WriteLine($"group {group}: {inGroup.Count} messages, bank {without.Count} (+{extraHere.Count}), heads trained on {trainIndices.Count}");
            output.Flush();
        }

        var logisticReference = Tallies(readings[("bank", "logistic")], HeadThresholds.Logistic);
        var reference = Tallies(readings[("bank", shipped.ToString())], HeadThresholds.Default);
        output.WriteLine();
        output.WriteLine($"logistic (bank, its thresholds): {Sum(logisticReference)}\t{string.Join('\t', groups.Select((g, i) => $"{g}: {logisticReference[i]}"))}");
        output.WriteLine($"shipped (bank, {shipped}, default thresholds), the reference: {Sum(reference)}\t{string.Join('\t', groups.Select((g, i) => $"{g}: {reference[i]}"))}");
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

            // The side rule: a check from crisis lines alone dropped when the head is sure of no crisis, at the default
            // thresholds and at the best admissible ones.
            foreach (var (thresholds, _, _) in atDefault.Concat(admissible.Take(1)).Where(_ => head != "logistic"))
            {
                foreach (var below in TopicalCheckBelow)
                {
                    var vetoed = thresholds with { TopicalCheckBelow = below };
                    var tallies = Tallies(read, vetoed);
                    output.WriteLine(string.Join('\t', [
                        variant, head, F(vetoed.CrisisWithCheck), F(vetoed.CrisisAlone), F(vetoed.KnownOther), F(vetoed.MinMargin), $"topical<{F(below)}", Sum(tallies).ToString(), .. tallies.Select(t => t.ToString())]));
                }
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

    /// <summary>hidden:epochs:dropout:decay, then optionally :members (that many seeds averaged; 1 if not given) and :meanmax (mean and max pooling in).</summary>
    private static HeadSpec Parse(string setting)
    {
        var parts = setting.Split(':');
        var settings = MlpSettings.Shipped with
        {
            Hidden = int.Parse(parts[0], CultureInfo.InvariantCulture),
            Epochs = int.Parse(parts[1], CultureInfo.InvariantCulture),
            Dropout = float.Parse(parts[2], CultureInfo.InvariantCulture),
            WeightDecay = float.Parse(parts[3], CultureInfo.InvariantCulture),
        };
        return new HeadSpec(settings, parts.Length > 4 ? int.Parse(parts[4], CultureInfo.InvariantCulture) : 1, parts.Length > 5 && parts[5] == "meanmax");
    }

    /// <summary>An argument that adds the bank with every training line it lacks as a second variant (slow).</summary>
    private const string WithTrainingBank = "+training";

    /// <summary>An MLP setting, how many members from consecutive seeds are averaged, and whether it reads mean and max pooling.</summary>
    private sealed record HeadSpec(MlpSettings Settings, int Members, bool MeanMax)
    {
        public override string ToString() =>
            FormattableString.Invariant($"mlp {Settings.Hidden}:{Settings.Epochs}:{Settings.Dropout}:{Settings.WeightDecay}{(Members > 1 ? $" x{Members}" : "")}{(MeanMax ? " meanmax" : "")}");
    }

    /// <summary>Mean and max pooling of the model's token states, as one vector per sentence (for the cache).</summary>
    private sealed class MeanMaxEmbedder(MiniLmEmbedder embedder) : ISentenceEmbedder
    {
        public float[][] Embed(string[] sentences, CancellationToken cancellationToken) => embedder.EmbedMeanAndMax(sentences, cancellationToken);
    }

    private static string F(float x) => float.IsNegativeInfinity(x) ? "-" : x.ToString(CultureInfo.InvariantCulture);
}
