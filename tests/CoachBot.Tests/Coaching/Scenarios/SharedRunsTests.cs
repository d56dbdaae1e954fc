namespace CoachBot.Tests.Coaching.Scenarios;

/// <summary>The suite's check for template-shaped letters, on sentences of its own.</summary>
public sealed class SharedRunsTests
{
    private const string Greeting = "Dear hiring team,";
    private const string SignOff = "Best regards,\nSam";

    [Fact]
    public void The_same_sentence_with_another_company_role_name_and_date_is_one_template()
    {
        var first = Letter("Thank you for letting me know on Monday that Contoso chose another candidate for the Data Analyst role, Ms. Lee.");
        var second = Letter("Thank you for letting me know yesterday that Fabrikam chose another candidate for the Junior Designer role, Mr. Okafor.");

        var shared = SharedRuns.Find(
        [
            new StoryDraft("a", first, ["Contoso", "Data Analyst", "Ms. Lee", "Lee"]),
            new StoryDraft("b", second, ["Fabrikam", "Junior Designer", "Mr. Okafor", "Okafor"]),
        ]);

        Assert.NotEmpty(shared);
    }

    [Fact]
    public void The_same_sentence_at_another_stage_is_one_template()
    {
        var first = Letter("I am grateful for the final-round interviews and the time the whole team gave me over these weeks.");
        var second = Letter("I am grateful for the phone screen and the time the whole team gave me over these weeks.");

        Assert.NotEmpty(SharedRuns.Find([new StoryDraft("a", first, []), new StoryDraft("b", second, [])]));
    }

    [Fact]
    public void Sentences_that_share_ten_words_or_fewer_pass_and_so_does_one_story_with_itself()
    {
        var first = Letter("I remain interested in the team and hope we stay in touch as the year goes on.");
        var second = Letter("I remain interested in the team and hope our paths cross again before long.");

        Assert.Empty(SharedRuns.Find([new StoryDraft("a", first, []), new StoryDraft("b", second, [])]));
        Assert.Empty(SharedRuns.Find([new StoryDraft("a", first, []), new StoryDraft("a", first, [])]));
    }

    [Fact]
    public void The_greeting_and_the_sign_off_are_not_compared()
    {
        var first = $"Dear Contoso hiring team, with my sincere thanks for everything you did for me,\n\nI hope we stay in touch.\n\n{SignOff}";
        var second = $"Dear Fabrikam hiring team, with my sincere thanks for everything you did for me,\n\nI will keep an eye on new roles.\n\n{SignOff}";

        Assert.Empty(SharedRuns.Find([new StoryDraft("a", first, ["Contoso"]), new StoryDraft("b", second, ["Fabrikam"])]));
    }

    private static string Letter(string body) => $"{Greeting}\n\n{body}\n\n{SignOff}";
}
