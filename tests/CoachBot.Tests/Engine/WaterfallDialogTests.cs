using System.Text.Json;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Tests.Engine;

/// <summary>The typed values a test waterfall gathers.</summary>
public sealed class Order
{
    public string? Name { get; set; }
    public string? Size { get; set; }
    public List<string> Notes { get; set; } = [];
}

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Typed_values_survive_the_stack_going_to_json_and_back_between_turns()
    {
        var chat = new DialogHarness(new DialogSet()
            .Add(new WaterfallDialog<Order>("order",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
                (step, ct) =>
                {
                    step.Values.Name = (string)step.Result!;
                    step.Values.Notes.Add("named");
                    return step.PromptAsync("choice", new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"] }, ct);
                },
                (step, ct) =>
                {
                    step.Values.Size = ((FoundChoice)step.Result!).Value;
                    return step.EndDialogAsync(step.Values, ct);
                },
            ]))
            .Add(new TextPrompt("text"))
            .Add(new ChoicePrompt("choice")));

        Assert.Equal("Your name?", (await chat.Begin("order")).Asked);
        var sizeAsked = await chat.Say("Ada");
        Assert.Equal("Which size?", sizeAsked.Asked);
        Assert.Equal(["Small", "Large"], sizeAsked.Buttons);

        var waiting = chat.Saved.DialogStack;
        Assert.Equal(["order", "choice"], waiting.Select(instance => instance.Id));
        var values = waiting[0].GetState<WaterfallState<Order>>();
        Assert.Equal(1, values.Step);
        Assert.Equal("Ada", values.Values.Name);
        Assert.Equal(["named"], values.Values.Notes);

        var done = await chat.Say("large");
        Assert.Equal(DialogTurnStatus.Complete, done.Result.Status);
        var order = Assert.IsType<Order>(done.Result.Result);
        Assert.Equal("Ada", order.Name);
        Assert.Equal("Large", order.Size);
        Assert.Equal(["named"], order.Notes);
        Assert.Empty(chat.Saved.DialogStack);
    }

    [Fact]
    public async Task Options_of_the_state_type_become_the_values_and_other_options_start_empty()
    {
        var chat = new DialogHarness(new DialogSet().Add(new WaterfallDialog<Order>("echo",
        [
            (step, ct) => step.EndDialogAsync(step.Values, ct),
        ])));

        var given = await chat.Begin("echo", new Order { Name = "Grace" });
        Assert.Equal("Grace", Assert.IsType<Order>(given.Result.Result).Name);

        var other = await chat.Begin("echo", "not an order");
        Assert.Null(Assert.IsType<Order>(other.Result.Result).Name);
    }

    [Fact]
    public async Task NextAsync_skips_straight_to_the_next_step_with_its_result()
    {
        var chat = new DialogHarness(new DialogSet()
            .Add(new WaterfallDialog<Order>("maybeAsk",
            [
                (step, ct) => step.Values.Name is null
                    ? step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct)
                    : step.NextAsync("already known", ct),
                (step, ct) =>
                {
                    step.Values.Notes.Add((string)step.Result!);
                    return step.EndDialogAsync(step.Values, ct);
                },
            ]))
            .Add(new TextPrompt("text")));

        var known = await chat.Begin("maybeAsk", new Order { Name = "Ada" });
        Assert.Empty(known.Sent);
        Assert.Equal(["already known"], Assert.IsType<Order>(known.Result.Result).Notes);

        Assert.Equal("Your name?", (await chat.Begin("maybeAsk")).Asked);
        var answered = await chat.Say("Grace");
        Assert.Equal(["Grace"], Assert.IsType<Order>(answered.Result.Result).Notes);
    }

    [Fact]
    public async Task ReplaceDialogAsync_loops_without_the_stack_growing()
    {
        var chat = new DialogHarness(new DialogSet()
            .Add(new WaterfallDialog<Order>("notes",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = $"Note {step.Values.Notes.Count + 1}? Say done to finish." }, ct),
                (step, ct) =>
                {
                    if ((string)step.Result! == "done")
                    {
                        return step.EndDialogAsync(step.Values, ct);
                    }

                    step.Values.Notes.Add((string)step.Result!);
                    return step.ReplaceDialogAsync("notes", step.Values, ct);
                },
            ]))
            .Add(new TextPrompt("text")));

        Assert.Equal("Note 1? Say done to finish.", (await chat.Begin("notes")).Asked);
        Assert.Equal("Note 2? Say done to finish.", (await chat.Say("first")).Asked);
        Assert.Equal(2, chat.Saved.DialogStack.Count);
        Assert.Equal("Note 3? Say done to finish.", (await chat.Say("second")).Asked);
        Assert.Equal(2, chat.Saved.DialogStack.Count);

        var done = await chat.Say("done");
        Assert.Equal(["first", "second"], Assert.IsType<Order>(done.Result.Result).Notes);
        Assert.Empty(chat.Saved.DialogStack);
    }

    [Fact]
    public async Task A_child_dialogs_result_reaches_the_parents_next_step_and_the_parents_values_are_kept()
    {
        var chat = new DialogHarness(new DialogSet()
            .Add(new WaterfallDialog<Order>("parent",
            [
                (step, ct) =>
                {
                    step.Values.Name = "set by parent";
                    return step.BeginDialogAsync("child", null, ct);
                },
                (step, ct) =>
                {
                    step.Values.Size = (string)step.Result!;
                    return step.EndDialogAsync(step.Values, ct);
                },
            ]))
            .Add(new WaterfallDialog<Order>("child",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Which size?" }, ct),
                (step, ct) => step.EndDialogAsync(((string)step.Result!).ToUpperInvariant(), ct),
            ]))
            .Add(new TextPrompt("text")));

        Assert.Equal("Which size?", (await chat.Begin("parent")).Asked);
        Assert.Equal(["parent", "child", "text"], chat.Saved.DialogStack.Select(instance => instance.Id));

        var done = await chat.Say("medium");
        Assert.Equal(DialogTurnStatus.Complete, done.Result.Status);
        var order = Assert.IsType<Order>(done.Result.Result);
        Assert.Equal("set by parent", order.Name);
        Assert.Equal("MEDIUM", order.Size);
    }

    [Fact]
    public async Task A_message_reaching_a_waterfall_with_no_prompt_waiting_is_the_answer_to_its_step()
    {
        var chat = new DialogHarness(new DialogSet().Add(new WaterfallDialog<Order>("plain",
        [
            async (step, ct) =>
            {
                await step.Turn.SendAsync("Type anything.", ct);
                return DialogTurnResult.Waiting;
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ])));

        Assert.Equal(["Type anything."], (await chat.Begin("plain")).Texts);
        var done = await chat.Say("  hello  ");
        Assert.Equal("hello", done.Result.Result);
    }

    [Fact]
    public async Task Starting_a_dialog_that_is_not_registered_throws_DialogStackException()
    {
        var chat = new DialogHarness(new DialogSet());

        var failure = await Assert.ThrowsAsync<DialogStackException>(() => chat.Begin("missing"));
        Assert.Contains("missing", failure.Message);
    }

    [Fact]
    public async Task A_saved_stack_naming_an_unknown_dialog_throws_DialogStackException_on_the_next_turn()
    {
        var chat = new DialogHarness(new DialogSet())
        {
            SavedJson = """{"dialogStack":[{"id":"retired","state":{"step":0}}]}""",
        };

        await Assert.ThrowsAsync<DialogStackException>(() => chat.Say("hi"));
    }

    [Fact]
    public async Task A_saved_state_that_no_longer_fits_its_dialog_throws_DialogStackException()
    {
        var chat = new DialogHarness(new DialogSet()
            .Add(new WaterfallDialog<Order>("order",
            [
                (step, ct) => step.EndDialogAsync(step.Values, ct),
            ])))
        {
            SavedJson = """{"dialogStack":[{"id":"order","state":{"step":"second","values":{}}}]}""",
        };

        var failure = await Assert.ThrowsAsync<DialogStackException>(() => chat.Say("hi"));
        Assert.Contains("order", failure.Message);
        Assert.IsAssignableFrom<JsonException>(failure.InnerException);
    }
}
