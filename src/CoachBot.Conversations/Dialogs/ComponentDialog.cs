namespace CoachBot.Conversations.Dialogs;

/// <summary>The inner dialog stack of a component dialog.</summary>
public sealed class ComponentState
{
    public List<DialogInstance> Stack { get; set; } = [];
}

/// <summary>
/// A dialog made of dialogs: its own set of waterfalls and prompts, with its own stack kept inside its
/// state, so it can be started from anywhere as one unit.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog<ComponentState>(id)
{
    private readonly DialogSet dialogs = new();

    /// <summary>The dialog started when this component begins; by default the first one added.</summary>
    protected string? InitialDialogId { get; set; }

    protected void AddDialog(Dialog dialog)
    {
        dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        SetState(dc, new ComponentState());
        var inner = InnerContext(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId!, options, cancellationToken);
        return await EndIfDoneAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await InnerContext(dc).ContinueDialogAsync(cancellationToken);
        return await EndIfDoneAsync(dc, result, cancellationToken);
    }

    /// <summary>Children run on the inner stack, so nothing should resume the component itself; ask again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        InnerContext(dc).RepromptDialogAsync(cancellationToken);

    private DialogContext InnerContext(DialogContext dc) => new(dialogs, dc.Turn, StateOf(dc).Stack, dc);

    private static async Task<DialogTurnResult> EndIfDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status == DialogTurnStatus.Waiting ? inner : await dc.EndDialogAsync(inner.Result, cancellationToken);
}
