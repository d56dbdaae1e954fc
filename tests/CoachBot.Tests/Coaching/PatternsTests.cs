using CoachBot.Coaching;

namespace CoachBot.Tests.Coaching;

/// <summary>What CoachBot notices across a person's cases, and what it leaves alone.</summary>
public sealed class PatternsTests
{
    private const string Office = "the career office";

    private static CaseOutline Case(RejectionStage? stage = null, string? role = null, string? reason = null, Situation? situation = Situation.Rejected) =>
        CaseOutline.Of(new RejectionCase { Stage = stage, Role = role, Reason = reason, Situation = situation });

    [Fact]
    public void The_same_stage_twice_is_noticed_with_a_mock_interview()
    {
        var noticed = Patterns.Notice(Case(RejectionStage.FinalRound), [Case(RejectionStage.FinalRound)], Office);

        Assert.Equal("I notice this is the second time it ended at the final round. A mock interview with the career office can help you see that step from the other side.", noticed);
    }

    [Fact]
    public void The_same_kind_of_reason_in_other_words_is_noticed_with_its_next_step()
    {
        var noticed = Patterns.Notice(
            Case(RejectionStage.Application, reason: "they wanted more experience"),
            [Case(RejectionStage.Interview, reason: "a candidate with more relevant experience"), Case(RejectionStage.ScreeningCall)],
            Office);

        Assert.StartsWith("I notice this is the second time the reason was about experience.", noticed, StringComparison.Ordinal);
        Assert.Contains("projects or internships", noticed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_kind_of_role_is_noticed_with_a_resume_review()
    {
        var noticed = Patterns.Notice(
            Case(RejectionStage.Application, role: "Data Analyst"),
            [Case(RejectionStage.Interview, role: "Financial Analysts"), Case(RejectionStage.FinalRound, role: "Business Analyst")],
            Office);

        Assert.Equal("I notice this is the third time it was an analyst role. A resume review with the career office can check that your resume speaks to these roles.", noticed);
    }

    [Fact]
    public void Nothing_repeating_says_nothing_and_ghosting_is_not_counted_as_a_stage()
    {
        Assert.Null(Patterns.Notice(Case(RejectionStage.Interview, role: "Designer"), [Case(RejectionStage.Application, role: "Intern")], Office));
        Assert.Null(Patterns.Notice(
            Case(RejectionStage.Interview, situation: Situation.Ghosted),
            [Case(RejectionStage.Interview, situation: Situation.Ghosted)],
            Office));
    }

    [Fact]
    public void An_outline_keeps_categories_never_the_persons_words()
    {
        var outline = CaseOutline.Of(new RejectionCase { Company = "Contoso", Role = "Senior Data Analysts", Reason = "they said I lacked experience with SQL", ContactName = "Tom" });

        Assert.Equal("analyst", outline.RoleKind);
        Assert.Equal(ReasonKind.MoreExperience, outline.Reason);
        var json = System.Text.Json.JsonSerializer.Serialize(outline, Conversations.Activities.ActivityJson.Options);
        Assert.DoesNotContain("Contoso", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SQL", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom", json, StringComparison.Ordinal);
    }
}
