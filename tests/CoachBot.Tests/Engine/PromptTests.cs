using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Tests.Engine;

public sealed class PromptTests
{
    /// <summary>A waterfall that asks with <paramref name="prompt"/> and ends with what the prompt returned.</summary>
    private static DialogHarness Asking(Dialog prompt, PromptOptions options) => new(new DialogSet()
        .Add(new WaterfallDialog<Order>("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result ?? "gave up", ct),
        ]))
        .Add(prompt));

    [Fact]
    public async Task A_prompt_asks_expecting_input_and_offers_its_choices_as_buttons()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"] });

        var asked = await chat.Begin("ask");

        Assert.Equal("Which size?", asked.Asked);
        var buttons = asked.Sent[0].SuggestedActions!.Actions;
        Assert.Equal(["imBack", "imBack"], buttons.Select(button => button.Type));
        Assert.Equal(["Small", "Large"], buttons.Select(button => button.Value!.Value.GetString()));
    }

    [Fact]
    public async Task A_choice_prompt_returns_the_choice_and_its_position()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions
        {
            Prompt = "How do you feel?",
            Choices = ["Calm", new Choice { Value = "Angry", Synonyms = ["mad"] }],
        });
        await chat.Begin("ask");

        var done = await chat.Say("MAD!");

        Assert.Equal(new FoundChoice("Angry", 1), done.Result.Result);
    }

    [Fact]
    public async Task An_answer_not_understood_gets_the_default_retry_lead_and_the_question_again()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"] });
        await chat.Begin("ask");

        var retry = await chat.Say("purple");

        Assert.Equal($"{Prompt<FoundChoice>.DefaultRetryLead} Which size?", retry.Asked);
        Assert.Equal(["Small", "Large"], retry.Buttons);
    }

    [Fact]
    public async Task A_retry_prompt_when_given_is_said_instead()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", RetryPrompt = "Small or large?", Choices = ["Small", "Large"] });
        await chat.Begin("ask");

        Assert.Equal("Small or large?", (await chat.Say("purple")).Asked);
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_ends_with_null_and_the_step_decides()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"], MaxAttempts = 2 });
        await chat.Begin("ask");

        Assert.Equal("Sorry, I didn't catch that. Which size?", (await chat.Say("purple")).Asked);
        var gaveUp = await chat.Say("green");

        Assert.Empty(gaveUp.Sent);
        Assert.Equal(DialogTurnStatus.Complete, gaveUp.Result.Status);
        Assert.Equal("gave up", gaveUp.Result.Result);
    }

    [Fact]
    public async Task The_default_is_three_attempts()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"] });
        await chat.Begin("ask");

        await chat.Say("purple");
        Assert.Equal("Sorry, I didn't catch that. Which size?", (await chat.Say("green")).Asked);
        Assert.Equal("gave up", (await chat.Say("blue")).Result.Result);
    }

    [Fact]
    public async Task A_reprompt_asks_the_question_again_without_using_up_an_attempt()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"], MaxAttempts = 2 });
        await chat.Begin("ask");
        await chat.Say("purple");

        var again = await chat.Reprompt();

        Assert.Equal("Which size?", again.Asked);
        Assert.Equal(["Small", "Large"], again.Buttons);
        Assert.Equal(1, chat.Saved.DialogStack[^1].GetState<PromptState>().Attempts);
    }

    [Fact]
    public async Task Activities_other_than_messages_leave_the_prompt_waiting_without_using_an_attempt()
    {
        var chat = Asking(new ChoicePrompt("choice"), new PromptOptions { Prompt = "Which size?", Choices = ["Small", "Large"], MaxAttempts = 1 });
        await chat.Begin("ask");
        var typing = DialogHarness.Message("Small");
        typing.Type = ActivityTypes.Typing;

        var ignored = await chat.Send(typing);

        Assert.Equal(DialogTurnStatus.Waiting, ignored.Result.Status);
        Assert.Empty(ignored.Sent);
        Assert.Equal(0, chat.Saved.DialogStack[^1].GetState<PromptState>().Attempts);
        Assert.Equal(new FoundChoice("Small", 0), (await chat.Say("small")).Result.Result);
    }

    [Fact]
    public async Task A_text_prompt_returns_the_trimmed_text_and_does_not_accept_an_empty_answer()
    {
        var chat = Asking(new TextPrompt("text"), new PromptOptions { Prompt = "Your name?" });
        await chat.Begin("ask");

        Assert.Equal("Sorry, I didn't catch that. Your name?", (await chat.Say("   ")).Asked);
        Assert.Equal("Ada Lovelace", (await chat.Say("  Ada Lovelace ")).Result.Result);
    }

    [Fact]
    public async Task A_text_prompts_validator_sees_each_attempt_and_can_refuse_until_the_answer_fits()
    {
        var seen = new List<(string Value, int Attempts)>();
        var digitsOnly = new TextPrompt("digits", (context, _) =>
        {
            seen.Add((context.Value, context.Attempts));
            return Task.FromResult(context.Value.All(char.IsDigit));
        });
        var chat = Asking(digitsOnly, new PromptOptions { Prompt = "How many?", RetryPrompt = "Just a number, please. How many?" });
        await chat.Begin("ask");

        Assert.Equal("Just a number, please. How many?", (await chat.Say("a few")).Asked);
        var done = await chat.Say("3");

        Assert.Equal("3", done.Result.Result);
        Assert.Equal([("a few", 1), ("3", 2)], seen);
    }

    [Fact]
    public async Task A_prompt_without_prompt_options_is_a_programming_error()
    {
        var chat = new DialogHarness(new DialogSet().Add(new TextPrompt("text")));

        await Assert.ThrowsAsync<ArgumentException>(() => chat.Begin("text", "not options"));
    }

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("yep", true)]
    [InlineData("Sure!", true)]
    [InlineData("No", false)]
    [InlineData("no thanks", false)]
    [InlineData("nah", false)]
    public async Task A_confirm_prompt_offers_yes_and_no_and_understands_them_in_words(string answer, bool expected)
    {
        var chat = Asking(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Shall I?" });

        Assert.Equal(["Yes", "No"], (await chat.Begin("ask")).Buttons);
        Assert.Equal(expected, (await chat.Say(answer)).Result.Result);
    }

    [Theory]
    [InlineData("Send it now", true)]
    [InlineData("send it NOW.", true)]
    [InlineData("Keep editing", false)]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public async Task A_confirm_prompt_with_custom_labels_shows_them_and_reads_them_as_yes_then_no(string answer, bool expected)
    {
        var chat = Asking(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Ready?", Choices = ["Send it now", "Keep editing"] });

        Assert.Equal(["Send it now", "Keep editing"], (await chat.Begin("ask")).Buttons);
        Assert.Equal(expected, (await chat.Say(answer)).Result.Result);
    }

    [Fact]
    public async Task A_confirm_prompt_asks_again_with_its_custom_labels_when_the_answer_is_neither()
    {
        var chat = Asking(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Ready?", Choices = ["Send it now", "Keep editing"] });
        await chat.Begin("ask");

        var retry = await chat.Say("maybe later");

        Assert.Equal("Sorry, I didn't catch that. Ready?", retry.Asked);
        Assert.Equal(["Send it now", "Keep editing"], retry.Buttons);
    }
}
