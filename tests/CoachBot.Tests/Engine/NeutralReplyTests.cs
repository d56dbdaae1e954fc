using System.Text.Json;
using CoachBot.Channels;
using CoachBot.Channels.BotFramework;
using CoachBot.Channels.Terminal;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Privacy;

namespace CoachBot.Tests.Engine;

/// <summary>The bot's replies leave a turn neutral; each channel renders them in its own terms.</summary>
public sealed class NeutralReplyTests
{
    private static readonly string[] Sizes = ["Small", "Large"];

    private static Activity Inbound(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channelId,
        From = new ChannelAccount { Id = "person", Role = "user" },
        Recipient = new ChannelAccount { Id = "coachbot", Name = "CoachBot", Role = "bot" },
        Conversation = new ConversationAccount { Id = "conversation" },
        Text = "hi",
    };

    private static Reply Choices(string channelId) =>
        new(new ChoicesReply("Which size?", Sizes) { ExpectsAnswer = true }, Inbound(channelId));

    [Fact]
    public void A_choices_reply_is_suggested_actions_on_Bot_Framework()
    {
        var rendered = BotFrameworkChannel.Render(Choices("msteams"));

        Assert.Equal("Which size?", rendered.Text);
        Assert.Equal(InputHints.ExpectingInput, rendered.InputHint);
        Assert.Equal("in-1", rendered.ReplyToId);
        Assert.Equal(["imBack", "imBack"], rendered.SuggestedActions!.Actions.Select(action => action.Type));
        Assert.Equal(Sizes, rendered.SuggestedActions.Actions.Select(action => action.Value!.Value.GetString()));
        Assert.Null(rendered.Attachments);
    }

    [Fact]
    public void A_choices_reply_is_numbered_lines_to_type_in_the_terminal()
    {
        Assert.Equal("CoachBot: Which size?\n  [1] Small\n  [2] Large", TerminalChat.Render(Choices("terminal").Message));
    }

    [Fact]
    public void A_choices_reply_is_buttons_in_the_web_chat_json()
    {
        var json = JsonSerializer.SerializeToElement(WebChatChannel.Render([Choices("webchat")]), ActivityJson.Options);

        var activity = Assert.Single(json.GetProperty("activities").EnumerateArray());
        Assert.Equal("Which size?", activity.GetProperty("text").GetString());
        Assert.Equal(Sizes, activity.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("title").GetString()));
    }

    [Fact]
    public void A_list_a_draft_and_a_file_render_in_each_channel()
    {
        var inbound = Inbound("msteams");
        var export = JsonSerializer.SerializeToElement(new { company = "x" });

        Assert.Equal("Plan:\n\n- one\n- two", BotFrameworkChannel.Render(new Reply(new ListReply("Plan:", ["one", "two"]), inbound)).Text);
        Assert.Equal("CoachBot: Plan:\n• one\n• two", TerminalChat.Render(new ListReply("Plan:", ["one", "two"])));

        var card = Assert.Single(BotFrameworkChannel.Render(new Reply(new DraftReply("Here it is:", "Dear team"), inbound)).Attachments!);
        Assert.Equal(BotFrameworkRendering.AdaptiveCardContentType, card.ContentType);
        Assert.Contains("----- draft -----\nSubject: Thanks\nDear team", TerminalChat.Render(new DraftReply("Here it is:", "Dear team", "Thanks")), StringComparison.Ordinal);

        var file = new FileReply("Your data:", DataRights.ExportFileName, DataRights.ExportContentType, export);
        var web = Assert.Single(WebChatChannel.Render([new Reply(file, Inbound("webchat"))]).Activities);
        Assert.Equal((DataRights.ExportFileName, DataRights.ExportContentType), (web.Attachments![0].Name, web.Attachments[0].ContentType));
        Assert.Contains($"----- {DataRights.ExportFileName} -----", TerminalChat.Render(file), StringComparison.Ordinal);
    }

    /// <summary>Dialogs that still build activities (a question with buttons, a draft, an export, an erasure) send the neutral reply they stand for, shown as before.</summary>
    [Fact]
    public void An_activity_a_dialog_builds_becomes_its_neutral_reply_and_renders_as_it_was()
    {
        var inbound = Inbound("webchat");
        var ask = inbound.CreateReply("Sure?");
        ask.InputHint = InputHints.ExpectingInput;
        ask.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes"), CardAction.ImBack("No")] };
        var draft = inbound.CreateReply("Your draft:");
        draft.Attachments = [ReplyDialog.DraftAttachment("Dear team")];
        var erased = inbound.CreateReply("Gone.");
        erased.Entities = [new Entity { Type = DataRights.DataErasedEntity }];

        Assert.Equal(new ChoicesReply("Sure?", ["Yes", "No"]) { ExpectsAnswer = true }.Choices, Assert.IsType<ChoicesReply>(ActivityReplies.FromActivity(ask)).Choices);
        Assert.Equal("Dear team", Assert.IsType<DraftReply>(ActivityReplies.FromActivity(draft)).Draft);
        Assert.Equal([DataRights.DataErasedEntity], ActivityReplies.FromActivity(erased).Marks);
        foreach (var built in new[] { ask, draft, erased })
        {
            var again = ActivityReplies.ToActivity(ActivityReplies.FromActivity(built), inbound);
            Assert.Equal(JsonSerializer.Serialize(built, ActivityJson.Options), JsonSerializer.Serialize(again, ActivityJson.Options));
        }
    }

    [Fact]
    public void The_draft_content_type_is_the_coachings_own() =>
        Assert.Equal(ReplyDialog.DraftContentType, ActivityReplies.DraftContentType);
}
