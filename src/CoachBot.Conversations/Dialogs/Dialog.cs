namespace CoachBot.Conversations.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>The active dialog is waiting for the person's next message.</summary>
    Waiting,
    Complete,
    Cancelled,
}

public readonly record struct DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}

/// <summary>
/// A step of conversation that can span turns. Its state lives in its <see cref="DialogInstance"/> on the
/// persisted dialog stack, so a dialog object itself holds no per-conversation data.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>A new message arrived while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again what the dialog is waiting for, e.g. after an interruption such as help.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A dialog with typed state.</summary>
public abstract class Dialog<TState>(string id) : Dialog(id) where TState : class, new()
{
    protected static TState StateOf(DialogContext dc) => dc.ActiveDialog!.GetState<TState>();

    protected static void SetState(DialogContext dc, TState state) => dc.ActiveDialog!.SetState(state);
}

/// <summary>Dialogs by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        dialogs.Add(dialog.Id, dialog);
        return this;
    }

    public Dialog? Find(string id) => dialogs.GetValueOrDefault(id);
}
