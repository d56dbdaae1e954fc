using CoachBot.Safety.Semantic;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The semantic layer's MLP head ships trained, beside the model: it must have been trained on exactly today's
/// training lines and settings, a damaged file must stop the app, and training must really learn and be repeatable.
/// </summary>
public sealed class ShippedMlpHeadTests
{
    /// <summary>Set to 1 to retrain the head and rewrite the shipped file in the source tree (<see cref="MlpCrisisHead.RegenerateCommand"/>).</summary>
    private const string RetrainVariable = "COACHBOT_RETRAIN_SEMANTIC_HEAD";

    [Fact]
    public void The_shipped_head_was_trained_on_todays_training_lines_and_settings()
    {
        var root = RepositoryRoot();
        var semantic = Path.Combine(root, "src", "CoachBot", "Safety", "Semantic");
        var set = HeadTrainingSet.Read(Path.Combine(semantic, "examples.tsv"), Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training"), MlpSettings.Shipped);
        var shippedPath = Path.Combine(semantic, MlpCrisisHead.FileName);
        if (Environment.GetEnvironmentVariable(RetrainVariable) == "1")
        {
            set.Train(MiniLmEmbedder.Shared, MlpSettings.Shipped, CancellationToken.None).Write(shippedPath);
        }

        var shipped = MlpCrisisHead.Read(shippedPath);
        Assert.True(shipped.TrainingDigest.AsSpan().SequenceEqual(set.Digest),
            $"{shippedPath} is stale: the bank, the training files or the settings changed since it was trained. Run: {MlpCrisisHead.RegenerateCommand}");
        Assert.Equal(MlpSettings.Shipped.Hidden, shipped.Hidden);
    }

    [Fact]
    public void The_training_lines_are_english_and_each_text_once()
    {
        var root = RepositoryRoot();
        var set = HeadTrainingSet.Read(
            Path.Combine(root, "src", "CoachBot", "Safety", "Semantic", "examples.tsv"), Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training"), MlpSettings.Shipped);

        Assert.Equal(set.Lines.Count, set.Lines.Select(line => HeadTrainingSet.KeyOf(line.Text)).Distinct(StringComparer.Ordinal).Count());
        // The blind writers' files are read, not only the bank: the hard negatives among them.
        Assert.Contains(set.Lines, line => line.Source == "fresh-5-hard-negatives" && !line.IsCrisis);
        Assert.Contains(set.Lines, line => line.Source == "fresh-5-en" && line.IsCrisis);
        // Other languages' rows are the concept layer's, never this head's.
        Assert.DoesNotContain(set.Lines, line => line.Source.StartsWith("lang-", StringComparison.Ordinal) || line.Source == "fresh-3-other");
    }

    [Fact]
    public void The_head_beside_the_binaries_loads_and_reads_the_models_embeddings()
    {
        var head = MlpCrisisHead.Read(MlpCrisisHead.DefaultPath);

        var ordinary = MiniLmEmbedder.Shared.Embed(["can you help me write a thank you note to the recruiter"], CancellationToken.None)[0];
        Assert.Equal(ordinary.Length, head.Dimensions);
        Assert.InRange(head.CrisisProbability(ordinary), 0f, 0.5f);
    }

    [Fact]
    public void A_damaged_file_stops_the_app_with_the_command_that_regenerates_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coachbot-mlp-{Guid.NewGuid():N}.bin");
        try
        {
            var bytes = File.ReadAllBytes(MlpCrisisHead.DefaultPath);
            bytes[^3] ^= 0x40;
            File.WriteAllBytes(path, bytes);

            var error = Assert.Throws<InvalidDataException>(() => MlpCrisisHead.Read(path));
            Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
            Assert.Contains(MlpCrisisHead.RegenerateCommand, error.Message, StringComparison.Ordinal);

            File.Delete(path);
            Assert.Contains(MlpCrisisHead.RegenerateCommand, Assert.Throws<InvalidDataException>(() => MlpCrisisHead.Read(path)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_learns_a_pattern_no_line_shows_alone_and_gives_the_same_head_every_time()
    {
        // Crisis exactly when the first two coordinates agree in sign (an exclusive-or): no logistic head can
        // read it, one hidden layer can.
        var random = new Random(7);
        const int dimensions = 8, count = 800;
        var vectors = new float[count * dimensions];
        var labels = new float[count];
        for (var i = 0; i < count; i++)
        {
            var row = vectors.AsSpan(i * dimensions, dimensions);
            for (var j = 0; j < dimensions; j++)
            {
                row[j] = (random.NextSingle() * 2) - 1;
            }

            labels[i] = row[0] * row[1] > 0 ? 1f : 0f;
        }

        var settings = MlpSettings.Shipped with { Hidden = 16, Epochs = 60, Dropout = 0f };
        var digest = System.Security.Cryptography.SHA256.HashData("an exclusive-or"u8);
        var head = MlpCrisisHead.Train(vectors, dimensions, labels, settings, digest);
        var again = MlpCrisisHead.Train(vectors, dimensions, labels, settings, digest);

        float[] agree = [0.7f, 0.6f, 0, 0, 0, 0, 0, 0], differ = [0.7f, -0.6f, 0, 0, 0, 0, 0, 0];
        Assert.True(head.CrisisProbability(agree) > 0.8f, $"agreeing signs read as {head.CrisisProbability(agree)}");
        Assert.True(head.CrisisProbability(differ) < 0.2f, $"differing signs read as {head.CrisisProbability(differ)}");
        Assert.Equal(head.CrisisProbability(agree), again.CrisisProbability(agree));

        // What is written is what is read.
        var path = Path.Combine(Path.GetTempPath(), $"coachbot-mlp-{Guid.NewGuid():N}.bin");
        try
        {
            head.Write(path);
            var read = MlpCrisisHead.Read(path);
            Assert.Equal(head.CrisisProbability(differ), read.CrisisProbability(differ));
            Assert.Equal(digest, read.TrainingDigest);
        }
        finally
        {
            File.Delete(path);
        }
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

        throw new InvalidOperationException("The repository root (CoachBot.sln) is not above the test's output directory.");
    }
}
