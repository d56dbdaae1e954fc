namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// Answers whatever the bot asks until it has shown a draft and stops asking: the first suggested
/// action when there are buttons, else the next scripted free-text answer. It follows the bot's flow
/// instead of a fixed script, so the tests pin behaviour, not the exact order of every question.
/// </summary>
public static class CoachingPlayer
{
    public const string Company = "Contoso";
    public const string Role = "Data Analyst Intern";
    private const string FallbackAnswer = "I built a dashboard for our student union";
    private const int MaxTurns = 40;

    private static readonly string[] FreeTextAnswers = [Company, Role, "They went with someone with more experience"];

    /// <summary>Plays on from <paramref name="opening"/>; returns every turn, the opening first.</summary>
    public static async Task<List<Turn>> PlayToTheEndAsync(ChannelUser user, Turn opening)
    {
        var turns = new List<Turn> { opening };
        var typed = 0;
        while (turns.Count <= MaxTurns)
        {
            var last = turns[^1];
            var drafted = turns.Any(turn => turn.Replies.Any(reply => reply.DraftText is not null));
            if (drafted && last.Question is null)
            {
                return turns;
            }

            Assert.True(last.Question is not null, $"The bot stopped asking before showing a draft:{Environment.NewLine}{Transcript(turns)}");
            var answer = last.Question.SuggestedValues.FirstOrDefault()
                ?? (typed < FreeTextAnswers.Length ? FreeTextAnswers[typed++] : FallbackAnswer);
            turns.Add(await user.SayAsync(answer));
        }

        Assert.Fail($"The bot was still asking after {MaxTurns} turns:{Environment.NewLine}{Transcript(turns)}");
        return turns;
    }

    public static string Transcript(IEnumerable<Turn> turns) => string.Concat(turns.Select(turn => turn.ToString()));
}
