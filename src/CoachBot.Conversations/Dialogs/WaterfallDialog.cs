namespace CoachBot.Conversations.Dialogs;

public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>Where a waterfall is, and the typed values its steps have gathered.</summary>
public sealed class WaterfallState<TState> where TState : class, new()
{
    public int Step { get; set; }
    public TState Values { get; set; } = new();
}

/// <summary>
/// Steps run in order; a step either asks something (a prompt or child dialog) and the next step gets the
/// answer, or moves straight on. The options passed at the start become the typed values, when they are a <typeparamref name="TState"/>.
/// </summary>
public sealed class WaterfallDialog<TState>(string id, IReadOnlyList<WaterfallStep<TState>> steps)
    : Dialog<WaterfallState<TState>>(id) where TState : class, new()
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        SetState(dc, new WaterfallState<TState> { Values = options as TState ?? new TState() });
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message reached the waterfall itself (no prompt was waiting): treat the text as the step's answer.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeAsync(dc, dc.Turn.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, StateOf(dc).Step + 1, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        var state = StateOf(dc);
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        state.Step = index;
        return await steps[index](new WaterfallStepContext<TState>(this, dc, state, result, index), cancellationToken);
    }
}

/// <summary>What a waterfall step sees: the typed values, the previous step's result, and ways to go on.</summary>
public sealed class WaterfallStepContext<TState> where TState : class, new()
{
    private readonly WaterfallDialog<TState> waterfall;
    private readonly WaterfallState<TState> state;

    internal WaterfallStepContext(WaterfallDialog<TState> waterfall, DialogContext context, WaterfallState<TState> state, object? result, int index)
    {
        this.waterfall = waterfall;
        this.state = state;
        Context = context;
        Result = result;
        Index = index;
    }

    public DialogContext Context { get; }

    /// <summary>The typed values gathered so far; a step may replace them, e.g. with a child dialog's result.</summary>
    public TState Values
    {
        get => state.Values;
        set => state.Values = value;
    }

    public object? Result { get; }
    public int Index { get; }
    public Turns.TurnContext Turn => Context.Turn;

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips straight to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        waterfall.RunStepAsync(Context, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
