using CoachBot.Coaching;

namespace CoachBot.Tests.Coaching.Scenarios;

/// <summary>
/// Forty-odd students, each telling their story their own way, walked through the real bot to a finished
/// draft: the facts they told are understood and never asked again, every draft passes the rubric, and no
/// two drafts of different stories share a sentence of more than ten words (greeting and sign-off aside).
/// </summary>
public sealed class ScenarioSuiteTests
{
    public static TheoryData<Scenario> All { get; } = [.. ScenarioStories.All];

    [Theory]
    [MemberData(nameof(All))]
    public async Task Each_story_is_understood_and_its_draft_passes_the_rubric(Scenario scenario)
    {
        var result = await ScenarioWalk.RunAsync(scenario);
        var @case = result.Case;
        var asked = string.Join(" | ", result.Questions);

        Assert.Equal(scenario.Company, @case.Company);
        Assert.Equal(scenario.Role, @case.Role);
        Assert.Equal(scenario.Situation, @case.Situation ?? Situation.Rejected);
        if (scenario.Situation != Situation.DeclinedOffer)
        {
            Assert.Equal(scenario.Stage, @case.Stage);
        }

        if (scenario.Contact is not null && scenario.Tells('X'))
        {
            Assert.Equal(scenario.Contact, @case.ContactName);
        }

        AssertNotAsked(scenario, 'C', asked, IntakeDialog.CompanyPrompt, IntakeDialog.CompanyOrEmailPrompt);
        AssertNotAsked(scenario, 'R', asked, IntakeDialog.RolePrompt);
        AssertNotAsked(scenario, 'S', asked, IntakeDialog.StagePrompt);
        AssertNotAsked(scenario, 'V', asked, IntakeDialog.HeardViaPrompt);
        AssertNotAsked(scenario, 'W', asked, IntakeDialog.HeardWhenPrompt, IntakeDialog.LastHeardWhenPrompt);
        AssertNotAsked(scenario, 'X', asked, IntakeDialog.ContactPrompt);

        Assert.NotEmpty(result.Drafts);
        foreach (var draft in result.Drafts)
        {
            var verdict = ScenarioWalk.Check(@case, draft);
            Assert.True(verdict.Passed, $"{scenario}: {verdict}\n{draft}");
        }
    }

    [Fact]
    public async Task No_two_stories_drafts_share_a_run_of_more_than_ten_words_even_with_their_facts_swapped()
    {
        Assert.True(ScenarioStories.All.Count >= 40);
        var drafts = new List<StoryDraft>();
        foreach (var scenario in ScenarioStories.All)
        {
            var result = await ScenarioWalk.RunAsync(scenario);
            drafts.AddRange(result.Drafts.Distinct(StringComparer.Ordinal).Select(draft => StoryDraft.Of(scenario.Name, draft, result.Case, result.Case.SignatureName)));
        }

        var shared = SharedRuns.Find(drafts);
        Assert.True(shared.Count == 0, $"{shared.Count} shared runs:\n{string.Join("\n", shared)}");

        // Short sentences may recur, but none is the template's fingerprint: no wording of more than five
        // words (facts aside) is in more than a third of the letters.
        var common = drafts
            .SelectMany(draft => ScenarioWalk.BodySentences(draft.Draft).Select(sentence => SharedRuns.Normalize(sentence, draft.Facts).Trim()).Distinct())
            .Where(sentence => SharedRuns.Words(sentence).Length > 5)
            .GroupBy(sentence => string.Join(' ', SharedRuns.Words(sentence)))
            .Where(group => group.Count() * 3 > drafts.Count)
            .Select(group => $"{group.Count()} of {drafts.Count}: {group.Key}")
            .ToList();
        Assert.True(common.Count == 0, string.Join("\n", common));
    }

    [Fact]
    public void The_suite_covers_every_situation_stage_and_feeling()
    {
        var stories = ScenarioStories.All;
        Assert.All(Enum.GetValues<Situation>(), situation => Assert.Contains(stories, story => story.Situation == situation));
        Assert.All(Enum.GetValues<RejectionStage>(), stage => Assert.Contains(stories, story => story.Stage == stage && story.Situation == Situation.Rejected));
        Assert.All(Enum.GetValues<Feeling>(), feeling => Assert.Contains(stories, story => story.Feeling == feeling));
        Assert.Contains(stories, story => story.Messages.Length >= 2);
        Assert.Contains(stories, story => story.Messages.Any(message => message.Contains("\n\n", StringComparison.Ordinal)));
    }

    private static void AssertNotAsked(Scenario scenario, char detail, string asked, params string[] prompts)
    {
        if (scenario.Tells(detail))
        {
            foreach (var prompt in prompts)
            {
                Assert.False(asked.Contains(prompt, StringComparison.Ordinal), $"{scenario}: asked \"{prompt}\" though the story told it. Asked: {asked}");
            }
        }
    }
}
