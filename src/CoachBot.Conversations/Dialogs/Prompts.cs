using System.Globalization;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Conversations.Dialogs;

/// <summary>What a prompt asks, and how patiently.</summary>
public sealed class PromptOptions
{
    public required string Prompt { get; set; }
    /// <summary>Said instead of <see cref="Prompt"/> after an answer that was not understood or not valid.</summary>
    public string? RetryPrompt { get; set; }
    public List<Choice>? Choices { get; set; }
    /// <summary>After this many answers that do not fit, the prompt ends with a null result and the step decides.</summary>
    public int MaxAttempts { get; set; } = 3;
}

public sealed class Choice
{
    public required string Value { get; set; }
    /// <summary>Other words that pick this choice, e.g. "mad" for "Angry".</summary>
    public List<string>? Synonyms { get; set; }

    /// <summary>The value and synonyms as the recognizer compares them, worked out on first use (a choice is not changed once asked).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal ChoiceRecognizer.Phrase[]? Phrases { get; set; }

    public static implicit operator Choice(string value) => new() { Value = value };
}

/// <summary>The choice the person picked, and its position in the list.</summary>
public sealed record FoundChoice(string Value, int Index);

public sealed class PromptState
{
    public PromptOptions Options { get; set; } = new() { Prompt = string.Empty };
    public int Attempts { get; set; }
}

/// <summary>An answer a prompt understood, for its validator to accept or refuse.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, T Value, PromptOptions Options, int Attempts);

public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);

/// <summary>
/// Asks a question and waits for an answer it can recognize (and the validator accepts). Retries with
/// <see cref="PromptOptions.RetryPrompt"/> up to <see cref="PromptOptions.MaxAttempts"/> answers, then ends with null.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator) : Dialog<PromptState>(id) where T : notnull
{
    public const string DefaultRetryLead = "Sorry, I didn't catch that.";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        SetState(dc, new PromptState { Options = promptOptions });
        await SendAsync(dc.Turn, promptOptions, promptOptions.Prompt, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var state = StateOf(dc);
        state.Attempts++;
        if (TryRecognize(dc.Turn, state.Options, out var recognized)
            && (validator is null || await validator(new PromptValidatorContext<T>(dc.Turn, recognized, state.Options, state.Attempts), cancellationToken)))
        {
            return await dc.EndDialogAsync(recognized, cancellationToken);
        }

        if (state.Attempts >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await SendAsync(dc.Turn, state.Options, RetryText(dc.Turn, state.Options), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = StateOf(dc).Options;
        return SendAsync(dc.Turn, options, options.Prompt, cancellationToken);
    }

    protected abstract bool TryRecognize(TurnContext turn, PromptOptions options, out T value);

    /// <summary>What to say after an answer that did not fit.</summary>
    protected virtual string RetryText(TurnContext turn, PromptOptions options) =>
        options.RetryPrompt ?? $"{DefaultRetryLead} {options.Prompt}";

    protected virtual IEnumerable<string> ButtonsFor(PromptOptions options) =>
        options.Choices?.Select(choice => choice.Value) ?? [];

    private Task SendAsync(TurnContext turn, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var buttons = ButtonsFor(options).ToList();
        OutboundReply question = buttons.Count > 0 ? new ChoicesReply(text, buttons) : new TextReply(text);
        return turn.SendAsync(question with { ExpectsAnswer = true }, cancellationToken);
    }
}

/// <summary>Any non-empty text; a bare number picks the option it numbers, where the question offers buttons (the terminal shows them numbered).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out string value)
    {
        value = turn.Text;
        if (options.Choices is { Count: > 0 } choices && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && ChoiceRecognizer.Recognize(value, choices) is { } picked)
        {
            value = picked.Value;
        }

        return value.Length > 0;
    }
}

/// <summary>One of a list of choices, by button, by typing the choice (or a synonym, any case), or by its number.</summary>
public class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out FoundChoice value)
    {
        value = ChoiceRecognizer.Recognize(turn.Text, options.Choices ?? [])!;
        return value is not null;
    }

    /// <summary>An answer that names two choices is asked about, never guessed.</summary>
    protected override string RetryText(TurnContext turn, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var named = ChoiceRecognizer.Ambiguous(turn.Text, choices);
        return named.Count >= 2 ? AskWhich(named.Select(index => choices[index].Value)) : base.RetryText(turn, options);
    }

    public static string AskWhich(IEnumerable<string> values) =>
        $"Just to check, did you mean {string.Join(" or ", values.Select(value => $"\"{value}\""))}?";
}

/// <summary>Yes or no, by button or in words.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool>(id, null)
{
    private static readonly List<Choice> YesNo =
    [
        new() { Value = "Yes", Synonyms = ["y", "yeah", "yep", "yes please", "sure", "ok", "okay", "of course", "please do", "go ahead"] },
        new() { Value = "No", Synonyms = ["n", "nope", "nah", "no thanks", "not now", "no thank you"] },
    ];

    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out bool value)
    {
        // Custom button labels, when given, mean yes (first) and no (second).
        var found = (options.Choices is { Count: 2 } labels ? ChoiceRecognizer.Recognize(turn.Text, labels) : null)
            ?? ChoiceRecognizer.Recognize(turn.Text, YesNo);
        value = found?.Index == 0;
        return found is not null;
    }

    protected override IEnumerable<string> ButtonsFor(PromptOptions options) =>
        options.Choices is { Count: 2 } labels ? labels.Select(choice => choice.Value) : YesNo.Select(choice => choice.Value);
}
