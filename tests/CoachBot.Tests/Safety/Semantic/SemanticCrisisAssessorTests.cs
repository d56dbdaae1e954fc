using System.Diagnostics.Metrics;
using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// The semantic layer alone, with the bank shipped with the app: phrasings that name no crisis word still
/// read as crisis, distress gets a check, job talk that sounds deadly stays quiet; what it never reads
/// (buttons, single words), long pastes, the cache and failures. The model loads once for the whole run.
/// </summary>
public sealed class SemanticCrisisAssessorTests
{
    private static readonly SafetySignal[] NoRecent = [];

    private static readonly Lazy<SemanticModel> Model = new(() => SemanticModel.LoadShared(SemanticCrisisOptions.DefaultExamplesPath, NullLogger.Instance));

    private static IMeterFactory NewMeters() => new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    private static SemanticCrisisAssessor NewAssessor(ISentenceEmbedder? embedder = null, FakeLogger<SemanticCrisisAssessor>? logger = null, IMeterFactory? meters = null) =>
        new(embedder is null ? Model.Value : new SemanticModel(embedder, Model.Value.Bank, Model.Value.Head), logger ?? new FakeLogger<SemanticCrisisAssessor>(), meters ?? NewMeters());

    private static async Task<SafetySignal> Assess(string text, SemanticCrisisAssessor? assessor = null) =>
        await (assessor ?? NewAssessor()).AssessAsync(text, NoRecent, CancellationToken.None);

    public static TheoryData<string, ConcernKind> CrisisMessages() => new()
    {
        { "honestly I've started thinking the world doesn't need me in it", SelfHarm },
        { "honestly I cannot picture myself still being alive next year", SelfHarm },
        { "had a sh relapse last night, the cuts are deep", SelfHarm },
        { "I'm going to hurt that hiring manager so badly he ends up in hospital", HarmToOthers },
        { "my mom's boyfriend hits me whenever he's drunk", Abuse },
        { "I haven't kept a meal down in a week because I make myself sick", EatingDisorder },
    };

    [Theory]
    [MemberData(nameof(CrisisMessages))]
    public async Task A_crisis_in_words_no_list_holds_is_a_crisis_of_its_kind(string message, ConcernKind kind) =>
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), await Assess(message));

    [Theory]
    [InlineData("I've been sobbing on the bathroom floor since they called")]
    [InlineData("my hands won't stop trembling and I feel like I can't get air")]
    public async Task Distress_without_a_crisis_word_gets_a_gentle_check(string message) =>
        Assert.Equal(new SafetySignal(ConcernLevel.Check, AcuteDistress), await Assess(message));

    [Theory]
    [InlineData("the coding round butchered my confidence lol")]
    [InlineData("I'm dying of curiosity about their decision")]
    [InlineData("that rejection email slaughtered my weekend plans")]
    [InlineData("the interviewer tore apart my answer about cash flow")]
    [InlineData("I'm going to kill it at the next career fair")]
    [InlineData("I'm so dead after pulling three all-nighters for this application")]
    [InlineData("I want to ask them for feedback on my case interview")]
    [InlineData("Data Analyst intern")]
    public async Task Job_talk_that_sounds_deadly_stays_quiet(string message) =>
        Assert.Equal(SafetySignal.None, await Assess(message));

    public static TheoryData<string> EveryButton() =>
    [
        .. new[] { IntakeDialog.LooksRight, ReplyDialog.LooksGood, ReplyDialog.StartAgain, ReplyDialog.Unsigned }
            .Concat(Choices.Feelings.Select(option => option.Label))
            .Concat(Choices.Goals.Select(option => option.Label))
            .Concat(Choices.Stages.Select(option => option.Label)),
    ];

    [Theory]
    [MemberData(nameof(EveryButton))]
    public async Task A_tapped_button_is_never_read(string label)
    {
        var embedder = new CountingEmbedder(Model.Value.Embedder);

        Assert.Equal(SafetySignal.None, await Assess(label, NewAssessor(embedder)));
        Assert.Equal(SafetySignal.None, await Assess(label.ToUpperInvariant() + "!", NewAssessor(embedder)));
        Assert.Equal(0, embedder.Calls);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("Contoso")]
    [InlineData("no idea")]
    [InlineData("   ")]
    public async Task A_word_or_two_says_too_little_to_read(string message)
    {
        var embedder = new CountingEmbedder(Model.Value.Embedder);

        Assert.Equal(SafetySignal.None, await Assess(message, NewAssessor(embedder)));
        Assert.Equal(0, embedder.Calls);
    }

    private static readonly string[] RejectionEmail =
    [
        "Dear Jordan,", "Thank you for applying to the Summer Analyst Program at Fabrikam.",
        "We appreciate the time you spent with our team over the past weeks.", "This year we received more than four thousand applications.",
        "Each one was reviewed carefully by our recruiting committee.", "After much deliberation we have decided not to move forward with your candidacy.",
        "This decision was not easy given the strength of the applicant pool.", "Your resume showed real initiative in your student society work.",
        "We will keep your details on file for twelve months.", "You are welcome to apply again in the next recruiting cycle.",
        "Our campus events calendar lists upcoming information sessions.", "Please do not reply to this message as the mailbox is not monitored.",
        "If you have questions please contact the university relations office.", "We wish you every success in your studies and your search.",
        "Kind regards,", "The Fabrikam Campus Recruiting Team.", "Fabrikam is an equal opportunity employer.",
        "All qualified applicants receive consideration without regard to any protected characteristic.",
        "This email and its attachments are confidential.", "If you received it in error please delete it.",
    ];

    private const string AddedCrisisLine = "Honestly I cannot picture myself still being alive next year.";

    [Fact]
    public async Task A_long_paste_is_quiet_but_one_crisis_line_at_either_end_of_it_is_a_crisis()
    {
        var embedder = new CountingEmbedder(Model.Value.Embedder);
        var assessor = NewAssessor(embedder);

        Assert.Equal(SafetySignal.None, await Assess(string.Join(' ', RejectionEmail), assessor));
        Assert.Equal(ConcernLevel.Crisis, (await Assess(string.Join(' ', [.. RejectionEmail, AddedCrisisLine]), assessor)).Level);
        Assert.Equal(ConcernLevel.Crisis, (await Assess(string.Join('\n', [AddedCrisisLine, .. RejectionEmail]), assessor)).Level);
        Assert.All(embedder.Batches, batch => Assert.InRange(batch, 1, SemanticCrisisAssessor.MaxPieces));
    }

    [Fact]
    public async Task A_paste_without_punctuation_is_read_in_bounded_windows_and_a_line_typed_after_it_still_counts()
    {
        var embedder = new CountingEmbedder(Model.Value.Embedder);
        var assessor = NewAssessor(embedder);
        var runOn = string.Join(' ', RejectionEmail).Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);

        Assert.Equal(SafetySignal.None, await Assess(runOn, assessor));
        Assert.Equal(ConcernLevel.Crisis, (await Assess(runOn + "\n" + AddedCrisisLine, assessor)).Level);
        Assert.All(embedder.Batches, batch => Assert.InRange(batch, 2, SemanticCrisisAssessor.MaxPieces));
    }

    [Fact]
    public async Task A_crisis_clause_beside_job_talk_is_read_on_its_own()
    {
        var (pieces, _) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize("Got the no from Fabrikam today, and honestly I cannot picture myself still being alive next year"));

        Assert.Contains("honestly i cannot picture myself still being alive next year", pieces);
        Assert.Equal(ConcernLevel.Crisis, (await Assess("Got the no from Fabrikam today, and honestly I cannot picture myself still being alive next year")).Level);
    }

    [Fact]
    public async Task A_repeated_message_is_read_once_and_the_cache_keeps_no_text()
    {
        var embedder = new CountingEmbedder(Model.Value.Embedder);
        var assessor = NewAssessor(embedder);

        var first = await Assess("Business Analyst internship at Contoso", assessor);
        var again = await Assess("  business analyst   INTERNSHIP at contoso ", assessor);
        var crisis = await Assess("honestly I cannot picture myself still being alive next year", assessor);
        var crisisAgain = await Assess("Honestly I cannot picture myself still being alive next year", assessor);

        Assert.Equal(SafetySignal.None, first);
        Assert.Equal(first, again);
        Assert.Equal(ConcernLevel.Crisis, crisis.Level);
        Assert.Equal(crisis, crisisAgain);
        Assert.Equal(2, embedder.Calls);
        Assert.Equal(2, assessor.Cache.Count);
    }

    [Fact]
    public void The_cache_is_bounded_and_forgets_the_oldest_first()
    {
        var cache = new RecentVerdicts(capacity: 3);
        var keys = Enumerable.Range(0, 4).Select(i => cache.KeyOf($"message {i}")).ToArray();
        var crisis = new SafetySignal(ConcernLevel.Crisis, SelfHarm);

        foreach (var key in keys)
        {
            cache.Add(key, crisis);
        }

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet(keys[0], out _));
        Assert.True(cache.TryGet(keys[3], out var kept));
        Assert.Equal(crisis, kept);
        Assert.NotEqual(new RecentVerdicts(3).KeyOf("message 0"), keys[0]);
    }

    [Fact]
    public async Task Concurrent_turns_read_the_same_as_one_at_a_time()
    {
        string[] messages = [.. CrisisMessages().Select(row => (string)row[0]), "the coding round butchered my confidence lol"];
        var alone = new List<SafetySignal>();
        foreach (var message in messages)
        {
            alone.Add(await Assess(message));
        }

        var together = await Task.WhenAll(Enumerable.Range(0, messages.Length * 3).Select(i => Task.Run(() => Assess(messages[i % messages.Length]))));

        Assert.Equal(Enumerable.Range(0, messages.Length * 3).Select(i => alone[i % messages.Length]), together);
    }

    [Fact]
    public async Task A_failing_model_is_no_opinion_counted_and_logged_by_type_without_the_text()
    {
        var logger = new FakeLogger<SemanticCrisisAssessor>();
        var meters = NewMeters();
        using var failures = new MetricCollector<long>(meters, SafetyGuard.MeterName, "coachbot.safety.semantic.failures");
        var assessor = NewAssessor(new BrokenEmbedder(), logger, meters);

        var signal = await Assess("honestly I cannot picture myself still being alive next year", assessor);

        Assert.Equal(SafetySignal.None, signal);
        var counted = Assert.Single(failures.GetMeasurementSnapshot());
        Assert.Equal(nameof(InvalidOperationException), counted.Tags["exception"]);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Contains(nameof(InvalidOperationException), logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alive", logged.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(logged.Exception);
        Assert.Equal(0, assessor.Cache.Count);
    }

    /// <summary>Counts what reaches the model.</summary>
    private sealed class CountingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        private int calls;

        public int Calls => calls;

        public List<int> Batches { get; } = [];

        public float[][] Embed(string[] sentences, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            lock (Batches)
            {
                Batches.Add(sentences.Length);
            }

            return inner.Embed(sentences, cancellationToken);
        }
    }

    /// <summary>A model that fails, with a message quoting the text as some libraries do.</summary>
    private sealed class BrokenEmbedder : ISentenceEmbedder
    {
        public float[][] Embed(string[] sentences, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"cannot encode '{sentences[0]}'");
    }
}
