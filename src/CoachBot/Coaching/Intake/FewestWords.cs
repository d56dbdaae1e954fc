namespace CoachBot.Coaching.Intake;

/// <summary>
/// "Up to N words, the fewest first", for patterns that let a few words stand between two others ("turned down the
/// Fabrikam offer"). Written as alternatives, shortest first, which is what a lazy loop ("{0,2}?") tries: .NET 10's
/// generated and compiled regex engines return wrong matches when such a loop gives up at its bound
/// (dotnet/runtime#129511; GeneratedRegexAgreementTests).
/// </summary>
internal static class FewestWords
{
    public const string UpToTwo = @"(?:|\w+\s+|\w+\s+\w+\s+)";
    public const string UpToThree = @"(?:|\w+\s+|\w+\s+\w+\s+|\w+\s+\w+\s+\w+\s+)";
    public const string UpToFour = @"(?:|\w+\s+|\w+\s+\w+\s+|\w+\s+\w+\s+\w+\s+|\w+\s+\w+\s+\w+\s+\w+\s+)";
}
