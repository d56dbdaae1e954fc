using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Turns;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>
/// A drafter that, when told to, fails the way a careless one (or an LLM client) might: with the
/// person's details in the exception message and in an inner exception's. Otherwise it drafts normally.
/// </summary>
public sealed class FailingDrafter(IReplyDrafter drafter) : IReplyDrafter
{
    public bool FailNext { get; set; }

    public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken)
    {
        if (!FailNext)
        {
            return drafter.DraftAsync(request, cancellationToken);
        }

        FailNext = false;
        var details = $"{request.SenderName}, {request.Case.Company}, {request.Case.Role}, {request.Case.ContactName}, {request.Case.Reason}";
        throw new InvalidOperationException($"Could not draft for {details}", new FormatException($"Unexpected input: {details}"));
    }
}

/// <summary>A bot that, when told to, fails a whole turn with the person's message in the exception.</summary>
public sealed class FailingBot(IBot bot) : IBot
{
    public bool FailNext { get; set; }

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!FailNext)
        {
            return bot.OnTurnAsync(turn, cancellationToken);
        }

        FailNext = false;
        throw new InvalidOperationException($"Could not handle \"{turn.Activity.Text}\" from {turn.Activity.From?.Name} ({turn.Activity.From?.Id})");
    }
}
