using System.Text.Json;
using CoachBot.IntegrationTests.Storage;

namespace CoachBot.IntegrationTests.Http;

/// <summary>Export and erasure through the real host, on a real SQLite file.</summary>
public sealed class DataRightsTests
{
    private const string PastedEmail = """
        Dear Ada Quokkaperson,

        Thank you for interviewing for the Quokka Data Analyst role at Quokkasoft. After careful consideration we
        have decided to move forward with other candidates. Please reach out to zelda.q@quokkasoft.example
        with any questions.

        Best regards,
        Zelda Quintero
        Talent Acquisition, Quokkasoft
        """;

    [Fact]
    public async Task After_delete_my_data_nothing_about_the_person_is_left_in_the_sqlite_file()
    {
        await using var server = await CoachBotServer.StartAsync(TestPostgres.DatabaseForErasure());
        var user = new ChannelUser(server.CreateClient()) { UserName = "Ada Quokkaperson" };
        var other = new ChannelUser(server.CreateClient());
        await CoachingPlayer.PlayToTheEndAsync(other, await other.SayAsync("hi"));
        await user.SayAsync("hi");
        await CoachingPlayer.PlayToTheEndAsync(user, await user.SayAsync(PastedEmail));
        string[] traces = [user.UserId, user.ConversationId, "Quokkasoft", "Zelda Quintero", "Ada Quokkaperson"];
        Assert.All(traces, trace => Assert.True(DatabaseFiles.Contain(server.DatabasePath, trace), $"{trace} was never stored, so the test proves nothing."));

        Assert.Equal("expectingInput", (await user.SayAsync("delete my data")).Question?.InputHint);
        var done = await user.SayAsync("Yes, delete everything");

        Assert.StartsWith("Done. I deleted", done.Replies.Single().Text, StringComparison.Ordinal);
        Assert.All(traces, trace => Assert.False(DatabaseFiles.Contain(server.DatabasePath, trace), $"{trace} is still in the database files."));
        Assert.True(DatabaseFiles.Contain(server.DatabasePath, other.UserId), "Someone else's data went too.");
    }

    [Fact]
    public async Task Export_my_data_comes_back_as_a_card_holding_the_json_document()
    {
        await using var server = await CoachBotServer.StartAsync();
        var user = new ChannelUser(server.CreateClient());
        await user.SayAsync("hi");
        await CoachingPlayer.PlayToTheEndAsync(user, await user.SayAsync(PastedEmail));

        var export = (await user.SayAsync("export my data")).Replies.Single(reply => reply.Json.TryGetProperty("attachments", out _));

        // Teams shows no JSON files in a chat: the export comes as a card with the document in a copyable block.
        var card = Assert.Single(export.Cards);
        var document = JsonDocument.Parse(card.GetProperty("body")[1].GetProperty("codeSnippet").GetString()!).RootElement;
        var finished = document.GetProperty("cases")[0].GetProperty("case");
        Assert.Equal("Quokkasoft", finished.GetProperty("company").GetString());
        Assert.Equal(JsonValueKind.String, finished.GetProperty("draft").ValueKind);
    }
}
