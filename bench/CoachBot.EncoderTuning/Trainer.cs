using System.Diagnostics;
using System.Globalization;
using CoachBot.Safety.Semantic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CoachBot.EncoderTuning;

/// <summary>What a run trains: adapters' places, rank, steps, and which writer groups are held apart to choose the epoch.</summary>
public sealed record TuningSettings(
    string[] Targets, int Rank, double Alpha, int Epochs, double LearningRate, int BatchSize, int MaxTokens, int Seed, string[] HeldApart, double Dropout, double KeepCosines, bool MeasureBefore,
    double HardWeight, string[] HardSources)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"targets={string.Join('+', Targets)} rank={Rank} alpha={Alpha} epochs={Epochs} rate={LearningRate} batch={BatchSize} maxTokens={MaxTokens} seed={Seed} dropout={Dropout} keepCosines={KeepCosines} heldApart={string.Join('+', HeldApart)} hardWeight={HardWeight} hardSources={string.Join('+', HardSources)}");

    /// <summary>
    /// A line's weight in the classification loss: <see cref="HardWeight"/> for a figure of speech and for every line
    /// of the hard files (hard negatives, and crisis lines phrased close to figures, which keep the figures' pull
    /// from costing crisis lines), 1 otherwise. Ninth round: the eighth round's adapters moved "I could just die"
    /// and heavy drinking after a rejection next to crisis lines.
    /// </summary>
    public double WeightOf(LabelledLine line) =>
        line.Label == "figure" || HardSources.Contains(line.Source) ? HardWeight : 1.0;
}

/// <summary>
/// Stage 2: LoRA adapters on the frozen encoder, trained with a small head on the unit mean embedding (crisis, distress,
/// other), on the semantic head's training lines less the held-apart writer groups. Before training and after each
/// epoch the run measures like for like: the shipped MLP head (<see cref="MlpCrisisHead"/>, shipped settings) is trained
/// on the current encoder's embeddings of the training lines, and read on the held-apart groups and on a blind file.
/// </summary>
public sealed class Trainer(TuningSettings settings, string repository, string blindFile, string outputDirectory)
{
    public int Run()
    {
        manual_seed(settings.Seed);
        var all = LabelledLine.TrainingSet(repository);
        var train = all.Where(l => !settings.HeldApart.Contains(l.Source)).ToList();
        var apart = all.Where(l => settings.HeldApart.Contains(l.Source)).ToList();
        var blind = LabelledLine.Corpus(blindFile);
        Console.WriteLine($"{settings}");
        Console.WriteLine($"train {train.Count} (crisis {train.Count(l => l.Class == LabelledLine.Crisis)}), held apart {apart.Count}, blind {blind.Count}");

        using var encoder = new MiniLmEncoder(MiniLmWeights.FromPackage(), settings.Targets, settings.Rank, settings.Alpha);
        var head = nn.Sequential(
            ("hidden", nn.Linear(MiniLmEncoder.Hidden, 256)),
            ("relu", nn.ReLU()),
            ("dropout", nn.Dropout(settings.Dropout)),
            ("out", nn.Linear(256, 3)));
        var trainTokens = new Tokenized([.. train.Select(l => l.Text)]);
        Truncate(trainTokens, settings.MaxTokens);
        var apartTokens = new Tokenized([.. apart.Select(l => l.Text)]);
        var blindTokens = new Tokenized([.. blind.Select(l => l.Text)]);
        var labels = train.Select(l => (long)l.Class).ToArray();
        var weights = train.Select(l => (float)settings.WeightOf(l)).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"weighted {settings.HardWeight}: {train.Count(l => settings.WeightOf(l) != 1.0)} lines ({string.Join(", ", train.Where(l => settings.WeightOf(l) != 1.0).GroupBy(l => l.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))})"));

        if (settings.MeasureBefore)
        {
            Measure(0, encoder, trainTokens, train, apartTokens, apart, blindTokens, blind);
        }

        var parameters = encoder.TrainableParameters().Concat(head.parameters()).ToList();
        using var optimizer = optim.AdamW(parameters, lr: settings.LearningRate, weight_decay: 0.01);
        var random = new Random(settings.Seed);
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            head.train();
            var batches = Shuffled(trainTokens, train.Count, random);
            var lossSum = 0.0;
            for (var b = 0; b < batches.Count; b++)
            {
                using var scope = NewDisposeScope();
                var rows = batches[b];
                var (ids, mask) = trainTokens.Batch(rows);
                var target = tensor(rows.Select(r => labels[r]).ToArray());
                optimizer.zero_grad();
                var embedded = encoder.Embed(ids, mask);
                // The weighted mean of the lines' losses (the plain mean when every weight is 1).
                var weight = tensor(rows.Select(r => weights[r]).ToArray());
                var loss = (nn.functional.cross_entropy(head.call(embedded), target, reduction: nn.Reduction.None) * weight).sum() / weight.sum();
                if (settings.KeepCosines > 0)
                {
                    // The bank's rules are cosines chosen on the package model: keep the batch's pairwise cosines
                    // where the package model puts them.
                    Tensor before;
                    using (no_grad())
                    {
                        before = encoder.Embed(ids, mask, withAdapters: false);
                    }

                    var drift = embedded.matmul(embedded.t()) - before.matmul(before.t());
                    loss = loss + (drift.pow(2).mean() * settings.KeepCosines);
                }

                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                if ((b + 1) % 20 == 0)
                {
                    Console.WriteLine($"  epoch {epoch} batch {b + 1}/{batches.Count} loss {lossSum / (b + 1):F4} {clock.Elapsed.TotalSeconds:F0} s");
                }
            }

            Console.WriteLine($"epoch {epoch}: loss {lossSum / batches.Count:F4}, {clock.Elapsed.TotalMinutes:F1} min");
            head.eval();
            var path = Path.Combine(outputDirectory, $"encoder-lora.epoch{epoch}.bin");
            AdapterFile.Write(path, encoder);
            Console.WriteLine($"wrote {path}");
            Measure(epoch, encoder, trainTokens, train, apartTokens, apart, blindTokens, blind);
        }

        return 0;
    }

    private void Measure(int epoch, MiniLmEncoder encoder, Tokenized trainTokens, List<LabelledLine> train, Tokenized apartTokens, List<LabelledLine> apart, Tokenized blindTokens, IReadOnlyList<LabelledLine> blind)
    {
        var clock = Stopwatch.StartNew();
        var trainVectors = Embed(encoder, trainTokens, train.Count);
        var apartVectors = Embed(encoder, apartTokens, apart.Count);
        var blindVectors = Embed(encoder, blindTokens, blind.Count);
        var mlp = MlpCrisisHead.Train(trainVectors, MiniLmEncoder.Hidden, [.. train.Select(l => l.Class == LabelledLine.Crisis ? 1f : 0f)], MlpSettings.Shipped, []);
        var apartP = Probabilities(mlp, apartVectors);
        var blindP = Probabilities(mlp, blindVectors);
        Console.WriteLine($"== epoch {epoch} (measured in {clock.Elapsed.TotalMinutes:F1} min): the shipped MLP head retrained on this encoder's embeddings");
        Report("held apart", apart, apartP);
        Report("blind", blind, blindP);
        // Bars chosen on the held-apart groups: the lowest probability that at most 1 % / 2 % of their non-crisis
        // lines reach, then read on the blind file.
        foreach (var budget in new[] { 0.0, 0.01, 0.02 })
        {
            var bar = BarFor(apart, apartP, budget);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bar {bar:F4} (held-apart non-crisis ≤ {budget:P0}): blind {Counts(blind, blindP, bar)}"));
        }

        foreach (var bar in new[] { 0.5, 0.9, 0.95, 0.99, 0.999 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fixed p ≥ {bar}: held apart {Counts(apart, apartP, bar)}; blind {Counts(blind, blindP, bar)}"));
        }
    }

    private static string Counts(IReadOnlyList<LabelledLine> lines, float[] p, double bar)
    {
        int Over(string label) => lines.Where((l, i) => l.Label == label && p[i] >= bar).Count();
        int Of(string label) => lines.Count(l => l.Label == label);
        return $"crisis {Over("crisis")}/{Of("crisis")}, distress {Over("distress")}/{Of("distress")}, ordinary {Over("ordinary")}/{Of("ordinary")}, figure {Over("figure")}/{Of("figure")}";
    }

    private static void Report(string name, IReadOnlyList<LabelledLine> lines, float[] p)
    {
        var crisis = p.Where((_, i) => lines[i].Class == LabelledLine.Crisis).ToArray();
        var other = p.Where((_, i) => lines[i].Class != LabelledLine.Crisis).ToArray();
        var ordinary = p.Where((_, i) => lines[i].Label is "ordinary" or "figure").ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: AUC crisis vs rest {Auc(crisis, other):F4}, crisis vs ordinary+figure {Auc(crisis, ordinary):F4}"));
    }

    private static double BarFor(IReadOnlyList<LabelledLine> lines, float[] p, double budget)
    {
        var others = p.Where((_, i) => lines[i].Label is "ordinary" or "figure").OrderDescending().ToArray();
        var allowed = (int)Math.Floor(budget * others.Length);
        return allowed < others.Length ? others[allowed] + 1e-6 : 0;
    }

    private static double Auc(float[] positives, float[] negatives)
    {
        double wins = 0;
        foreach (var a in positives)
        {
            foreach (var b in negatives)
            {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }

        return wins / ((double)positives.Length * negatives.Length);
    }

    private static float[] Probabilities(MlpCrisisHead head, float[] vectors) =>
        [.. Enumerable.Range(0, vectors.Length / MiniLmEncoder.Hidden).Select(i => head.CrisisProbability(vectors.AsSpan(i * MiniLmEncoder.Hidden, MiniLmEncoder.Hidden)))];

    /// <summary>Every sentence's unit mean embedding, row after row.</summary>
    public static float[] Embed(MiniLmEncoder encoder, Tokenized tokens, int count)
    {
        var vectors = new float[count * MiniLmEncoder.Hidden];
        using var noGrad = no_grad();
        foreach (var rows in tokens.ByLength(Enumerable.Range(0, count), 32))
        {
            using var scope = NewDisposeScope();
            var (ids, mask) = tokens.Batch(rows);
            var batch = encoder.Embed(ids, mask).data<float>().ToArray();
            for (var j = 0; j < rows.Length; j++)
            {
                batch.AsSpan(j * MiniLmEncoder.Hidden, MiniLmEncoder.Hidden).CopyTo(vectors.AsSpan(rows[j] * MiniLmEncoder.Hidden));
            }
        }

        return vectors;
    }

    /// <summary>Batches of similar length in random order: shuffled, cut in runs of 8 batches, each run sorted by length.</summary>
    private List<int[]> Shuffled(Tokenized tokens, int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        var batches = order.Chunk(settings.BatchSize * 8)
            .SelectMany(run => run.OrderBy(r => tokens.Ids[r].Length).Chunk(settings.BatchSize))
            .ToArray();
        random.Shuffle(batches);
        return [.. batches];
    }

    /// <summary>Training reads at most <paramref name="maxTokens"/> tokens of a line (its start and the closing [SEP]).</summary>
    private static void Truncate(Tokenized tokens, int maxTokens)
    {
        for (var i = 0; i < tokens.Ids.Length; i++)
        {
            if (tokens.Ids[i].Length > maxTokens)
            {
                var ids = tokens.Ids[i];
                tokens.Ids[i] = [.. ids.AsSpan(0, maxTokens - 1), ids[^1]];
            }
        }
    }
}
