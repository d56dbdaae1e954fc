using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Activities;

namespace CoachBot.Tests.Infrastructure;

/// <summary>
/// A drafter whose drafts spell out what it was asked for, that can be made to fail, and that keeps a
/// copy of every request, so tests see exactly what the flow handed over.
/// </summary>
public sealed class ScriptedDrafter : IReplyDrafter
{
    private readonly List<DraftRequest> requests = [];

    public bool Failing { get; set; }

    public IReadOnlyList<DraftRequest> Requests => requests;

    public DraftRequest LastRequest => requests[^1];

    public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken)
    {
        var copy = Copy(request.Case);
        requests.Add(request with { Case = copy, Style = copy.Style });
        if (Failing)
        {
            throw new HttpRequestException("The drafting service is unavailable.");
        }

        var style = request.Style;
        var points = style.OwnPoints.Count == 0 ? string.Empty : $" Points: {string.Join(" | ", style.OwnPoints)}";
        return Task.FromResult($"Draft {requests.Count}: {request.Goal} to {request.Case.Company}, {style.Tone}{(style.Short ? ", short" : string.Empty)}.{points}");
    }

    private static RejectionCase Copy(RejectionCase rejection) =>
        JsonSerializer.Deserialize<RejectionCase>(JsonSerializer.Serialize(rejection, ActivityJson.Options), ActivityJson.Options)!;
}
