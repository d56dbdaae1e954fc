using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Http;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Llm;

/// <summary>Through the real host: a model's draft reaches the web chat as server-sent events, previews first, the final draft after the commit.</summary>
public sealed class WebChatStreamingTests
{
    private const string ModelDraft = "Dear Contoso hiring team,\n\nThank you for the interviews for the Data Analyst Intern role at Contoso. If you have a moment, I would appreciate a sentence or two of feedback on what I could do better next time.\n\nBest regards,";

    [Fact]
    public async Task A_draft_streams_as_preview_events_then_the_replies_with_the_final_draft()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = request => request.UserContent.Contains("<task>\nWrite the reply.", StringComparison.Ordinal)
            ? new FakeAnswer.Text(ModelDraft)
            : new FakeAnswer.Text("That sounds hard, and it makes sense to feel that way. One no is one team's decision on one day.");
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CoachBot:Llm:Provider"] = "OpenAICompatible",
            ["CoachBot:Llm:Endpoint"] = fake.OpenAiEndpoint.ToString(),
            ["CoachBot:Llm:Model"] = "local-model",
        });
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { Endpoint = "/api/webchat", ChannelId = "webchat", UserName = "You", ConversationId = "" };
        var turn = await user.SendAsync(user.Joined());
        foreach (var answer in new[] { "Contoso", "Data Analyst Intern", "Interview", "By e-mail", "Earlier this week", "No reason given", "Skip", IntakeDialog.LooksRight, "Disappointed" })
        {
            turn = await user.SayAsync(answer);
        }

        Assert.Equal(ReplyDialog.GoalPrompt, turn.Question?.Text);
        turn = await user.SayAsync("Ask for feedback");
        Assert.Equal(ReplyDialog.SignaturePrompt, turn.Question?.Text);

        // The answer that starts the draft asks for events.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat") { Content = new StringContent(user.Message(ReplyDialog.Unsigned).ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request);
        var events = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var previews = events.TakeWhile(e => e.Name == "preview").Select(e => e.Data.GetProperty("text").GetString()).ToList();
        Assert.True(previews.Count > 5);
        Assert.Equal(ModelDraft, string.Concat(previews));
        var last = Assert.Single(events.Skip(previews.Count));
        Assert.Equal("replies", last.Name);
        var replies = last.Data.GetProperty("activities").EnumerateArray().ToList();
        var draft = replies.SelectMany(reply => reply.TryGetProperty("attachments", out var attachments) ? attachments.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(attachment => attachment.GetProperty("contentType").GetString() == ReplyDialog.DraftContentType);
        Assert.Equal(ModelDraft, draft.GetProperty("content").GetProperty("text").GetString());
        Assert.Equal(ReplyDialog.RevisePrompt, replies[^1].GetProperty("text").GetString());

        // The turn was saved: the next one, in plain JSON, continues from the draft.
        Assert.Contains(ReplyDialog.FinalDraft, (await user.SayAsync(ReplyDialog.LooksGood)).Texts);
    }

    private static List<(string Name, JsonElement Data)> Parse(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => block.Split('\n'))
            .Select(lines => (
                Name: lines.Single(line => line.StartsWith("event:", StringComparison.Ordinal))[6..].Trim(),
                Data: JsonDocument.Parse(lines.Single(line => line.StartsWith("data:", StringComparison.Ordinal))[5..]).RootElement.Clone()))
            .ToList();
}
