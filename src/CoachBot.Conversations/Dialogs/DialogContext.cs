using CoachBot.Conversations.Turns;

namespace CoachBot.Conversations.Dialogs;

/// <summary>A dialog stack being worked on in this turn, with the dialogs it may start.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, List<DialogInstance> stack, DialogContext? parent = null)
{
    public TurnContext Turn { get; } = turn;
    public List<DialogInstance> Stack { get; } = stack;
    public DialogContext? Parent { get; } = parent;
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Find(dialogId);
        Stack.Add(new DialogInstance(dialogId));
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active
            ? Find(active.Id).ContinueAsync(this, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));

    /// <summary>Pops the active dialog and hands <paramref name="result"/> to the one below it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        return ActiveDialog is { } parentDialog
            ? await Find(parentDialog.Id).ResumeAsync(this, result, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and starts another in its place: the way a dialog loops.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? Find(active.Id).RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    private Dialog Find(string dialogId) =>
        dialogs.Find(dialogId) ?? Parent?.Find(dialogId)
        ?? throw new DialogStackException($"No dialog with id '{dialogId}' is registered.");
}

/// <summary>The persisted stack names a dialog or state this version of the bot no longer understands.</summary>
public sealed class DialogStackException(string message, Exception? inner = null) : Exception(message, inner);
