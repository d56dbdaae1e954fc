using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Llm;

/// <summary>
/// Writes and revises the reply with the model, never worse than the built-in drafter: the draft streams
/// as a preview only while it passes the checks that more text cannot undo, the whole draft is checked
/// (the rubric and the model-specific checks) before it is kept, a failed check is retried once
/// without a preview, and on any failure (a timeout, an error, the rate limit, a second failed check)
/// the built-in drafter writes it. Nothing in the case changes here, so the person's edits are intact.
/// A greeting the person asked for ("change the greeting to Hi Priya") opens the draft whatever the model
/// wrote, as it does the built-in drafter's.
/// </summary>
public sealed partial class ModelDrafter(ModelCalls model, BuiltInDrafter builtIn) : IStreamingReplyDrafter
{
    public bool FollowsInstructions => true;

    public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken) =>
        StreamAsync(request, static (_, _) => Task.CompletedTask, cancellationToken);

    public async Task<string> StreamAsync(DraftRequest request, Func<string, CancellationToken, Task> show, CancellationToken cancellationToken)
    {
        var task = request.Case.Draft is null ? LlmTask.Draft : LlmTask.Revise;
        var input = DraftInput.For(model.NewInput(), request, task);

        var previewing = true;
        var streamed = new System.Text.StringBuilder();
        async Task Preview(string piece, CancellationToken ct)
        {
            streamed.Append(piece);
            previewing &= ModelOutputCheck.PreviewPasses(streamed.ToString(), request);
            if (previewing)
            {
                await show(piece, ct);
            }
        }

        var first = await model.TextAsync(task, input, Preview, cancellationToken);
        if (first.Failure is not null)
        {
            return await builtIn.DraftAsync(request, cancellationToken);
        }

        var draft = WithAskedGreeting(ModelOutputCheck.Tidy(first.Value ?? string.Empty), request.Style);
        if (Passes(draft, request))
        {
            return draft;
        }

        model.Rejected(task, FallbackReason.FailedCheck);
        var second = await model.TextAsync(task, input, show: null, cancellationToken);
        var again = WithAskedGreeting(ModelOutputCheck.Tidy(second.Value ?? string.Empty), request.Style);
        if (second.Failure is null && Passes(again, request))
        {
            return again;
        }

        if (second.Failure is null)
        {
            model.Rejected(task, FallbackReason.FailedCheck);
        }

        return await builtIn.DraftAsync(request, cancellationToken);
    }

    private static bool Passes(string? draft, DraftRequest request) =>
        ModelOutputCheck.Draft(draft, request).Count == 0;

    /// <summary>The draft opening with the greeting the person asked for: in place of the model's greeting line, or before the text.</summary>
    internal static string WithAskedGreeting(string draft, DraftStyle style)
    {
        if (CaseText.GreetingLine(style) is not { } asked || draft.Length == 0)
        {
            return draft;
        }

        var firstLineEnd = draft.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? draft : draft[..firstLineEnd];
        return OpeningGreeting().IsMatch(firstLine)
            ? asked + (firstLineEnd < 0 ? string.Empty : draft[firstLineEnd..])
            : $"{asked}\n\n{draft}";
    }

    [GeneratedRegex(@"^\s*(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|to\s+whom)\b[^\n]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningGreeting();
}
