using CoachBot.Coaching;
using CoachBot.Hosting;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using CoachBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>The semantic layer in the running bot: asked second, its reading reaches the person, and it loads at start-up or stops it.</summary>
public sealed class SemanticCrisisTranscriptTests
{
    /// <summary>Plain words, no crisis word for a list to hold.</summary>
    private const string PlainCrisis = "honestly I cannot picture myself still being alive next year";

    [Fact]
    public async Task A_crisis_in_plain_words_at_the_role_question_gets_help_and_is_never_kept()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var handOff = await chat.Say(PlainCrisis);

        Assert.Contains("988", Assert.Single(handOff.Activities).Text, StringComparison.Ordinal);
        foreach (var key in storage.Keys)
        {
            var stored = await storage.ReadAsync(key, CancellationToken.None);
            Assert.DoesNotContain("alive", stored?.Json ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Distress_without_a_crisis_word_is_met_with_a_gentle_check_before_any_intake_question()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("I've been sobbing on the bathroom floor since they called"))
            .Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);
    }

    [Fact]
    public async Task A_check_from_the_semantic_layer_after_a_recent_concern_is_a_crisis()
    {
        const string SemanticCheckOnly = "my hands won't stop trembling and I feel like I can't get air";
        Assert.Equal(SafetySignal.None, new CrisisDetector().Assess(SemanticCheckOnly, []));
        await using var chat = TestConversation.Start();
        (await chat.Say("I feel hopeless")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        var reply = await chat.Say(SemanticCheckOnly);

        Assert.Contains("988", Assert.Single(reply.Activities).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_semantic_layer_is_asked_right_after_the_lexical_detector()
    {
        await using var chat = TestConversation.Start();

        var assessors = chat.Services.GetServices<ISafetyAssessor>().ToList();

        Assert.IsType<CrisisDetector>(assessors[0]);
        Assert.IsType<SemanticCrisisAssessor>(assessors[1]);
    }

    [Fact]
    public async Task The_start_up_check_alone_loads_the_model()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"{SemanticCrisisOptions.Section}:ExamplesPath", "/nonexistent/bank.tsv")]).Build();
        await using var services = new ServiceCollection().AddLogging().AddMetrics().AddSemanticCrisisAssessor(configuration).BuildServiceProvider();

        var startUpCheck = Assert.Single(services.GetServices<IHostedService>());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => startUpCheck.StartAsync(CancellationToken.None));
        Assert.Contains("/nonexistent/bank.tsv", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_example_bank_stops_start_up_and_names_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-bank-{Guid.NewGuid():N}.tsv");

        var failure = await StartUpFailure(missing);

        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
        Assert.Contains(SemanticCrisisOptions.Section, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crisis\tSelfHarm\tI want it all to stop\nNone\tNone\tthey went with someone else\nCrisis\tHeartbreak\tmy dog ran away\n", "line 3")]
    [InlineData("Crisis\tSelfHarm\tI want it all to stop\nNone\tSelfHarm\tthey went with someone else\n", "line 2")]
    [InlineData("Crisis\tSelfHarm\ttwo fields\tthree\n", "line 1")]
    [InlineData("# only crisis examples, nothing to compare with\nCrisis\tSelfHarm\tI want it all to stop\n", "needs Crisis examples and None examples")]
    public async Task A_broken_example_bank_stops_start_up_and_says_where(string content, string where)
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-bank-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(broken, content);
        try
        {
            var failure = await StartUpFailure(broken);

            Assert.Contains(broken, failure.Message, StringComparison.Ordinal);
            Assert.Contains(where, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    /// <summary>What the app's start-up check throws with its bank at <paramref name="examplesPath"/>.</summary>
    private static async Task<InvalidOperationException> StartUpFailure(string examplesPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.AddCoachBot();
        builder.Configuration[$"{SemanticCrisisOptions.Section}:ExamplesPath"] = examplesPath;
        await using var app = builder.Build();

        // As the host does when it starts: it makes every hosted service, then starts each in turn.
        return await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            foreach (var startUpCheck in app.Services.GetServices<IHostedService>().OfType<LoadAtStartup<SemanticModel>>())
            {
                await startUpCheck.StartAsync(CancellationToken.None);
            }
        });
    }
}
