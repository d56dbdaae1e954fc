using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.State;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Engine;

/// <summary>
/// The dialog stack at rest: conversation documents as the bot stored them before its saved states were
/// kept as bytes (taken from the turn probe's database, bench/CoachBot.TurnProbe) still load, and come
/// back as they were; a turn no longer copies and parses each level of a nested stack.
/// </summary>
public sealed class StoredDialogStateTests
{
    private const string Key = "conversation/emulator/1";

    /// <summary>Mid-intake: a component inside a component, a choice prompt with synonyms, and a date the previous version re-escaped (\u002B).</summary>
    private const string Intake = """{"dialogStack":[{"id":"CoachingDialog","state":{"stack":[{"id":"coaching","state":{"step":0,"values":{"startedAt":"2026-12-06T16:55:09.6338307\u002B00:00","detailsConfirmed":false,"style":{"short":false,"tone":"neutral","ownPoints":[],"instructions":[]},"draftFinal":false,"nudges":[]}}},{"id":"IntakeDialog","state":{"stack":[{"id":"ask","state":{"step":0,"values":{"company":"Contoso","role":"Data Analyst intern","startedAt":"2026-12-06T16:55:09.6338307+00:00","detailsConfirmed":false,"style":{"short":false,"tone":"neutral","ownPoints":[],"instructions":[]},"draftFinal":false,"nudges":[]}}},{"id":"text","state":{"options":{"prompt":"How far did you get in the process?","choices":[{"value":"Application","synonyms":["applied","application","resume","cv","screen out","screened out","automated","just applied","after applying","never got an interview","didnt get an interview","application stage","online application"]},{"value":"Screening call","synonyms":["phone screen","recruiter call","screening","phone interview","first call","intro call","hr call","recruiter screen"]},{"value":"Interview","synonyms":["interviews","interviewed","first round","second round","technical interview","panel interview","video interview","case interview"]},{"value":"Final round","synonyms":["final","onsite","on site","final interview","last round","final round interview","final stage","last interview","superday","final interviews","last stage"]},{"value":"Offer rescinded","synonyms":["rescinded","offer withdrawn","withdrawn","pulled the offer","offer was pulled","took back the offer","revoked","offer revoked","rescinded offer"]},{"value":"Negotiation broke down","synonyms":["negotiation","negotiating","negotiations","salary negotiation"]}],"maxAttempts":3},"attempts":0}}]}}]}}],"lastActivityAt":"2026-12-06T16:55:10.30359+00:00","welcomed":true,"reference":{"channelId":"emulator","conversationId":"37487ef5-014f-491b-a885-a2a01d9dbbf9","userId":"user-0","botId":"bot","serviceUrl":"http://127.0.0.1:1/","conversationType":"personal","locale":"en-US"},"recentActivities":["860acfdc91d67278","7b53bc9ccf0ce165","cf196dea2adfe045"],"listedAt":"2026-12-06T16:55:09.7095875+00:00"}""";

    /// <summary>Revising the draft: a multi-line draft (escaped line breaks) three levels down.</summary>
    private const string Revise = """{"dialogStack":[{"id":"CoachingDialog","state":{"stack":[{"id":"coaching","state":{"step":2,"values":{"company":"Contoso","role":"Data Analyst intern","stage":"application","heardVia":"email","heardWhen":"today","feeling":"disappointed","startedAt":"2026-12-06T16:55:36.3156628\u002B00:00","notGiven":["reason"],"detailsConfirmed":true,"style":{"short":false,"tone":"neutral","ownPoints":[],"instructions":[]},"draftFinal":false,"nudges":[]}}},{"id":"ReplyDialog","state":{"stack":[{"id":"revision","state":{"step":0,"values":{"company":"Contoso","role":"Data Analyst intern","stage":"application","heardVia":"email","heardWhen":"today","feeling":"disappointed","startedAt":"2026-12-06T16:55:36.3156628+00:00","notGiven":["reason"],"detailsConfirmed":true,"signatureName":"","goal":"thankAndStayConnected","style":{"short":false,"tone":"neutral","ownPoints":[],"instructions":[]},"draft":"Dear Contoso hiring team,\n\nThank you for considering my application for the Data Analyst intern role at Contoso and for the time spent reviewing it. I was sorry to hear it, but I understand.\n\nI remain interested in opportunities at Contoso and would welcome being considered for future openings, whether for a similar role or a different one. I hope we can stay in touch, and I will keep an eye on new postings at Contoso.\n\nThank you again for your time, and I wish everyone at Contoso all the best.\n\nBest regards,","draftFinal":false,"nudges":[]}}},{"id":"revise","state":{"options":{"prompt":"How does it look?","choices":[{"value":"Looks good"},{"value":"Shorter"},{"value":"Warmer"},{"value":"More formal"},{"value":"Add a point"},{"value":"Check my own reply"},{"value":"Start again"}],"maxAttempts":3},"attempts":0}}]}}]}}],"lastActivityAt":"2026-12-06T16:55:37.4785118+00:00","welcomed":true,"reference":{"channelId":"emulator","conversationId":"a4f07280-f483-4db3-b8b1-b5855e42ddb8","userId":"user-0","botId":"bot","serviceUrl":"http://127.0.0.1:1/","conversationType":"personal","locale":"en-US"},"recentActivities":["86969ff93643da6e","b1b791c5cd8f65bb","f0bdb2043db22607","6634cd779bb95907","ce6c2c6461720f16","23334e9ba575f055","a8ef0a1f16650f44","50032e026910b76c"],"listedAt":"2026-12-06T16:55:36.3933371+00:00"}""";

    public static TheoryData<string> Documents => new() { Intake, Revise };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_stored_conversation_loads_and_is_written_back_byte_for_byte(string stored)
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(Key, stored, null, CancellationToken.None);
        var store = new StateStore(storage);

        var document = await store.LoadAsync<ConversationData>(Key, CancellationToken.None);
        await store.SaveAsync(document, CancellationToken.None);

        Assert.Equal(stored, JsonSerializer.Serialize(document.Value, ActivityJson.Options));
        Assert.Equal(1, storage.Writes);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_stored_conversation_typed_at_every_level_is_written_back_with_the_same_content(string stored)
    {
        var conversation = JsonSerializer.Deserialize<ConversationData>(stored, ActivityJson.Options)!;

        TypeEveryState(conversation.DialogStack);

        var written = JsonSerializer.Serialize(conversation, ActivityJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(written)), written);
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize<ConversationData>(written, ActivityJson.Options), ActivityJson.Options));
    }

    [Fact]
    public void A_state_changed_three_levels_down_is_written_and_its_untouched_neighbours_are_kept()
    {
        var conversation = JsonSerializer.Deserialize<ConversationData>(Revise, ActivityJson.Options)!;

        var reply = conversation.DialogStack[0].GetState<ComponentState>().Stack[1].GetState<ComponentState>();
        reply.Stack[0].GetState<WaterfallState<RejectionCase>>().Values.Draft = "Thanks";
        var written = JsonNode.Parse(JsonSerializer.Serialize(conversation, ActivityJson.Options))!;

        var stored = JsonNode.Parse(Revise)!;
        var outer = stored["dialogStack"]![0]!["state"]!["stack"]!;
        Assert.True(JsonNode.DeepEquals(outer[0], written["dialogStack"]![0]!["state"]!["stack"]![0]));
        var inner = written["dialogStack"]![0]!["state"]!["stack"]![1]!["state"]!["stack"]!;
        Assert.Equal("Thanks", (string?)inner[0]!["state"]!["values"]!["draft"]);
        Assert.True(JsonNode.DeepEquals(outer[1]!["state"]!["stack"]![1], inner[1]));
    }

    [Fact]
    public void Reading_a_nested_stack_copies_its_bytes_once_rather_than_once_a_level()
    {
        // Warmed up first: the serializer builds its metadata for each type on first use.
        for (var i = 0; i < 3; i++)
        {
            ReadAndTypeEveryState(Revise);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        ReadAndTypeEveryState(Revise);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Measured on this document: 20.2 KB while each level was parsed into a JsonDocument of its own (a copy
        // and its token table per level) and typed from it; 11.5 KB with the levels slices of one copy, most of
        // it the typed states themselves and the serializer's per-call frames.
        var size = Encoding.UTF8.GetByteCount(Revise);
        Assert.True(allocated < 6 * size, $"{allocated} bytes allocated for a document of {size} bytes");
    }

    [Fact]
    public void A_nested_state_is_a_slice_of_its_parents_bytes()
    {
        var conversation = JsonSerializer.Deserialize<ConversationData>(Revise, ActivityJson.Options)!;
        var outer = conversation.DialogStack[0];

        var reply = outer.GetState<ComponentState>().Stack[1];
        var draft = reply.GetState<ComponentState>().Stack[0];

        Assert.True(MemoryMarshal.TryGetArray(outer.StoredState, out var outerBytes));
        Assert.True(MemoryMarshal.TryGetArray(draft.StoredState, out var draftBytes));
        Assert.Same(outerBytes.Array, draftBytes.Array);
        Assert.StartsWith("{\"step\":0,\"values\":{\"company\":\"Contoso\"", Encoding.UTF8.GetString(draft.StoredState.Span));
    }

    [Fact]
    public void A_state_stored_with_comments_and_trailing_commas_is_read_and_written_back_as_strict_json()
    {
        const string stored = """{"id":"order","state":{"step":1, /* resumed */ "values":{"name":"Ada","notes":["x",],},}}""";

        var instance = JsonSerializer.Deserialize<DialogInstance>(stored, ActivityJson.Options)!;
        var written = JsonSerializer.Serialize(instance, ActivityJson.Options);

        Assert.Equal("""{"id":"order","state":{"step":1,"values":{"name":"Ada","notes":["x"]}}}""", written);
        Assert.Equal("Ada", JsonSerializer.Deserialize<DialogInstance>(written, ActivityJson.Options)!.GetState<WaterfallState<Order>>().Values.Name);
    }

    [Fact]
    public void A_stack_read_from_many_small_segments_keeps_its_content()
    {
        // Not one buffer: each state is parsed and written anew (strings escaped as the writer escapes them), as before.
        var reader = new Utf8JsonReader(Segments(Encoding.UTF8.GetBytes(Revise), size: 7));

        var conversation = JsonSerializer.Deserialize<ConversationData>(ref reader, ActivityJson.Options)!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Revise), JsonNode.Parse(JsonSerializer.Serialize(conversation, ActivityJson.Options))));
        Assert.Equal("revise", ActiveCase.InnermostDialogId(conversation.DialogStack));
    }

    [Fact]
    public async Task A_stack_read_from_a_stream_in_small_buffers_round_trips()
    {
        var options = new System.Text.Json.JsonSerializerOptions(ActivityJson.Options) { DefaultBufferSize = 16 };

        var conversation = (await JsonSerializer.DeserializeAsync<ConversationData>(new MemoryStream(Encoding.UTF8.GetBytes(Intake)), options))!;

        Assert.Equal(Intake, JsonSerializer.Serialize(conversation, ActivityJson.Options));
        Assert.Equal("Contoso", ActiveCase.Find(conversation.DialogStack)!.Company);
    }

    [Fact]
    public void A_null_state_is_kept_as_null_and_starts_afresh_when_asked_for()
    {
        const string stored = """{"id":"order","state":null}""";

        var instance = JsonSerializer.Deserialize<DialogInstance>(stored, ActivityJson.Options)!;

        Assert.Equal(stored, JsonSerializer.Serialize(instance, ActivityJson.Options));
        Assert.Equal(0, instance.GetState<WaterfallState<Order>>().Step);
    }

    [Fact]
    public void A_stored_state_written_indented_is_laid_out_like_the_rest()
    {
        var instance = JsonSerializer.Deserialize<DialogInstance>("""{"id":"order","state":{"step":1}}""", ActivityJson.Options)!;
        var indented = new System.Text.Json.JsonSerializerOptions(ActivityJson.Options) { WriteIndented = true };

        var written = JsonSerializer.Serialize(instance, indented);

        Assert.Equal(JsonSerializer.Serialize(JsonNode.Parse("""{"id":"order","state":{"step":1}}"""), indented), written);
    }

    private static void ReadAndTypeEveryState(string stored) =>
        TypeEveryState(JsonSerializer.Deserialize<ConversationData>(stored, ActivityJson.Options)!.DialogStack);

    /// <summary>What a turn does at most: every state typed, as its dialog would ask for it.</summary>
    private static void TypeEveryState(IReadOnlyList<DialogInstance> stack)
    {
        foreach (var instance in stack)
        {
            if (instance.Id.EndsWith("Dialog", StringComparison.Ordinal))
            {
                TypeEveryState(instance.GetState<ComponentState>().Stack);
            }
            else if (instance.Id is "text" or "signature" or "revise")
            {
                instance.GetState<PromptState>();
            }
            else
            {
                instance.GetState<WaterfallState<RejectionCase>>();
            }
        }
    }

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int size)
    {
        Segment? first = null;
        Segment? last = null;
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            var piece = bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset));
            last = last is null ? first = new Segment(piece, 0) : last.Append(piece);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
