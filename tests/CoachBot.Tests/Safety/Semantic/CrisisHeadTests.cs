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
    // alone (the layer before the head) read no piece of them as a crisis, at most a check.
    [Theory]
    [InlineData("drove home after six beers and i plan to do it again tonight")]
    [InlineData("the pharmacy gave me a month of my meds and i am keeping them for one night")]
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
        Assert.True(Model.Value.Head.CrisisProbability(ordinary) < 0.5f);
        Assert.True(CrisisHead.Of(Model.Value.Bank).CrisisProbability(ordinary, nearest) < 0.5f);

        foreach (var verdict in new[] { new SafetySignal(ConcernLevel.Crisis, Abuse), new SafetySignal(ConcernLevel.Check, AcuteDistress), SafetySignal.None })
        {
            Assert.Equal(verdict, CrisisHead.Raise(verdict, nearest, Model.Value.Head.CrisisProbability(ordinary), HeadThresholds.Default));
            Assert.Equal(verdict, CrisisHead.Of(Model.Value.Bank).Raise(verdict, nearest, ordinary));
        }
    }

    [Fact]
    public void A_phrasing_the_bank_holds_as_no_crisis_is_not_raised_however_sure_the_head_is()
    {
        // An ordinary example this close: the bank knows the phrasing ("my dad is going to kill me" as a figure).
        var known = Nearest(crisis: 0.70f, check: 0.40f, none: 0.85f);
        var check = new SafetySignal(ConcernLevel.Check, AcuteDistress);

        Assert.Equal(check, CrisisHead.Raise(check, known, 0.999f, HeadThresholds.Default));
        Assert.Equal(SafetySignal.None, CrisisHead.Raise(SafetySignal.None, known, 0.999f, HeadThresholds.Default));
    }

    [Fact]
    public void A_head_sure_enough_raises_a_crisis_the_nearest_examples_have_no_opinion_on()
    {
        var far = Nearest(crisis: 0.50f, check: 0.40f, none: 0.45f);
        var thresholds = HeadThresholds.Default;

        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SubstanceUse), CrisisHead.Raise(SafetySignal.None, far, thresholds.CrisisAlone, thresholds));
        // Less sure: a check of the nearest examples is raised, no opinion is left alone (the head gives no check of its own).
        var between = (thresholds.CrisisWithCheck + thresholds.CrisisAlone) / 2;
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SubstanceUse), CrisisHead.Raise(new SafetySignal(ConcernLevel.Check, AcuteDistress), far, between, thresholds));
        Assert.Equal(SafetySignal.None, CrisisHead.Raise(SafetySignal.None, far, between, thresholds));
    }

    [Fact]
    public void A_head_trained_to_read_the_nearest_examples_weighs_how_near_they_are()
    {
        // Not the shipped head (see CrisisHead for why), the option the folds measure. The same sentence beside a
        // crisis example or beside an ordinary one: only the cosines differ.
        var head = CrisisHead.Train(Model.Value.Bank, regularizationC: 3, readsNearest: true);
        var sentence = Model.Value.Embedder.Embed(["i am keeping them for one night"], CancellationToken.None)[0];

        var besideCrisis = head.CrisisProbability(sentence, Nearest(crisis: 0.90f, check: 0.30f, none: 0.30f));
        var besideOrdinary = head.CrisisProbability(sentence, Nearest(crisis: 0.30f, check: 0.30f, none: 0.90f));

        Assert.True(besideCrisis > besideOrdinary, $"{besideCrisis} beside a crisis example, {besideOrdinary} beside an ordinary one");
    }

    private static NearestExamples Nearest(float crisis, float check, float none) =>
        new(crisis, crisis - 0.02f, SubstanceUse, check, AcuteDistress, none, none - 0.02f);

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
