using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Tests.Engine;

public sealed class DialogInstanceTests
{
    private static DialogInstance Read(string json) => JsonSerializer.Deserialize<DialogInstance>(json, ActivityJson.Options)!;

    [Fact]
    public void Stored_state_is_read_as_the_type_the_dialog_asks_for()
    {
        var instance = Read("""{"id":"order","state":{"step":2,"values":{"name":"Ada","notes":["x"]}}}""");

        var state = instance.GetState<WaterfallState<Order>>();

        Assert.Equal("order", instance.Id);
        Assert.Equal(2, state.Step);
        Assert.Equal("Ada", state.Values.Name);
        Assert.Same(state, instance.GetState<WaterfallState<Order>>());
    }

    [Fact]
    public void A_stored_state_that_does_not_deserialize_throws_DialogStackException()
    {
        var instance = Read("""{"id":"order","state":{"step":"two"}}""");

        var failure = Assert.Throws<DialogStackException>(() => instance.GetState<WaterfallState<Order>>());

        Assert.Contains("'order'", failure.Message);
        Assert.IsAssignableFrom<JsonException>(failure.InnerException);
    }

    [Fact]
    public void An_instance_without_state_starts_with_a_new_one()
    {
        var state = Read("""{"id":"order"}""").GetState<WaterfallState<Order>>();

        Assert.Equal(0, state.Step);
        Assert.Null(state.Values.Name);
    }

    [Fact]
    public void An_instance_without_an_id_does_not_deserialize() =>
        Assert.Throws<JsonException>(() => Read("""{"state":{}}"""));

    [Fact]
    public void State_never_read_in_a_turn_is_written_back_as_it_was_stored()
    {
        const string stored = """{"id":"order","state":{"step":1,"values":{"name":"Ada","notes":[]},"extra":true}}""";

        Assert.Equal(stored, JsonSerializer.Serialize(Read(stored), ActivityJson.Options));
    }

    [Fact]
    public void State_changed_in_a_turn_is_what_gets_written()
    {
        var instance = Read("""{"id":"order","state":{"step":1,"values":{"name":"Ada"}}}""");
        instance.GetState<WaterfallState<Order>>().Values.Size = "Large";

        var written = Read(JsonSerializer.Serialize(instance, ActivityJson.Options)).GetState<WaterfallState<Order>>();

        Assert.Equal("Ada", written.Values.Name);
        Assert.Equal("Large", written.Values.Size);
    }
}
