using System.Globalization;
using System.Text;

namespace CoachBot.Safety.Concepts;

/// <summary>
/// Trains the concept classifier (<see cref="ConceptWeights"/>): logistic heads fitted by gradient descent
/// over the concept features, deterministic for the same lines. The thresholds come from an honest reading:
/// each source file is scored by heads trained on the other files (<see cref="CrossValidate"/>), and the
/// hand-off threshold is the lowest at which no ordinary or figurative line of any file gets a hand-off.
/// </summary>
public static class ConceptTrainer
{
    private const int Epochs = 60;
    private const float LearningRate = 0.15f;
    /// <summary>L2 regularization: the concept pairs are many and the lines per language few.</summary>
    public static float L2 { get; set; } = 1e-4f;

    public static bool UseNgrams { get; set; } = true;
    private const int Seed = 1517;

    /// <summary>
    /// The share of ordinary and figurative lines the hand-off may reach in cross-validation. Not zero: a few
    /// jokes read exactly as a crisis does ("if they ask again I'll jump out the window"), and a threshold above
    /// all of them misses most real crises. The guard's other layers and the gentle check follow up.
    /// </summary>
    private const double HandOffBudget = 0.01;

    /// <summary>Below the hand-off threshold, the share of ordinary lines a gentle check may reach.</summary>
    private const double CheckBudget = 0.015;

    /// <summary>The hand-off threshold is never below this, whatever the validation allows.</summary>
    private const float MinCrisisThreshold = 0.5f;

    private static readonly ConcernKind[] CrisisKinds = [ConcernKind.SelfHarm, ConcernKind.HarmToOthers, ConcernKind.Abuse, ConcernKind.EatingDisorder, ConcernKind.SubstanceUse];

    /// <summary>Trains on every line, with thresholds from <see cref="CrossValidate"/>, which is returned too.</summary>
    public static (ConceptWeights Weights, Validation Validation) Train(IReadOnlyList<TrainingLine> lines)
    {
        var validation = CrossValidate(lines);
        var heads = TrainHeads(Featurize(lines), lines);
        var trainedOn = lines.GroupBy(line => line.Source).Select(group => $"{group.Key}: {group.Count()}").ToList();
        var weights = new ConceptWeights
        {
            Dictionary = ConceptLexicon.Hash,
            Features = ConceptFeatures.Count,
            CrisisThreshold = validation.CrisisThreshold,
            CheckThreshold = validation.CheckThreshold,
            Heads = heads,
            TrainedOn = trainedOn,
        };
        return (weights, validation);
    }

    /// <summary>Each source scored by heads trained on all other sources, and the thresholds that reading allows.</summary>
    public static Validation CrossValidate(IReadOnlyList<TrainingLine> lines)
    {
        var features = Featurize(lines);
        var crisis = new float[lines.Count];
        var concern = new float[lines.Count];
        foreach (var source in lines.Select(line => line.Source).Distinct())
        {
            var train = Enumerable.Range(0, lines.Count).Where(i => lines[i].Source != source).ToArray();
            var heads = TrainHeads([.. train.Select(i => features[i])], [.. train.Select(i => lines[i])]);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Source == source)
                {
                    crisis[i] = ConceptClassifier.Sigmoid(ConceptClassifier.Logit(heads[0], features[i]));
                    concern[i] = ConceptClassifier.Sigmoid(ConceptClassifier.Logit(heads[1], features[i]));
                }
            }
        }

        var ordinary = Enumerable.Range(0, lines.Count).Where(i => lines[i].Level == ConcernLevel.None).ToArray();
        var crisisThreshold = Math.Max(MinCrisisThreshold, Above(ordinary.Select(i => crisis[i]), HandOffBudget));
        // The check reads both heads: a line just short of the hand-off gets at least the question.
        var checkThreshold = Above(ordinary.Select(i => Math.Max(crisis[i], concern[i])), HandOffBudget + CheckBudget);
        return new Validation(lines, crisis, concern, crisisThreshold, Math.Min(checkThreshold, crisisThreshold));
    }

    /// <summary>The lowest threshold (in hundredths) that at most <paramref name="budget"/> of <paramref name="readings"/> reach.</summary>
    private static float Above(IEnumerable<float> readings, double budget)
    {
        var sorted = readings.OrderDescending().ToArray();
        var allowed = (int)Math.Floor(sorted.Length * budget);
        var threshold = allowed < sorted.Length ? sorted[allowed] : 0f;
        return Math.Min(0.99f, MathF.Floor(threshold * 100f) / 100f + 0.01f);
    }

    private static int[][] Featurize(IReadOnlyList<TrainingLine> lines)
    {
        var features = new int[lines.Count][];
        Span<ConceptHit> hits = stackalloc ConceptHit[ConceptReader.MaxHits];
        Span<int> ngrams = stackalloc int[ConceptReader.MaxNgrams];
        Span<int> buffer = stackalloc int[ConceptFeatures.MaxFeatures];
        for (var i = 0; i < lines.Count; i++)
        {
            var hitCount = ConceptReader.Shared.Read(lines[i].Text, hits, UseNgrams ? ngrams : [], out var ngramCount, out _);
            features[i] = buffer[..ConceptFeatures.Of(hits[..hitCount], ngrams[..ngramCount], buffer)].ToArray();
        }

        return features;
    }

    /// <summary>The crisis head, the concern head, then one head per kind of crisis (trained on crisis lines).</summary>
    private static List<ConceptHead> TrainHeads(int[][] features, IReadOnlyList<TrainingLine> lines)
    {
        var all = Enumerable.Range(0, lines.Count).ToArray();
        var crisisLines = all.Where(i => lines[i].Level == ConcernLevel.Crisis).ToArray();
        var heads = new List<ConceptHead>
        {
            Fit(ConceptWeights.CrisisHead, features, all, i => lines[i].Level == ConcernLevel.Crisis),
            Fit(ConceptWeights.ConcernHead, features, all, i => lines[i].Level != ConcernLevel.None),
        };
        heads.AddRange(CrisisKinds.Select(kind => Fit(kind.ToString(), features, crisisLines, i => lines[i].Kind == kind)));
        return heads;
    }

    /// <summary>Logistic regression by stochastic gradient descent, in a fixed shuffled order, classes weighted to balance.</summary>
    private static ConceptHead Fit(string name, int[][] features, int[] rows, Func<int, bool> positive)
    {
        var weights = new float[ConceptFeatures.Count];
        var bias = 0f;
        var positives = rows.Count(positive);
        var negatives = rows.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return new ConceptHead(name, positives == 0 ? -10f : 10f, weights);
        }

        var positiveWeight = rows.Length / (2f * positives);
        var negativeWeight = rows.Length / (2f * negatives);
        var labels = rows.ToDictionary(row => row, positive);
        var scales = rows.ToDictionary(row => row, row => ConceptFeatures.NgramScale(features[row]));
        var order = rows.ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1f + (epoch * 0.1f));
            foreach (var row in order)
            {
                var x = features[row];
                var scale = scales[row];
                var logit = bias;
                foreach (var f in x)
                {
                    logit += weights[f] * ConceptFeatures.ValueOf(f, scale);
                }

                var y = labels[row] ? 1f : 0f;
                var gradient = (ConceptClassifier.Sigmoid(logit) - y) * (labels[row] ? positiveWeight : negativeWeight);
                bias -= rate * gradient;
                foreach (var f in x)
                {
                    weights[f] -= rate * ((gradient * ConceptFeatures.ValueOf(f, scale)) + (L2 * weights[f]));
                }
            }
        }

        // Rounded, so the file reads the same wherever it is trained.
        return new ConceptHead(name, Round(bias), [.. weights.Select(Round)]);
    }

    private static float Round(float value) => MathF.Round(value, 4);

    /// <summary>The cross-validated readings of every line, and the thresholds they allow.</summary>
    public sealed record Validation(IReadOnlyList<TrainingLine> Lines, float[] Crisis, float[] Concern, float CrisisThreshold, float CheckThreshold)
    {
        /// <summary>Per language: crisis lines handed off, distress lines checked, ordinary lines handed off or checked.</summary>
        public string Report()
        {
            var report = new StringBuilder();
            report.Append(CultureInfo.InvariantCulture, $"hand-off at {CrisisThreshold:0.000}, check at {CheckThreshold:0.000}\n");
            report.Append("language  crisis handed off (and checked)   distress checked   ordinary handed off / checked\n");
            foreach (var group in Enumerable.Range(0, Lines.Count).GroupBy(i => Lines[i].Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var crisis = group.Where(i => Lines[i].Level == ConcernLevel.Crisis).ToArray();
                var distress = group.Where(i => Lines[i].Level == ConcernLevel.Check).ToArray();
                var ordinary = group.Where(i => Lines[i].Level == ConcernLevel.None).ToArray();
                var handedOff = crisis.Count(i => Crisis[i] >= CrisisThreshold);
                var checkedDistress = distress.Count(i => Crisis[i] >= CheckThreshold || Concern[i] >= CheckThreshold);
                var falseHandOffs = ordinary.Count(i => Crisis[i] >= CrisisThreshold);
                var falseChecks = ordinary.Count(i => Crisis[i] < CrisisThreshold && Math.Max(Crisis[i], Concern[i]) >= CheckThreshold);
                var crisisChecked = crisis.Count(i => Crisis[i] < CrisisThreshold && Math.Max(Crisis[i], Concern[i]) >= CheckThreshold);
                report.Append(CultureInfo.InvariantCulture,
                    $"{group.Key,-8}  {handedOff,4}/{crisis.Length,-4} {Percent(handedOff, crisis.Length),6} (+{crisisChecked} checked)   {checkedDistress,4}/{distress.Length,-4} {Percent(checkedDistress, distress.Length),6}   {falseHandOffs}/{falseChecks} of {ordinary.Length}\n");
            }

            return report.ToString();
        }

        /// <summary>The lines read wrongly, for whoever improves the dictionaries (never logged by the app).</summary>
        public IEnumerable<string> Misses() =>
            Enumerable.Range(0, Lines.Count)
                .Where(i => (Lines[i].Level == ConcernLevel.Crisis && Crisis[i] < CrisisThreshold)
                    || (Lines[i].Level == ConcernLevel.None && Math.Max(Crisis[i], Concern[i]) >= CheckThreshold))
                .Select(i => string.Create(CultureInfo.InvariantCulture,
                    $"{Lines[i].Level}\t{Lines[i].Language}\t{Crisis[i]:0.00}\t{Concern[i]:0.00}\t{Lines[i].Text}\t{string.Join(' ', ConceptReader.Shared.Read(Lines[i].Text).Select(hit => hit.Concept))}"));

        /// <summary>What other hand-off thresholds would give: crisis lines handed off, in English and in the other languages, and ordinary lines handed off.</summary>
        public string Sweep()
        {
            var report = new StringBuilder("threshold  en crisis  other crisis  ordinary handed off\n");
            foreach (var threshold in new[] { 0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.9f, 0.95f, 0.98f })
            {
                var english = Enumerable.Range(0, Lines.Count).Where(i => Lines[i].Level == ConcernLevel.Crisis && Lines[i].Language == "en").ToArray();
                var other = Enumerable.Range(0, Lines.Count).Where(i => Lines[i].Level == ConcernLevel.Crisis && Lines[i].Language != "en").ToArray();
                var ordinary = Enumerable.Range(0, Lines.Count).Count(i => Lines[i].Level == ConcernLevel.None && Crisis[i] >= threshold);
                report.Append(CultureInfo.InvariantCulture,
                    $"{threshold,9:0.00}  {Percent(english.Count(i => Crisis[i] >= threshold), english.Length),9}  {Percent(other.Count(i => Crisis[i] >= threshold), other.Length),12}  {ordinary,6}\n");
            }

            return report.ToString();
        }

        private static string Percent(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
    }
}
