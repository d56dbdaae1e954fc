using CoachBot.Conversations.Dialogs;

namespace CoachBot.Tests.Engine;

public sealed class ComponentDialogTests
{
    /// <summary>A component that asks for a name and a size on its own inner stack.</summary>
    private sealed class OrderDialog : ComponentDialog
    {
        public OrderDialog() : base(nameof(OrderDialog))
        {
            AddDialog(new WaterfallDialog<Order>("steps",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
                (step, ct) =>
                {
                    step.Values.Name = (string)step.Result!;
                    return step.PromptAsync("choice", new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"] }, ct);
                },
                (step, ct) =>
                {
                    step.Values.Size = ((FoundChoice)step.Result!).Value;
                    return step.EndDialogAsync(step.Values, ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
            AddDialog(new ChoicePrompt("choice"));
        }
    }

    private static DialogHarness ParentStartingTheComponent() => new(new DialogSet()
        .Add(new WaterfallDialog<Order>("parent",
        [
            (step, ct) => step.BeginDialogAsync(nameof(OrderDialog), null, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]))
        .Add(new OrderDialog()));

    [Fact]
    public async Task The_components_inner_stack_lives_inside_its_own_state()
    {
        var chat = ParentStartingTheComponent();

        Assert.Equal("Your name?", (await chat.Begin("parent")).Asked);
        Assert.Equal("Which size?", (await chat.Say("Ada")).Asked);

        var outer = chat.Saved.DialogStack;
        Assert.Equal(["parent", nameof(OrderDialog)], outer.Select(instance => instance.Id));
        var inner = outer[1].GetState<ComponentState>().Stack;
        Assert.Equal(["steps", "choice"], inner.Select(instance => instance.Id));
        Assert.Equal("Ada", inner[0].GetState<WaterfallState<Order>>().Values.Name);
    }

    [Fact]
    public async Task The_components_result_reaches_the_dialog_that_started_it()
    {
        var chat = ParentStartingTheComponent();
        await chat.Begin("parent");
        await chat.Say("Ada");

        var done = await chat.Say("2");

        Assert.Equal(DialogTurnStatus.Complete, done.Result.Status);
        var order = Assert.IsType<Order>(done.Result.Result);
        Assert.Equal("Ada", order.Name);
        Assert.Equal("Large", order.Size);
        Assert.Empty(chat.Saved.DialogStack);
    }

    [Fact]
    public async Task Reprompting_a_component_asks_its_inner_question_again_with_its_buttons()
    {
        var chat = ParentStartingTheComponent();
        await chat.Begin("parent");
        await chat.Say("Ada");

        var again = await chat.Reprompt();

        Assert.Equal("Which size?", again.Asked);
        Assert.Equal(["Small", "Large"], again.Buttons);
        Assert.Equal("Large", Assert.IsType<Order>((await chat.Say("large")).Result.Result).Size);
    }

    [Fact]
    public async Task A_component_started_at_the_bottom_of_the_stack_completes_the_turn()
    {
        var chat = new DialogHarness(new DialogSet().Add(new OrderDialog()));
        await chat.Begin(nameof(OrderDialog));
        await chat.Say("Grace");

        var done = await chat.Say("small");

        Assert.Equal(DialogTurnStatus.Complete, done.Result.Status);
        Assert.Equal("Small", Assert.IsType<Order>(done.Result.Result).Size);
    }
}
