using CoachBot.Safety;
using CoachBot.Safety.Concepts;
using CoachBot.Safety.Grams;
using CoachBot.Safety.Semantic;
using Xunit.Abstractions;

namespace CoachBot.Tests.Safety.Concepts;

/// <summary>
/// The concept classifier ships trained: its weights must be what the training files give today, and a damaged
/// or stale file must stop the app rather than read messages with the wrong weights.
/// </summary>
public sealed class ShippedConceptWeightsTests(ITestOutputHelper output)
{
    /// <summary>Set to 1 to retrain and rewrite the shipped weights in the source tree (<see cref="ConceptWeights.RegenerateCommand"/>).</summary>
    private const string RetrainVariable = "COACHBOT_RETRAIN_CONCEPTS";

    [Fact]
    public void The_shipped_weights_are_what_the_training_files_give()
    {
        var root = RepositoryRoot();
        var (trained, validation) = ConceptTrainer.Train(TrainingSet.Read(TrainingSet.Files(root)));
        var shippedPath = Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", ConceptWeights.FileName);
        if (Environment.GetEnvironmentVariable(RetrainVariable) == "1")
        {
            File.WriteAllText(shippedPath, trained.ToJson());
            File.WriteAllText(Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training", "validation.txt"), validation.Report());
            var misses = Path.Combine(Path.GetTempPath(), "coachbot-concept-misses.tsv");
            File.WriteAllLines(misses, validation.Misses());
            output.WriteLine($"misses: {misses}");
            foreach (var l2 in (Environment.GetEnvironmentVariable("COACHBOT_CONCEPTS_SWEEP") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var kept = ConceptTrainer.L2;
                ConceptTrainer.L2 = float.Parse(l2, System.Globalization.CultureInfo.InvariantCulture);
                output.WriteLine($"L2 {l2}\n{ConceptTrainer.CrossValidate(TrainingSet.Read(TrainingSet.Files(root))).Sweep()}");
                ConceptTrainer.L2 = kept;
            }
        }

        output.WriteLine(validation.Report());
        output.WriteLine(validation.Sweep());
        var shipped = ConceptWeights.Load(shippedPath);
        Assert.Equal(trained.CrisisThreshold, shipped.CrisisThreshold, 3);
        Assert.Equal(trained.CheckThreshold, shipped.CheckThreshold, 3);
        Assert.Equal(trained.Heads.Select(head => head.Name), shipped.Heads.Select(head => head.Name));
        foreach (var (fresh, kept) in trained.Heads.Zip(shipped.Heads))
        {
            Assert.Equal(fresh.Bias, kept.Bias, 2);
            Assert.True(fresh.Weights.Zip(kept.Weights).All(pair => Math.Abs(pair.First - pair.Second) < 0.01f),
                $"The shipped head '{kept.Name}' is stale: retrain with {ConceptWeights.RegenerateCommand}");
        }
    }

    [Fact]
    public void The_figures_written_for_the_encoder_train_the_semantic_head_but_not_the_concept_and_gram_layers()
    {
        var root = RepositoryRoot();
        var training = Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training");

        var files = TrainingSet.Files(root);
        var head = HeadTrainingSet.Read(Path.Combine(root, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"), training, MlpSettings.Shipped);

        Assert.All(TrainingSet.SemanticOnlyFiles, file => Assert.True(File.Exists(Path.Combine(training, file)), file));
        Assert.DoesNotContain(files, path => TrainingSet.SemanticOnlyFiles.Contains(Path.GetFileName(path)));
        Assert.Contains(files, path => Path.GetFileName(path) == "fresh-5-hard-negatives.tsv");
        Assert.Contains(head.Lines, line => line.Source == "fig-1" && line.Label == "figure");
        Assert.Contains(head.Lines, line => line.Source == "fig-1" && line.IsCrisis);
    }

    [Fact]
    public void The_tenth_rounds_writers_train_the_semantic_head_only()
    {
        var root = RepositoryRoot();
        var training = Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training");
        var head = HeadTrainingSet.Read(Path.Combine(root, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"), training, MlpSettings.Shipped);
        string[] tenthRound = ["fresh-10-en", "fresh-10-other", "ml-1", "ml-2"];

        Assert.All(tenthRound, source => Assert.Contains($"{source}.tsv", TrainingSet.SemanticOnlyFiles));
        var concepts = ConceptWeights.Load(Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", ConceptWeights.FileName));
        var grams = GramWeights.Load(Path.Combine(root, "src", "CoachBot", "Safety", "Grams", GramWeights.FileName));
        Assert.DoesNotContain(concepts.TrainedOn.Concat(grams.TrainedOn), entry => tenthRound.Contains(entry[..entry.IndexOf(':', StringComparison.Ordinal)]));
        // Their English rows reach the head: harm to others and abuse at home from ml-2, figures of speech from fresh-10.
        Assert.Contains(head.Lines, line => line.Source == "ml-2" && line.IsCrisis && line.Signal.Kind == ConcernKind.HarmToOthers);
        Assert.Contains(head.Lines, line => line.Source == "ml-2" && line.IsCrisis && line.Signal.Kind == ConcernKind.Abuse);
        Assert.Contains(head.Lines, line => line.Source == "fresh-10-en" && line.Label == "figure");
    }

    [Fact]
    public void The_eleventh_rounds_writer_trains_the_semantic_head_only()
    {
        var root = RepositoryRoot();
        var training = Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training");
        var head = HeadTrainingSet.Read(Path.Combine(root, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"), training, MlpSettings.Shipped);
        string[] eleventhRound = ["fresh-11-en", "fresh-11-other"];

        Assert.All(eleventhRound, source => Assert.Contains($"{source}.tsv", TrainingSet.SemanticOnlyFiles));
        var concepts = ConceptWeights.Load(Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", ConceptWeights.FileName));
        var grams = GramWeights.Load(Path.Combine(root, "src", "CoachBot", "Safety", "Grams", GramWeights.FileName));
        Assert.DoesNotContain(concepts.TrainedOn.Concat(grams.TrainedOn), entry => eleventhRound.Contains(entry[..entry.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains(head.Lines, line => line.Source == "fresh-11-en" && line.IsCrisis && line.Signal.Kind == ConcernKind.HarmToOthers);
    }

    [Fact]
    public void The_weights_beside_the_binaries_load()
    {
        var weights = ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath);

        Assert.Equal(ConceptLexicon.Hash, weights.Dictionary);
        Assert.InRange(weights.CrisisThreshold, 0.5f, 1f);
        Assert.InRange(weights.CheckThreshold, 0f, weights.CrisisThreshold);
    }

    [Fact]
    public void A_damaged_file_fails_its_checksum()
    {
        var text = File.ReadAllText(ConceptCrisisAssessor.DefaultWeightsPath);
        // One weight changed by a digit, the JSON still valid.
        var at = text.IndexOf("\"weights\":[", StringComparison.Ordinal) + "\"weights\":[".Length;
        var damaged = string.Concat(text.AsSpan(0, at), "7", text.AsSpan(at));

        var error = Assert.Throws<InvalidDataException>(() => ConceptWeights.Parse(damaged));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        Assert.Contains(ConceptWeights.RegenerateCommand, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_trained_on_another_dictionary_are_refused()
    {
        var weights = ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath) with { Dictionary = "an older dictionary" };

        var error = Assert.Throws<InvalidDataException>(() => ConceptWeights.Parse(weights.ToJson()));
        Assert.Contains("another concept dictionary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_the_command_that_makes_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ConceptWeights.Load(Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json")));
        Assert.Contains(ConceptWeights.RegenerateCommand, error.Message, StringComparison.Ordinal);
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
