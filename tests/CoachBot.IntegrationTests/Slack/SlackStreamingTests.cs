using System.Text.Json;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>A model's draft streams into Slack with chat.startStream/appendStream/stopStream, or, where Slack will not stream, through a message that chat.update grows.</summary>
public sealed class SlackStreamingTests
{
    private const string ModelDraft = "Dear Contoso hiring team,\n\nThank you for the interviews for the Data Analyst Intern role at Contoso. If you have a moment, I would appreciate a sentence or two of feedback on what I could do better next time.\n\nBest regards,";

    [Fact]
    public async Task A_model_draft_streams_and_the_stream_ends_with_the_draft_blocks()
    {
        await using var model = await StartModelAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, extra: ModelSettings(model));
        await using var _ = server;
        using var __ = client;

        var drafted = await SlackConversationTests.ReachDraftAsync(new SlackPerson(client, slack));

        var start = Assert.Single(slack.CallsTo("chat.startStream"));
        Assert.NotNull(start.Field("thread_ts"));
        var appends = slack.CallsTo("chat.appendStream");
        Assert.NotEmpty(appends);
        var stop = Assert.Single(slack.CallsTo("chat.stopStream"));
        var streamed = start.Field("markdown_text") + string.Concat(appends.Select(call => call.Field("markdown_text"))) + stop.Field("markdown_text");
        Assert.Equal(ModelDraft, streamed);
        Assert.All(appends.Append(stop), call => Assert.Equal(start.Answer.GetProperty("ts").GetString(), call.Field("ts")));
        Assert.Contains("rich_text_preformatted", stop.Body.GetProperty("blocks").GetRawText(), StringComparison.Ordinal);
        // The draft is shown once: by the stream, not posted again.
        Assert.DoesNotContain(drafted.Posted, call => call.Body.GetProperty("blocks").GetRawText().Contains("rich_text_preformatted", StringComparison.Ordinal));
        Assert.Equal(CoachBot.Coaching.ReplyDialog.RevisePrompt, drafted.Texts[^1]);
    }

    [Fact]
    public async Task Where_Slack_will_not_stream_the_draft_grows_in_one_message_updated_to_the_final_one()
    {
        await using var model = await StartModelAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        slack.StreamingRefused = true;
        var (server, client) = await SlackHost.StartAsync(slack, extra: ModelSettings(model));
        await using var _ = server;
        using var __ = client;

        var drafted = await SlackConversationTests.ReachDraftAsync(new SlackPerson(client, slack));

        Assert.False(Assert.Single(slack.CallsTo("chat.startStream")).Ok);
        Assert.Empty(slack.CallsTo("chat.appendStream"));
        var preview = drafted.Posted.First(call => !call.Body.TryGetProperty("blocks", out var none));
        var updates = drafted.Calls.Where(call => call.Method == "chat.update" && call.Field("ts") == preview.Answer.GetProperty("ts").GetString()).ToList();
        Assert.True(updates.Count >= 2);
        var final = updates[^1];
        Assert.Contains("rich_text_preformatted", final.Body.GetProperty("blocks").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Thank you for the interviews", final.Field("text"), StringComparison.Ordinal);
        Assert.Equal(CoachBot.Coaching.ReplyDialog.RevisePrompt, drafted.Texts[^1]);
    }

    private static async Task<FakeOpenAiServer> StartModelAsync()
    {
        var model = await FakeOpenAiServer.StartAsync();
        model.Default = request => request.UserContent.Contains("<task>\nWrite the reply.", StringComparison.Ordinal)
            ? new FakeAnswer.Text(ModelDraft)
            : new FakeAnswer.Text("That sounds hard, and it makes sense to feel that way. One no is one team's decision on one day.");
        return model;
    }

    private static Dictionary<string, string?> ModelSettings(FakeOpenAiServer model) => new()
    {
        ["CoachBot:Llm:Provider"] = "OpenAICompatible",
        ["CoachBot:Llm:Endpoint"] = model.OpenAiEndpoint.ToString(),
        ["CoachBot:Llm:Model"] = "local-model",
    };
}
