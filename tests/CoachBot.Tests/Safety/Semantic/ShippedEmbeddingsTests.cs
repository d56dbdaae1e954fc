using System.Security.Cryptography;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The example bank ships with its embeddings precomputed, so start-up does not embed a few thousand lines:
/// they must be the bank's own, and when they are not, the bank is embedded anyway with a warning.
/// </summary>
public sealed class ShippedEmbeddingsTests
{
    /// <summary>Set to 1 to rewrite the shipped embeddings in the source tree (<see cref="ExampleBank.RegenerateCommand"/>).</summary>
    private const string RegenerateVariable = "COACHBOT_REGENERATE_SEMANTIC_EMBEDDINGS";

    [Fact]
    public void The_shipped_embeddings_were_made_from_the_shipped_bank()
    {
        var bank = SourceBankPath();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            ExampleBank.WriteEmbeddings(bank, MiniLmEmbedder.Shared);
        }

        var embeddings = ExampleBank.EmbeddingsPathOf(bank);
        Assert.True(File.Exists(embeddings), $"{embeddings} is missing; run: {ExampleBank.RegenerateCommand}");
        Assert.True(
            SHA256.HashData(File.ReadAllBytes(bank)).AsSpan().SequenceEqual(ExampleBank.DigestOfEmbeddings(embeddings)),
            $"{embeddings} is stale: the bank changed since. Run: {ExampleBank.RegenerateCommand}");
    }

    [Fact]
    public void A_bank_with_its_own_embeddings_is_not_embedded_again()
    {
        using var directory = new TemporaryBank(SmallBank);
        ExampleBank.WriteEmbeddings(directory.BankPath, MiniLmEmbedder.Shared);
        var embedder = new CountingEmbedder();
        var logger = new FakeLogger();

        var bank = ExampleBank.Load(directory.BankPath, embedder, logger);

        Assert.Equal(3, bank.Count);
        // Only the first example, to check the model is the one that made them.
        Assert.Equal([1], embedder.Batches);
        Assert.Empty(logger.Collector.GetSnapshot());
        Assert.Equal(ExampleBank.Load(directory.BankPath, MiniLmEmbedder.Shared, logger).Vectors, bank.Vectors);
    }

    [Fact]
    public void Stale_embeddings_are_ignored_the_bank_is_embedded_and_a_warning_says_how_to_regenerate()
    {
        using var directory = new TemporaryBank(SmallBank);
        ExampleBank.WriteEmbeddings(directory.BankPath, MiniLmEmbedder.Shared);
        File.AppendAllText(directory.BankPath, "None\tNone\tthe recruiter sent the calendar invite for tuesday\n");
        var embedder = new CountingEmbedder();
        var logger = new FakeLogger();

        var bank = ExampleBank.Load(directory.BankPath, embedder, logger);

        Assert.Equal(4, bank.Count);
        Assert.Equal([4], embedder.Batches);
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("another version of the bank", warning.Message, StringComparison.Ordinal);
        Assert.Contains(ExampleBank.RegenerateCommand, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeddings_from_another_model_are_ignored()
    {
        using var directory = new TemporaryBank(SmallBank);
        ExampleBank.WriteEmbeddings(directory.BankPath, new ConstantEmbedder());
        var logger = new FakeLogger();

        var bank = ExampleBank.Load(directory.BankPath, MiniLmEmbedder.Shared, logger);

        Assert.Contains("another sentence model", Assert.Single(logger.Collector.GetSnapshot()).Message, StringComparison.Ordinal);
        Assert.Equal(ExampleBank.Load(directory.BankPath, new CountingEmbedder(), logger).Vectors, bank.Vectors);
    }

    private const string SmallBank = "# a test bank\nCrisis\tSelfHarm\ti am going to end my life tonight\nCheck\tAcuteDistress\ti cannot stop shaking after the call\nNone\tNone\tthe panel asked about my capstone\n";

    /// <summary>The bank in the source tree, found from the test's output directory upwards.</summary>
    private static string SourceBankPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var bank = Path.Combine(directory.FullName, "src", "CoachBot", "Safety", "Semantic", "examples.tsv");
            if (File.Exists(bank))
            {
                return bank;
            }
        }

        // Run outside the repository: the copy beside the binaries was built from it.
        return SemanticCrisisOptions.DefaultExamplesPath;
    }

    private sealed class TemporaryBank : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("coachbot-bank-").FullName;

        public TemporaryBank(string content) => File.WriteAllText(BankPath, content);

        public string BankPath => Path.Combine(directory, "examples.tsv");

        public void Dispose() => Directory.Delete(directory, recursive: true);
    }

    /// <summary>The real model, counting batch sizes.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        public List<int> Batches { get; } = [];

        public float[][] Embed(string[] sentences, CancellationToken cancellationToken)
        {
            Batches.Add(sentences.Length);
            return MiniLmEmbedder.Shared.Embed(sentences, cancellationToken);
        }
    }

    /// <summary>Some other model: every sentence to the same unit vector.</summary>
    private sealed class ConstantEmbedder : ISentenceEmbedder
    {
        public float[][] Embed(string[] sentences, CancellationToken cancellationToken) =>
            [.. sentences.Select(_ => Enumerable.Range(0, 384).Select(i => i == 0 ? 1f : 0f).ToArray())];
    }
}
