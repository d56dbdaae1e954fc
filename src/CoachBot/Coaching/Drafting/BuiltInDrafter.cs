// TEMP STUB until the real drafter lands.
namespace CoachBot.Coaching.Drafting;
public sealed class BuiltInDrafter : IReplyDrafter
{
    public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken) =>
        Task.FromResult($"Dear {request.Case.Company} hiring team,\n\nThank you for considering me for the {request.Case.Role} role.\n\nBest regards,");
}
