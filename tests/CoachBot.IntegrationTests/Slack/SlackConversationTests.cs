using System.Text.Json;
using CoachBot.Channels.Slack;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.IntegrationTests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>
/// Slack through the real host and a loopback Slack Web API: a whole DM conversation with signed
/// events, typed and clicked answers, the clicked message updated, the edit modal, an app mention in a
/// channel, <c>/coach</c> and App Home.
/// </summary>
public sealed class SlackConversationTests
{
    [Fact]
    public async Task A_whole_DM_conversation_typed_and_clicked_with_the_clicked_message_updated()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);

        var welcome = await person.SayAsync("hi");
        Assert.StartsWith("Hi, I'm CoachBot", welcome.Texts[0], StringComparison.Ordinal);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, welcome.Texts[^1]);
        // Every call carries the bot token, and every message a text fallback and blocks.
        Assert.All(slack.Calls, call => Assert.Equal(FakeSlackApi.BotToken, call.Token));
        Assert.All(welcome.Posted, call => Assert.True(call.Body.GetProperty("blocks").GetArrayLength() > 0));

        await person.SayAsync("Contoso & Partners <Europe>");
        var stage = await person.SayAsync("Data Analyst");
        Assert.Equal(IntakeDialog.StagePrompt, stage.Texts[^1]);
        Assert.Contains("Interview", stage.ButtonValues(stage.Last));

        // A click answers like typing, and the clicked message keeps its question but loses its buttons.
        var clicked = await person.ClickAsync("Interview");
        Assert.Equal(IntakeDialog.HeardViaPrompt, clicked.Texts[^1]);
        var update = Assert.Single(clicked.Calls, call => call.Method == "chat.update");
        Assert.Equal(stage.Last.Answer.GetProperty("ts").GetString(), update.Field("ts"));
        var blocks = update.Body.GetProperty("blocks").EnumerateArray().ToList();
        Assert.DoesNotContain(blocks, block => block.GetProperty("type").GetString() == "actions");
        Assert.Equal("✓ You chose: Interview", blocks[^1].GetProperty("elements")[0].GetProperty("text").GetString());
        Assert.Equal(IntakeDialog.StagePrompt, blocks[0].GetProperty("text").GetProperty("text").GetString());

        // mrkdwn's control characters are escaped wherever the company is repeated.
        Assert.DoesNotContain(slack.CallsTo("chat.postMessage"), call => call.Field("text")!.Contains("<Europe>", StringComparison.Ordinal));

        // The person's time zone came from users.info and is kept with their profile for quiet hours.
        Assert.NotEmpty(slack.CallsTo("users.info"));
        var storage = server.Services.GetRequiredService<IStorage>();
        var documents = await Task.WhenAll((await SlackHost.StoredKeysAsync(server)).Select(key => storage.ReadAsync(key, CancellationToken.None)));
        Assert.Contains(documents, document => document!.Json.Contains("America/Chicago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_has_an_Edit_button_whose_modal_continues_the_dialog_with_the_edited_text()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);
        var drafted = await ReachDraftAsync(person);

        // The draft copies cleanly from a preformatted block; the revision question offers Edit beside its choices.
        var draftMessage = drafted.Posted.Single(call => call.Body.GetProperty("blocks").GetRawText().Contains("rich_text_preformatted", StringComparison.Ordinal));
        var question = drafted.Last;
        Assert.Equal(ReplyDialog.RevisePrompt, question.Field("text"));
        var edit = question.Buttons.Single(button => button.GetProperty("action_id").GetString() == SlackRendering.EditDraftAction);
        Assert.Contains(ReplyDialog.Shorter, drafted.ButtonValues(question));

        var before = slack.Calls.Count;
        using (var response = await person.PostInteractionAsync(person.BlockActions(question, edit)))
        {
            Assert.Equal(200, (int)response.StatusCode);
        }

        var opened = Assert.Single(slack.Calls.Skip(before), call => call.Method == "views.open");
        Assert.NotNull(opened.Field("trigger_id"));
        var input = opened.Body.GetProperty("view").GetProperty("blocks")[0].GetProperty("element");
        Assert.True(input.GetProperty("multiline").GetBoolean());
        var draft = input.GetProperty("initial_value").GetString()!;
        Assert.Contains(draft.Split('\n')[0], draftMessage.Body.GetProperty("blocks").GetRawText(), StringComparison.Ordinal);

        var edited = draft + "\n\nP.S. I have since finished my certificate in data visualisation.";
        var submitted = await person.SubmitEditAsync(opened, edited);

        // Checked as the person's own reply: the paste prompt of the first half is not shown, the check is.
        Assert.DoesNotContain(OwnReplyDialog.PastePrompt, submitted.Texts);
        Assert.Equal(OwnReplyDialog.WhichPrompt, submitted.Texts[^1]);
        Assert.Contains(OwnReplyDialog.KeepMine, submitted.ButtonValues(submitted.Last));
        // The revision question lost its buttons, Edit included.
        var update = Assert.Single(submitted.Calls, call => call.Method == "chat.update");
        Assert.Equal(question.Answer.GetProperty("ts").GetString(), update.Field("ts"));
        Assert.DoesNotContain("\"actions\"", update.Body.GetProperty("blocks").GetRawText(), StringComparison.Ordinal);

        var kept = await person.ClickAsync(OwnReplyDialog.KeepMine);
        Assert.Contains(kept.Posted, call => call.Body.GetProperty("blocks").GetRawText().Contains("certificate in data visualisation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_app_mention_in_a_channel_gets_general_guidance_there_and_the_coaching_in_a_DM()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);
        var mention = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = person.UserId,
            ["text"] = $"<@{FakeSlackApi.BotUserId}> I got rejected by Contoso after the final round",
            ["ts"] = "1700000000.000100",
            ["channel"] = "C0CAREERS",
            ["event_ts"] = "1700000000.000100",
        };

        using var response = await person.PostEventAsync(person.Envelope(mention));
        Assert.Equal(200, (int)response.StatusCode);

        var inChannel = Assert.Single(slack.CallsTo("chat.postMessage"), call => call.Field("channel") == "C0CAREERS");
        Assert.StartsWith("Hi! I'm CoachBot", inChannel.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", SlackHost.Json(inChannel), StringComparison.Ordinal);
        Assert.Equal(person.UserId, Assert.Single(slack.CallsTo("conversations.open")).Field("users"));
        var inDm = slack.CallsTo("chat.postMessage").Where(call => call.Field("channel") == person.Channel).ToList();
        Assert.StartsWith("Hi, I'm CoachBot", inDm[0].Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coach_commands_are_answered_ephemerally_and_start_opens_the_DM()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);

        using (var start = await person.CommandAsync("start", slack.ResponseUrl))
        {
            var ack = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
            Assert.Equal(SlackEndpoints.StartedInDirectMessage, ack.GetProperty("text").GetString());
        }

        var dm = slack.CallsTo("chat.postMessage").Where(call => call.Field("channel") == person.Channel).Select(call => call.Field("text")).ToList();
        Assert.StartsWith("Hi, I'm CoachBot", dm[0], StringComparison.Ordinal);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, dm[^1]);
        Assert.Empty(slack.CallsTo("response_url"));

        using (var help = await person.CommandAsync("help", slack.ResponseUrl))
        {
            Assert.Equal(200, (int)help.StatusCode);
        }

        var answers = slack.CallsTo("response_url");
        Assert.All(answers, answer => Assert.Equal("ephemeral", answer.Field("response_type")));
        Assert.StartsWith("I'm CoachBot, an AI career coach", answers[0].Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain(slack.CallsTo("chat.postMessage"), call => call.Field("channel") == "C0CAREERS");
        Assert.Equal(dm.Count, slack.CallsTo("chat.postMessage").Count);

        // "check-ins" and the rest reach the coaching as typed; "history" answers where it was asked.
        using (await person.CommandAsync("history", slack.ResponseUrl))
        {
        }

        Assert.True(slack.CallsTo("response_url").Count > answers.Count);
        Assert.Equal(dm.Count, slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task App_Home_opened_the_first_time_welcomes_and_not_again()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);
        System.Text.Json.Nodes.JsonObject Opened() => new() { ["type"] = "app_home_opened", ["user"] = person.UserId, ["channel"] = person.Channel, ["tab"] = "messages", ["event_ts"] = "1700000000.000200" };

        using (await person.PostEventAsync(person.Envelope(Opened())))
        {
        }

        var first = slack.CallsTo("chat.postMessage").Select(call => call.Field("text")).ToList();
        Assert.StartsWith("Hi, I'm CoachBot", first[0], StringComparison.Ordinal);
        Assert.Contains("help", first[0], StringComparison.Ordinal);

        using (await person.PostEventAsync(person.Envelope(Opened())))
        {
        }

        Assert.Equal(first.Count, slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task The_crisis_hand_off_and_the_export_of_a_persons_data_work_in_Slack()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);
        await person.SayAsync("hi");
        await person.SayAsync("Contoso");

        var crisis = await person.SayAsync("help now");
        Assert.Contains(crisis.Texts, text => text.Contains("988", StringComparison.Ordinal));

        // The export as a snippet: the JSON in preformatted blocks, within Block Kit's limits.
        var export = await person.SayAsync("export my data");
        var snippet = export.Posted.Where(call => call.Body.GetProperty("blocks").GetRawText().Contains("rich_text_preformatted", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(snippet);
        Assert.Contains("Contoso", string.Concat(snippet.Select(SlackHost.Json)), StringComparison.Ordinal);
        Assert.All(export.Posted, call => Assert.InRange(call.Body.GetProperty("blocks").GetArrayLength(), 1, SlackRendering.MaxBlocks));
        Assert.All(export.Posted, call => Assert.False(string.IsNullOrEmpty(call.Field("text"))));
    }

    /// <summary>Through the intake to the first draft and its revision question.</summary>
    internal static async Task<SlackReplies> ReachDraftAsync(SlackPerson person)
    {
        await person.SayAsync("hi");
        foreach (var answer in new[] { "Contoso", "Data Analyst Intern", "Interview", "By e-mail", "Earlier this week", "No reason given", "Skip", IntakeDialog.LooksRight })
        {
            await person.SayAsync(answer);
        }

        var goals = await person.SayAsync("Disappointed");
        Assert.Equal(ReplyDialog.GoalPrompt, goals.Texts[^1]);
        var asked = await person.ClickAsync(goals.ButtonValues(goals.Last)[0]);
        // How to sign it is asked once, after the goal; its answer starts the draft.
        return asked.Texts[^1] == ReplyDialog.SignaturePrompt ? await person.SayAsync(ReplyDialog.Unsigned) : asked;
    }
}
