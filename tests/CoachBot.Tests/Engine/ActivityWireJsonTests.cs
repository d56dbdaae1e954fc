using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;

namespace CoachBot.Tests.Engine;

/// <summary>
/// The Activity protocol's JSON through the generated context (<see cref="ActivityJson.Wire"/>) is byte for byte
/// what the reflection-based serializer with <see cref="ActivityJson.Options"/> reads and writes: a corpus of
/// activities as Teams, Slack, the Emulator and Web Chat send them, and the replies CoachBot renders.
/// </summary>
public class ActivityWireJsonTests
{
    public static TheoryData<string> Corpus => new()
    {
        // Teams: a message with a mention, the client's info, the tenant and team in channelData, a reply chain.
        """
        {"text":"<at>CoachBot</at> hi there","textFormat":"plain","type":"message","timestamp":"2026-12-07T09:15:02.1234567Z","localTimestamp":"2026-12-07T10:15:02.1234567+01:00","id":"1733562902123","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/","from":{"id":"29:1abc-DEF_ghi","name":"Zoë O'Neil","aadObjectId":"7f1c2d3e-0000-4a5b-8c9d-0123456789ab"},"conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Xyz-Personal_Chat"},"recipient":{"id":"28:bot-app-id","name":"CoachBot"},"entities":[{"mentioned":{"id":"28:bot-app-id","name":"CoachBot"},"text":"<at>CoachBot</at>","type":"mention"},{"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}],"channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"team":{"id":"19:team@thread.skype"},"channel":{"id":"19:general@thread.skype"},"eventType":null},"locale":"en-US","localTimezone":"Europe/Berlin"}
        """,
        // Teams: an Adaptive Card's submit, its data as the value, no text.
        """
        {"type":"message","id":"f:2","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/","from":{"id":"29:user","aadObjectId":"00000000-0000-0000-0000-000000000001","role":"user"},"conversation":{"id":"a:conv","isGroup":false,"tenantId":"t1"},"recipient":{"id":"28:bot","role":"bot"},"value":{"msteams":{"type":"imBack","value":"Looks right"},"choice":"Looks right","n":1.50,"big":12345678901234567890,"ok":true,"none":null},"replyToId":"1733562902123","channelData":{"source":{"name":"message"},"legacy":{"replyToId":"1:abc"}},"locale":"en-GB"}
        """,
        // Teams: the bot installed, members added, an invoke with a value.
        """
        {"type":"conversationUpdate","membersAdded":[{"id":"28:bot"},{"id":"29:user","name":"Ana","aadObjectId":"aad","extra":{"a":[1,2,3]}}],"membersRemoved":[],"channelId":"msteams","conversation":{"id":"19:group@thread.v2","isGroup":true,"conversationType":"groupChat","name":"Career café"},"from":{"id":"29:user"},"recipient":{"id":"28:bot"},"serviceUrl":"https://smba.trafficmanager.net/emea/","channelData":{"eventType":"teamMemberAdded","tenant":{"id":"t"}}}
        """,
        """
        {"type":"invoke","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"copy","data":{"k":"v"}},"trigger":"manual"},"channelId":"msteams","id":"i:1","from":{"id":"29:u"},"conversation":{"id":"a:c"},"recipient":{"id":"28:b"},"serviceUrl":"https://smba.trafficmanager.net/emea/"}
        """,
        """
        {"type":"installationUpdate","action":"add","channelId":"msteams","from":{"id":"29:u"},"conversation":{"id":"a:c"},"recipient":{"id":"28:b"},"serviceUrl":"https://x/","timestamp":"2026-12-07T09:00:00+00:00"}
        """,
        // Slack through the Bot Service: the Slack event in channelData.
        """
        {"type":"message","id":"7f1d.1733562902.000200","timestamp":"2026-12-07T09:15:02.000Z","serviceUrl":"https://slack.botframework.com/","channelId":"slack","from":{"id":"U0123ABCD:T0123WXYZ","name":"ana"},"conversation":{"id":"B0123BOT:T0123WXYZ:D0123DM","isGroup":false},"recipient":{"id":"B0123BOT:T0123WXYZ","name":"coachbot"},"text":"they said no after the final round :(","channelData":{"SlackMessage":{"token":null,"team_id":"T0123WXYZ","event":{"type":"message","text":"they said no after the final round :(","user":"U0123ABCD","ts":"1733562902.000200","channel":"D0123DM","channel_type":"im","blocks":[{"type":"rich_text","block_id":"x","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"they said no"}]}]}]},"type":"event_callback","event_id":"Ev0123","event_time":1733562902,"authed_users":["U0BOT"]},"ApiToken":null}}
        """,
        // The Emulator and the bench's driver, expectReplies, escapes and text beyond ASCII.
        """
        {"type":"message","id":"d1","channelId":"emulator","serviceUrl":"http://127.0.0.1:1/","from":{"id":"user-1","name":"User 1","role":"user"},"recipient":{"id":"bot","role":"bot"},"conversation":{"id":"c-1"},"text":"Line one\nline \"two\" \u2014 <b>&amp;</b> C++ café 日本語 😀","locale":"en-US","timestamp":"2026-12-07T09:15:02.123Z","deliveryMode":"expectReplies"}
        """,
        // Web Chat: an event with a value, attachments sent by the person, an entity of an unknown kind.
        """
        {"type":"event","name":"webchat/join","value":{"language":"de-DE"},"channelId":"webchat","from":{"id":"dl_123","name":""},"conversation":{"id":"abc123"},"recipient":{"id":"bot"},"attachments":[{"contentType":"image/png","contentUrl":"https://example.invalid/a.png","name":"screenshot.png"},{"contentType":"application/vnd.microsoft.card.hero","content":{"title":"Hero","buttons":[{"type":"openUrl","title":"Open","value":"https://example.invalid"}]}}],"entities":[{"type":"https://schema.org/Message","@context":"https://schema.org","@type":"Message","citation":[{"@type":"Claim","position":1}]}],"unknownTopLevel":{"nested":[true,false,null]},"inputHint":"expectingInput"}
        """,
        // A reply with suggested actions, as a channel echoes one back.
        """
        {"type":"message","text":"How did you hear?","inputHint":"expectingInput","suggestedActions":{"to":["user-1"],"actions":[{"type":"imBack","title":"Phone call","value":"Phone call"},{"type":"postBack","title":"E-mail","value":{"choice":"email"}},{"type":"imBack","title":"No value"}]},"replyToId":"d1","from":{"id":"bot","name":"CoachBot","role":"bot"},"recipient":{"id":"user-1","role":"user"},"conversation":{"id":"c-1"},"channelId":"emulator"}
        """,
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void An_activity_reads_and_writes_the_same_bytes_through_the_generated_context(string json)
    {
        var byReflection = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;
        var byContext = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Wire)!;

        var expected = JsonSerializer.SerializeToUtf8Bytes(byReflection, ActivityJson.Options);
        Assert.Equal(Text(expected), Text(JsonSerializer.SerializeToUtf8Bytes(byContext, ActivityJson.Wire)));
        Assert.Equal(Text(expected), Text(JsonSerializer.SerializeToUtf8Bytes(byReflection, ActivityJson.Wire)));
        Assert.Equal(
            Text(JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies { Activities = [byReflection, byReflection] }, ActivityJson.Options)),
            Text(JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies { Activities = [byContext, byContext] }, ActivityJson.Wire)));
    }

    [Fact]
    public void The_replies_CoachBot_renders_are_written_as_before()
    {
        var teams = new Activity { ChannelId = BotFrameworkChannel.TeamsChannelId, Conversation = new ConversationAccount { Id = "a:c", TenantId = "t" }, From = new ChannelAccount { Id = "29:u", Name = "Ana" }, Recipient = new ChannelAccount { Id = "28:b" }, Id = "m1", ServiceUrl = "https://smba.trafficmanager.net/emea/" };
        var replies = new[]
        {
            teams.CreateReply("Hi Ana — what happened? <b>Tell me</b> & I'll help."),
            WithChoices(teams.CreateReply("Pick one"), "One", "Two <2>", "Three & more", "Four's"),
            WithChoices(teams.CreateReply("Which?"), "Yes", "No"),
            WithDraft(teams.CreateReply("Here it is:"), "Dear Ms. O'Neil,\n\nThank you — Zoë"),
        };
        var rendered = new ExpectedReplies { Activities = [.. replies.Select(BotFrameworkChannel.Render)] };

        Assert.Equal(
            Text(JsonSerializer.SerializeToUtf8Bytes(rendered, ActivityJson.Options)),
            Text(JsonSerializer.SerializeToUtf8Bytes(rendered, ActivityJson.Wire)));
    }

    [Fact]
    public void Unknown_properties_come_back_on_the_wire()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,"two",null]},"from":{"id":"u","tenantHint":"x"},"conversation":{"id":"c","threadKind":"y"},"entities":[{"type":"clientInfo","platform":"Android","geo":{"lat":1.5}}],"Text":"case-insensitive", /* a comment */ "channelId":"msteams",}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Wire)!;
        var written = Text(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Wire));

        Assert.Equal("case-insensitive", activity.Text);
        Assert.Equal("""{"a":[1,"two",null]}""", activity.Extra!["futureField"].GetRawText());
        Assert.Equal(
            """{"type":"message","channelId":"msteams","from":{"id":"u","tenantHint":"x"},"conversation":{"id":"c","threadKind":"y"},"text":"case-insensitive","entities":[{"type":"clientInfo","platform":"Android","geo":{"lat":1.5}}],"futureField":{"a":[1,"two",null]}}""",
            written);
    }

    [Fact]
    public void The_wire_options_are_the_generated_context_with_no_converter_in_the_way()
    {
        // A converter in the options, or a resolver other than the context, sends every activity back through reflection.
        Assert.IsAssignableFrom<JsonSerializerContext>(ActivityJson.Wire.TypeInfoResolver);
        Assert.Empty(ActivityJson.Wire.Converters);
        Assert.NotNull(ActivityJson.Wire.GetTypeInfo(typeof(List<ChannelAccount?>)));
    }

    private static Activity WithChoices(Activity activity, params string[] choices)
    {
        activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(choice => CardAction.ImBack(choice))] };
        return activity;
    }

    private static Activity WithDraft(Activity activity, string draft)
    {
        activity.Attachments = [ReplyDialog.DraftAttachment(draft)];
        return activity;
    }

    private static string Text(byte[] utf8) => System.Text.Encoding.UTF8.GetString(utf8);
}
