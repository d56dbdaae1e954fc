using System.Globalization;
using System.Text;
using CoachBot.Safety.Concepts;

namespace CoachBot.Safety.Grams;

/// <summary>
/// Trains the n-gram classifier (<see cref="GramWeights"/>): logistic heads with L2, fitted by stochastic
/// gradient descent in a fixed order over the hashed features, classes weighted to balance; deterministic for
/// the same lines. The thresholds come from an honest reading: each source file is scored by heads trained on
/// the other files (<see cref="CrossValidate"/>), and per message language the hand-off threshold is above every
/// ordinary or figurative line of every file that the built-in detector does not already hand off (the layer
/// adds no false hand-off in any fold), the gentle check where at most <see cref="CheckBudget"/> of the ordinary
/// lines it does not already check reach it.
/// </summary>
public static class GramTrainer
{
    public static int Epochs { get; set; } = 12;
    public static float LearningRate { get; set; } = 0.5f;
    public static float L2 { get; set; } = 1e-5f;

    /// <summary>Below the hand-off threshold, the share of a language's ordinary lines the layer may add a gentle check to.</summary>
    public static double CheckBudget { get; set; } = 0.01;

    /// <summary>The hand-off threshold is never below this, whatever the validation allows.</summary>
    public const float MinHandOff = 0.5f;

    /// <summary>A threshold no reading reaches: the layer gives no hand-off (or check) in that language.</summary>
    public const float Never = 2f;

    /// <summary>A language with fewer ordinary lines than this gets the thresholds for all languages together.</summary>
    private const int MinOrdinaryLines = 60;

    private const int Seed = 1518;

    /// <summary>
    /// Languages the layer gives no reading in: English, which the lexical and semantic layers are made and tested
    /// for (here short English intake answers, "Contoso" or a role, read as a crisis: nothing in the training lines
    /// looks like them), and a message too short or mixed to tell.
    /// </summary>
    public static IReadOnlySet<string> LeftOut { get; } = new HashSet<string>(StringComparer.Ordinal) { "en", GramLanguage.Unknown };

    private static readonly ConcernKind[] CrisisKinds = [ConcernKind.SelfHarm, ConcernKind.HarmToOthers, ConcernKind.Abuse, ConcernKind.EatingDisorder, ConcernKind.SubstanceUse];

    /// <summary>Trains on every line, with thresholds from <see cref="CrossValidate"/>, which is returned too.</summary>
    public static (GramWeights Weights, Validation Validation) Train(IReadOnlyList<TrainingLine> lines)
    {
        var data = Prepare(lines);
        var validation = CrossValidate(data);
        var all = Enumerable.Range(0, lines.Count).ToArray();
        var crisisLines = all.Where(i => lines[i].Level == ConcernLevel.Crisis).ToArray();
        var heads = new List<GramHead>
        {
            Fit(GramWeights.CrisisHead, data.Features, all, i => lines[i].Level == ConcernLevel.Crisis),
            Fit(GramWeights.ConcernHead, data.Features, all, i => lines[i].Level != ConcernLevel.None),
        };
        heads.AddRange(CrisisKinds.Select(kind => Fit(kind.ToString(), data.Features, crisisLines, i => lines[i].Kind == kind)));
        var trainedOn = lines.GroupBy(line => line.Source).Select(group => $"{group.Key}: {group.Count()}").ToList();
        return (GramWeights.Of(heads, validation.Thresholds, trainedOn), validation);
    }

    /// <summary>The lines' features, languages (as read at run time) and the built-in detector's level.</summary>
    public static Prepared Prepare(IReadOnlyList<TrainingLine> lines)
    {
        var detector = new CrisisDetector();
        return new Prepared(
            lines,
            [.. lines.Select(line => GramFeatures.Of(line.Text))],
            [.. lines.Select(line => GramLanguage.Of(line.Text))],
            [.. lines.Select(line => detector.Assess(line.Text, []).Level)]);
    }

    /// <summary>Each source scored by heads trained on all other sources, and the thresholds that reading allows.</summary>
    public static Validation CrossValidate(Prepared data)
    {
        var lines = data.Lines;
        var crisis = new float[lines.Count];
        var concern = new float[lines.Count];
        foreach (var source in lines.Select(line => line.Source).Distinct())
        {
            var train = Enumerable.Range(0, lines.Count).Where(i => lines[i].Source != source).ToArray();
            var crisisHead = Fit(GramWeights.CrisisHead, data.Features, train, i => lines[i].Level == ConcernLevel.Crisis);
            var concernHead = Fit(GramWeights.ConcernHead, data.Features, train, i => lines[i].Level != ConcernLevel.None);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Source == source)
                {
                    crisis[i] = GramClassifier.Sigmoid(crisisHead.Logit(data.Features[i]));
                    concern[i] = GramClassifier.Sigmoid(concernHead.Logit(data.Features[i]));
                }
            }
        }

        var thresholds = new SortedDictionary<string, GramThresholds>(StringComparer.Ordinal)
        {
            [GramWeights.AnyLanguage] = ThresholdsOf(data, crisis, concern, Enumerable.Range(0, lines.Count)),
        };
        foreach (var language in data.Languages.Distinct())
        {
            var rows = Enumerable.Range(0, lines.Count).Where(i => data.Languages[i] == language).ToArray();
            if (LeftOut.Contains(language))
            {
                thresholds[language] = new GramThresholds(Never, Never);
            }
            else if (rows.Count(i => lines[i].Level == ConcernLevel.None && !lines[i].Figure) >= MinOrdinaryLines)
            {
                thresholds[language] = ThresholdsOf(data, crisis, concern, rows);
            }
        }

        return new Validation(data, crisis, concern, thresholds);
    }

    /// <summary>
    /// The hand-off: above every ordinary or figurative line the built-in detector does not hand off. The check:
    /// reached by at most <see cref="CheckBudget"/> of the ordinary lines it does not check.
    /// </summary>
    private static GramThresholds ThresholdsOf(Prepared data, float[] crisis, float[] concern, IEnumerable<int> rows)
    {
        var lines = data.Lines;
        var negatives = rows.Where(i => lines[i].Level == ConcernLevel.None).ToArray();
        var highest = negatives.Where(i => data.Lexical[i] != ConcernLevel.Crisis).Select(i => crisis[i]).DefaultIfEmpty(0f).Max();
        var handOff = Math.Max(MinHandOff, Above(highest));
        var unchecked_ = negatives.Where(i => !lines[i].Figure && data.Lexical[i] == ConcernLevel.None)
            .Select(i => Math.Max(crisis[i], concern[i])).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(unchecked_.Length * CheckBudget);
        var check = allowed < unchecked_.Length ? Above(unchecked_[allowed]) : MinHandOff;
        return new GramThresholds(handOff, Math.Min(check, handOff));
    }

    /// <summary>The next thousandth above a reading; <see cref="Never"/> when that is 1 or more.</summary>
    private static float Above(float reading)
    {
        var threshold = (MathF.Floor(reading * 1000f) + 1f) / 1000f;
        return threshold >= 1f ? Never : threshold;
    }

    /// <summary>Logistic regression by stochastic gradient descent, in a fixed shuffled order, classes weighted to balance, quantized.</summary>
    private static GramHead Fit(string name, int[][] features, int[] rows, Func<int, bool> positive)
    {
        var weights = new float[GramFeatures.Buckets];
        var positives = rows.Count(positive);
        var negatives = rows.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return GramHead.Quantize(name, positives == 0 ? -10f : 10f, weights);
        }

        var bias = 0f;
        var positiveWeight = rows.Length / (2f * positives);
        var negativeWeight = rows.Length / (2f * negatives);
        var labels = rows.Select(positive).ToArray();
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1f + epoch);
            foreach (var k in order)
            {
                var x = features[rows[k]];
                var value = GramFeatures.ValueOf(x.Length);
                var logit = bias;
                foreach (var f in x)
                {
                    logit += weights[f] * value;
                }

                var gradient = (GramClassifier.Sigmoid(logit) - (labels[k] ? 1f : 0f)) * (labels[k] ? positiveWeight : negativeWeight);
                bias -= rate * gradient;
                foreach (var f in x)
                {
                    weights[f] -= rate * ((gradient * value) + (L2 * weights[f]));
                }
            }
        }

        return GramHead.Quantize(name, bias, weights);
    }

    /// <summary>The training lines read once: features, language as read at run time, the built-in detector's level.</summary>
    public sealed record Prepared(IReadOnlyList<TrainingLine> Lines, int[][] Features, string[] Languages, ConcernLevel[] Lexical);

    /// <summary>The cross-validated readings of every line, and the thresholds they allow.</summary>
    public sealed record Validation(Prepared Data, float[] Crisis, float[] Concern, IReadOnlyDictionary<string, GramThresholds> Thresholds)
    {
        private IReadOnlyList<TrainingLine> Lines => Data.Lines;

        private ConcernLevel LevelOf(int i)
        {
            var thresholds = Thresholds.TryGetValue(Data.Languages[i], out var own) ? own : Thresholds[GramWeights.AnyLanguage];
            return Crisis[i] >= thresholds.HandOff ? ConcernLevel.Crisis
                : Math.Max(Crisis[i], Concern[i]) >= thresholds.Check ? ConcernLevel.Check : ConcernLevel.None;
        }

        /// <summary>
        /// Per language (as labelled): crisis lines handed off by the built-in detector, by this layer, by either;
        /// distress lines checked; ordinary and figurative lines this layer adds a hand-off or a check to.
        /// </summary>
        public string Report()
        {
            var report = new StringBuilder("thresholds (hand-off, check) by language read at run time:");
            foreach (var (language, thresholds) in Thresholds)
            {
                report.Append(CultureInfo.InvariantCulture, $" {language} {thresholds.HandOff:0.000}/{thresholds.Check:0.000};");
            }

            report.Append("\nlanguage  crisis handed off: detector, n-grams, either   distress checked (either)   ordinary+figure: added hand-offs / added checks\n");
            foreach (var group in Enumerable.Range(0, Lines.Count).GroupBy(i => Lines[i].Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var crisis = group.Where(i => Lines[i].Level == ConcernLevel.Crisis).ToArray();
                var distress = group.Where(i => Lines[i].Level == ConcernLevel.Check).ToArray();
                var negative = group.Where(i => Lines[i].Level == ConcernLevel.None).ToArray();
                var lexical = crisis.Count(i => Data.Lexical[i] == ConcernLevel.Crisis);
                var grams = crisis.Count(i => LevelOf(i) == ConcernLevel.Crisis);
                var either = crisis.Count(i => Data.Lexical[i] == ConcernLevel.Crisis || LevelOf(i) == ConcernLevel.Crisis);
                var distressChecked = distress.Count(i => Data.Lexical[i] != ConcernLevel.None || LevelOf(i) != ConcernLevel.None);
                var addedHandOffs = negative.Count(i => Data.Lexical[i] != ConcernLevel.Crisis && LevelOf(i) == ConcernLevel.Crisis);
                var addedChecks = negative.Count(i => Data.Lexical[i] == ConcernLevel.None && LevelOf(i) == ConcernLevel.Check);
                report.Append(CultureInfo.InvariantCulture,
                    $"{group.Key,-8}  {crisis.Length,5}: {Percent(lexical, crisis.Length),6} {Percent(grams, crisis.Length),6} {Percent(either, crisis.Length),6}   {distress.Length,5}: {Percent(distressChecked, distress.Length),6}   {negative.Length,5}: {addedHandOffs} / {addedChecks}\n");
            }

            return report.ToString();
        }

        /// <summary>One line: crisis lines handed off by the built-in detector or this layer, English and the others, and what it adds on ordinary lines.</summary>
        public string Summary()
        {
            var all = Enumerable.Range(0, Lines.Count).ToArray();
            var english = all.Where(i => Lines[i].Level == ConcernLevel.Crisis && Lines[i].Language == "en").ToArray();
            var other = all.Where(i => Lines[i].Level == ConcernLevel.Crisis && Lines[i].Language != "en").ToArray();
            var distress = all.Where(i => Lines[i].Level == ConcernLevel.Check && Lines[i].Language != "en").ToArray();
            bool Either(int i) => Data.Lexical[i] == ConcernLevel.Crisis || LevelOf(i) == ConcernLevel.Crisis;
            var addedChecks = all.Count(i => Lines[i].Level == ConcernLevel.None && Data.Lexical[i] == ConcernLevel.None && LevelOf(i) == ConcernLevel.Check);
            return string.Create(CultureInfo.InvariantCulture,
                $"crisis en {Percent(english.Count(Either), english.Length)} other {Percent(other.Count(Either), other.Length)}; other distress checked {Percent(distress.Count(i => Data.Lexical[i] != ConcernLevel.None || LevelOf(i) != ConcernLevel.None), distress.Length)}; added checks on ordinary {addedChecks}");
        }

        private static string Percent(int part, int whole) => whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
    }
}
