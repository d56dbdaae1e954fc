using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Llm;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>
/// A real call through Azure.AI.OpenAI to the loopback fake: Azure.AI.OpenAI 2.1.0 builds against OpenAI
/// 2.15 but throws MissingMethodException at the first call, so an upgrade that breaks the pairing fails here.
/// </summary>
public sealed class AzureRequestPathTests
{
    private const string GoodDraft = "Dear Northwind hiring team,\n\nThank you for considering my application for the Support Engineer role at Northwind. I would welcome being considered for future openings and hope we can stay in touch.\n\nBest regards,";

    private static DraftRequest Request() => new(
        new RejectionCase { Company = "Northwind", Role = "Support Engineer", Stage = RejectionStage.Application },
        ReplyGoal.ThankAndStayConnected, new DraftStyle(), null);

    [Fact]
    public async Task Streams_through_the_deployments_path_with_the_api_key_header()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Text(GoodDraft));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, LlmProvider.AzureOpenAI));
        var drafter = Assert.IsType<ModelDrafter>(chat.Services.GetRequiredService<IReplyDrafter>());
        var shown = new List<string>();

        var draft = await drafter.StreamAsync(Request(), (piece, _) => { shown.Add(piece); return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(GoodDraft, draft);
        Assert.Equal(GoodDraft, string.Concat(shown));
        var request = Assert.Single(fake.Requests);
        Assert.Equal($"/openai/deployments/{ModelSetup.Deployment}/chat/completions", request.Path);
        Assert.Contains("api-version=", request.Query, StringComparison.Ordinal);
        Assert.Equal(ModelSetup.ApiKey, request.Headers["api-key"]);
        Assert.False(request.Headers.ContainsKey("authorization"));
        Assert.True(request.Body["stream_options"]?["include_usage"]?.GetValue<bool>());
        Assert.Equal(600, request.MaxTokens);
    }

    [Fact]
    public async Task Falls_back_on_a_500_from_the_deployment()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Status(500), new FakeAnswer.Status(500));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, LlmProvider.AzureOpenAI));

        var draft = await chat.Services.GetRequiredService<IReplyDrafter>().DraftAsync(Request(), CancellationToken.None);

        Assert.Equal(await new BuiltInDrafter().DraftAsync(Request(), CancellationToken.None), draft);
        Assert.Equal(2, fake.Requests.Count);
    }
}
