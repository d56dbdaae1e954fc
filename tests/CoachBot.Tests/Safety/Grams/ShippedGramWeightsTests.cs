using System.Globalization;
using CoachBot.Safety.Concepts;
using CoachBot.Safety.Grams;
using Xunit.Abstractions;

namespace CoachBot.Tests.Safety.Grams;

/// <summary>
/// The n-gram classifier ships trained: its weights must be what the training files give today (training is
/// deterministic), and a damaged or stale file must stop the app rather than read messages with wrong weights.
/// </summary>
public sealed class ShippedGramWeightsTests(ITestOutputHelper output)
{
    /// <summary>Set to 1 to retrain and rewrite the shipped weights in the source tree (<see cref="GramWeights.RegenerateCommand"/>).</summary>
    private const string RetrainVariable = "COACHBOT_RETRAIN_GRAMS";

    [Fact]
    public void The_shipped_weights_are_what_the_training_files_give()
    {
        var root = RepositoryRoot();
        var (trained, validation) = GramTrainer.Train(TrainingSet.Read(TrainingSet.Files(root)));
        var shippedPath = Path.Combine(root, "src", "CoachBot", "Safety", "Grams", GramWeights.FileName);
        if (Environment.GetEnvironmentVariable(RetrainVariable) == "1")
        {
            File.WriteAllText(shippedPath, trained.ToJson());
            File.WriteAllText(Path.Combine(root, "src", "CoachBot", "Safety", "Grams", "validation.txt"), validation.Report());
            output.WriteLine(CostPerMessage(new GramClassifier(trained), validation.Data.Lines));
            // COACHBOT_GRAMS_SWEEP="epochs:rate:l2,...": other training settings, read by the same folds (to choose them).
            var prepared = validation.Data;
            foreach (var setting in (Environment.GetEnvironmentVariable("COACHBOT_GRAMS_SWEEP") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = setting.Split(':');
                var defaults = (GramTrainer.Epochs, GramTrainer.LearningRate, GramTrainer.L2);
                (GramTrainer.Epochs, GramTrainer.LearningRate, GramTrainer.L2) = (int.Parse(parts[0], CultureInfo.InvariantCulture),
                    float.Parse(parts[1], CultureInfo.InvariantCulture), float.Parse(parts[2], CultureInfo.InvariantCulture));
                var swept = GramTrainer.CrossValidate(prepared);
                output.WriteLine($"{setting}: {swept.Summary()}\n{swept.Report()}");
                (GramTrainer.Epochs, GramTrainer.LearningRate, GramTrainer.L2) = defaults;
            }
        }

        output.WriteLine($"{validation.Summary()}\n{validation.Report()}");
        var shipped = GramWeights.Load(shippedPath);
        Assert.Equal(trained.Thresholds.OrderBy(pair => pair.Key, StringComparer.Ordinal), shipped.Thresholds.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        var fresh = trained.DecodeHeads();
        var kept = shipped.DecodeHeads();
        Assert.Equal(fresh.Select(head => head.Name), kept.Select(head => head.Name));
        foreach (var (head, shippedHead) in fresh.Zip(kept))
        {
            Assert.Equal(head.Bias, shippedHead.Bias, 3);
            Assert.Equal(head.Scale, shippedHead.Scale, 5);
            Assert.True(head.Weights.AsSpan().SequenceEqual(shippedHead.Weights),
                $"The shipped head '{shippedHead.Name}' is stale: retrain with {GramWeights.RegenerateCommand}");
        }
    }

    [Fact]
    public void The_weights_beside_the_binaries_load()
    {
        var weights = GramWeights.Load(GramCrisisAssessor.DefaultWeightsPath);

        Assert.Equal(GramWeights.FeaturizerVersion, weights.Featurizer);
        Assert.All(weights.Thresholds.Values, thresholds =>
        {
            Assert.True(thresholds.HandOff >= GramTrainer.MinHandOff);
            Assert.InRange(thresholds.Check, 0f, thresholds.HandOff);
        });
        Assert.Equal(7, weights.DecodeHeads().Count);
    }

    [Fact]
    public void A_damaged_file_fails_its_checksum()
    {
        var text = File.ReadAllText(GramCrisisAssessor.DefaultWeightsPath);
        // One character of a head's weights changed, the JSON still valid.
        var at = text.IndexOf("\"weights\":\"", StringComparison.Ordinal) + "\"weights\":\"".Length + 10;
        var damaged = string.Concat(text.AsSpan(0, at), text[at] == 'A' ? "B" : "A", text.AsSpan(at + 1));

        var error = Assert.Throws<InvalidDataException>(() => GramWeights.Parse(damaged));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        Assert.Contains(GramWeights.RegenerateCommand, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_from_another_featurizer_are_refused()
    {
        var weights = GramWeights.Load(GramCrisisAssessor.DefaultWeightsPath) with { Featurizer = "an older featurizer" };

        var error = Assert.Throws<InvalidDataException>(() => GramWeights.Parse(weights.ToJson()));
        Assert.Contains("another featurizer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_the_command_that_makes_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => GramWeights.Load(Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json")));
        Assert.Contains(GramWeights.RegenerateCommand, error.Message, StringComparison.Ordinal);
    }

    /// <summary>What reading a message costs, for the record (printed when retraining, never asserted: speed is measured in bench/).</summary>
    private static string CostPerMessage(GramClassifier classifier, IReadOnlyList<TrainingLine> lines)
    {
        foreach (var line in lines)
        {
            classifier.Assess(line.Text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        const int Rounds = 3;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var line in lines)
            {
                classifier.Assess(line.Text);
            }
        }

        var messages = Rounds * lines.Count;
        var cpuUsed = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return string.Create(CultureInfo.InvariantCulture,
            $"cost per message ({messages} messages, mean {lines.Average(line => line.Text.Length):0} characters): {clock.Elapsed.TotalMicroseconds / messages:0.0} µs wall, {cpuUsed.TotalMicroseconds / messages:0.0} µs CPU (process), {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)messages:0} bytes allocated");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from within the repository: the training files are in its source tree.");
    }
}
