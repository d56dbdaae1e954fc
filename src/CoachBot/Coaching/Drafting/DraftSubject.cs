namespace CoachBot.Coaching.Drafting;

/// <summary>A subject line for a reply sent as a new e-mail, from the facts only.</summary>
public static class DraftSubject
{
    public static string For(RejectionCase rejection)
    {
        var role = rejection.Role is { } known ? $"{known} " : string.Empty;
        var at = rejection.Company is { } company ? $" at {company}" : string.Empty;
        return rejection.Goal switch
        {
            ReplyGoal.AskForFeedback => $"Thank you, and a request for feedback: {role}application{at}".Replace(": application", ": my application", StringComparison.Ordinal),
            ReplyGoal.CheckOnStatus => $"Following up on my {role}application{at}",
            ReplyGoal.DeclineOffer => $"Your {role}offer{at}",
            ReplyGoal.AskAboutRescindedOffer or ReplyGoal.TakeOriginalOffer => $"The {role}offer{at}",
            _ => $"Thank you: {role}role{at}".Replace(": role", ": the role", StringComparison.Ordinal),
        };
    }
}
