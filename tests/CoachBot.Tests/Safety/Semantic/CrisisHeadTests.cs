using System.Diagnostics.Metrics;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The trained head beside the nearest examples: it reads crisis phrasings whose nearest examples alone are
/// not enough, never lowers their verdict, and training is deterministic and really learns (on a small bank
/// whose answer is known).
/// </summary>
public sealed class CrisisHeadTests
{
    private static readonly Lazy<SemanticModel> Model = new(() => SemanticModel.LoadShared(SemanticCrisisOptions.DefaultExamplesPath, NullLogger.Instance));

    private static SemanticCrisisAssessor NewAssessor() =>
        new(Model.Value, new FakeLogger<SemanticCrisisAssessor>(), new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    // Written for this test; in none of the bank, the corpus or the validation lines. The nearest examples
    // alone (the layer before the head) read no piece of it as a crisis, only a check.
    [Theory]
    [InlineData("driving home drunk right now after a full bottle of wine")]
    public async Task A_crisis_whose_nearest_examples_are_not_enough_is_read_as_one_by_the_head(string message)
    {
        // What the layer read before the head: the nearest examples of every piece of the message.
        var (pieces, _) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message));
        Assert.All(Model.Value.Embedder.Embed(pieces, CancellationToken.None), embedding =>
            Assert.NotEqual(ConcernLevel.Crisis, NearestExamples.In(Model.Value.Bank, embedding).Verdict().Level));

        var signal = await NewAssessor().AssessAsync(message, [], CancellationToken.None);

        Assert.Equal(ConcernLevel.Crisis, signal.Level);
    }

    [Fact]
    public void The_head_never_lowers_what_the_nearest_examples_say()
    {
        var ordinary = Model.Value.Embedder.Embed(["can you help me write a thank you note to the recruiter"], CancellationToken.None)[0];
        var nearest = NearestExamples.In(Model.Value.Bank, ordinary);
        Assert.True(Model.Value.Head.CrisisProbability(ordinary, NearestExamples.In(Model.Value.Bank, ordinary)) < 0.5f);

        foreach (var verdict in new[] { new SafetySignal(ConcernLevel.Crisis, Abuse), new SafetySignal(ConcernLevel.Check, AcuteDistress), SafetySignal.None })
        {
            Assert.Equal(verdict, Model.Value.Head.Raise(verdict, nearest, ordinary));
        }
    }

    [Fact]
    public void A_phrasing_the_bank_holds_as_no_crisis_is_not_raised_however_sure_the_head_is()
    {
        // An ordinary line of the bank itself: the head, reading topics, is sure it is a crisis.
        var line = Model.Value.Embedder.Embed(["my dad is going to kill me when he finds out i didn't get it"], CancellationToken.None)[0];
        Assert.True(Model.Value.Head.CrisisProbability(line, NearestExamples.In(Model.Value.Bank, line)) >= HeadThresholds.Default.CrisisWithCheck);

        var check = new SafetySignal(ConcernLevel.Check, AcuteDistress);
        Assert.Equal(check, Model.Value.Head.Raise(check, NearestExamples.In(Model.Value.Bank, line), line));
    }

    [Fact]
    public void Training_learns_what_the_bank_teaches_and_gives_the_same_head_every_time()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coachbot-head-{Guid.NewGuid():N}.tsv");
        try
        {
            // Crisis lines lie along one axis, the others along another; each line a little apart.
            File.WriteAllLines(path, Enumerable.Range(0, 600).Select(i => (i % 3) switch
            {
                0 => $"Crisis\tSelfHarm\tcrisis {i}",
                1 => $"Check\tAcuteDistress\tcheck {i}",
                _ => $"None\tNone\tordinary {i}",
            }));
            var bank = ExampleBank.Load(path, new AxisEmbedder(), NullLogger.Instance);

            var head = CrisisHead.Train(bank);
            var again = CrisisHead.Train(bank);

            var crisis = AxisEmbedder.Vector("crisis 99");
            var ordinary = AxisEmbedder.Vector("ordinary 99");
            Assert.True(head.CrisisProbability(crisis, NearestExamples.In(bank, crisis)) > 0.9f, $"crisis read as {head.CrisisProbability(crisis, NearestExamples.In(bank, crisis))}");
            Assert.True(head.CrisisProbability(ordinary, NearestExamples.In(bank, ordinary)) < 0.1f, $"ordinary read as {head.CrisisProbability(ordinary, NearestExamples.In(bank, ordinary))}");
            Assert.Equal(head.CrisisProbability(crisis, NearestExamples.In(bank, crisis)), again.CrisisProbability(crisis, NearestExamples.In(bank, crisis)));
            Assert.Same(CrisisHead.Of(bank), CrisisHead.Of(bank));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Crisis sentences near one axis, the rest near another, each tilted by its number.</summary>
    private sealed class AxisEmbedder : ISentenceEmbedder
    {
        private const int Dimensions = 8;

        public float[][] Embed(string[] sentences, CancellationToken cancellationToken) => [.. sentences.Select(Vector)];

        public static float[] Vector(string sentence)
        {
            var vector = new float[Dimensions];
            vector[sentence.StartsWith("crisis", StringComparison.Ordinal) ? 0 : 1] = 1f;
            vector[2 + (int.Parse(sentence.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) % (Dimensions - 2))] = 0.5f;
            var length = MathF.Sqrt(vector.Sum(x => x * x));
            return [.. vector.Select(x => x / length)];
        }
    }
}
