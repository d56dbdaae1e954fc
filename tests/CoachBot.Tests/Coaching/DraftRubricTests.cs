using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

/// <summary>The rubric itself: each check catches the draft it is for and passes a careful one.</summary>
public class DraftRubricTests
{
    private const string Careful = """
        Dear Dr. Okafor,

        Thank you for the final-round interviews for the Data Analyst role at Contoso and the time the team spent with me.

        If you have a moment, I would appreciate any feedback on how I could strengthen future interviews.

        Best regards,
        Alex Kim
        """;

    [Fact]
    public void A_careful_draft_passes()
    {
        var verdict = DraftRubric.Check(Careful, Request());

        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Fact]
    public void A_subject_line_is_not_the_greeting()
    {
        var verdict = DraftRubric.Check("Subject: Thank you, Data Analyst interviews\n\n" + Careful, Request());

        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Theory]
    [InlineData("Contoso", "Fabrikam", "missing-company: Contoso")]
    [InlineData("Data Analyst role", "Data Engineer role", "missing-role: Data Analyst")]
    public void Company_and_role_must_be_named_when_known(string written, string replacement, string failure)
    {
        var verdict = DraftRubric.Check(Careful.Replace(written, replacement, StringComparison.Ordinal), Request());

        Assert.Contains(failure, verdict.Failures);
    }

    [Fact]
    public void Unknown_company_and_role_are_not_required()
    {
        var draft = Careful.Replace("the Data Analyst role at Contoso", "the position", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(company: null, role: null));

        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Theory]
    [InlineData("Dr. Amara Okafor", "Hi Dr. Amara Okafor,", false)]
    [InlineData("Dr. Amara Okafor", "Dear Dr. Amara,", false)]
    [InlineData("Dr. Amara Okafor", "Dear Dr. Okafor,", true)]
    [InlineData("Dr. Amara Okafor", "Dear Dr Okafor,", true)]
    [InlineData("Dr. Amara Okafor", "Hi Amara,", true)]
    [InlineData("Dr. Amara Okafor", "Dear Okafor,", false)]
    [InlineData("Tom", "Hi Tom,", true)]
    [InlineData("Tom", "Hi Thomas,", false)]
    [InlineData("Jordan Lee", "Dear Jordan Lee,", true)]
    [InlineData("Jordan Lee", "Hi Jordan,", true)]
    [InlineData("Ms. Priya Shah", "Dear Ms. Shah,", true)]
    public void The_contact_is_greeted_by_title_and_surname_or_first_name(string contact, string greeting, bool right)
    {
        var draft = Careful.Replace("Dear Dr. Okafor,", greeting, StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(contact: contact));

        Assert.Equal(right, !verdict.Failures.Any(f => f.StartsWith("wrong-greeting:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_known_contact_must_be_greeted()
    {
        var draft = Careful.Replace("Dear Dr. Okafor,\n\n", string.Empty, StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("missing-contact:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_that_never_thanks_fails()
    {
        var draft = Careful.Replace("Thank you for", "About", StringComparison.Ordinal).Replace("I would appreciate", "I want", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("no-thanks:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReplyGoal.ThankAndStayConnected)]
    [InlineData(ReplyGoal.CheckOnStatus)]
    [InlineData(ReplyGoal.DeclineOffer)]
    [InlineData(ReplyGoal.AskAboutRescindedOffer)]
    public void The_draft_must_do_what_the_goal_asks(ReplyGoal goal)
    {
        var verdict = DraftRubric.Check(Careful, Request(goal: goal));

        Assert.Contains(verdict.Failures, f => f.StartsWith("no-ask:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_check_never_presumes_a_rejection()
    {
        var draft = Careful.Replace(
            "If you have a moment, I would appreciate any feedback on how I could strengthen future interviews.",
            "I appreciate you letting me know about your decision, and I wanted to ask about the status of my application.",
            StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(goal: ReplyGoal.CheckOnStatus, situation: Situation.Ghosted));

        Assert.Contains(verdict.Failures, f => f.StartsWith("wrong-ask:", StringComparison.Ordinal) && f.Contains("your decision", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_never_asks_for_a_reason_already_given()
    {
        var draft = Careful.Replace(
            "If you have a moment, I would appreciate any feedback on how I could strengthen future interviews.",
            "I would be glad to hear more about the reason the offer was withdrawn, and whether we could discuss it on a call.",
            StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(goal: ReplyGoal.AskAboutRescindedOffer, stage: RejectionStage.OfferRescinded, reason: "the background check"));

        Assert.Contains(verdict.Failures, f => f.StartsWith("wrong-ask:", StringComparison.Ordinal) && f.EndsWith("asks for a reason they already gave", StringComparison.Ordinal));
    }

    [Fact]
    public void Interviews_are_not_mentioned_after_an_application_only()
    {
        var verdict = DraftRubric.Check(Careful, Request(stage: RejectionStage.Application));

        Assert.Contains(verdict.Failures, f => f.StartsWith("wrong-ask:", StringComparison.Ordinal) && f.Contains("application stage", StringComparison.Ordinal));
    }

    [Fact]
    public void Feedback_is_asked_for_only_by_the_feedback_goal()
    {
        var draft = Careful.Replace("Thank you for", "Thank you for the chance to stay in touch about future openings and for", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(goal: ReplyGoal.ThankAndStayConnected));

        Assert.Contains(verdict.Failures, f => f.StartsWith("wrong-ask: \"feedback\"", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_180_words_is_too_long()
    {
        var padding = string.Join(' ', Enumerable.Repeat("really", 160));
        var draft = Careful.Replace("strengthen future interviews", "strengthen future interviews " + padding, StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("too-long: ", StringComparison.Ordinal) && f.EndsWith(" words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Company]")]
    [InlineData("{name}")]
    [InlineData("<role>")]
    [InlineData("XXX")]
    [InlineData("Your Name")]
    [InlineData("___")]
    public void Placeholders_fail(string placeholder)
    {
        var draft = Careful.Replace("Alex Kim", placeholder, StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("placeholder:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("This decision is unfair.", "hostile:")]
    [InlineData("Frankly, this was a waste of my time.", "hostile:")]
    [InlineData("Please reconsider, I really need this job.", "begging:")]
    [InlineData("I am desperate for one more chance.", "begging:")]
    public void Hostility_and_begging_fail(string sentence, string code)
    {
        var draft = Careful.Replace("Best regards,", sentence + "\n\nBest regards,", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith(code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I enjoyed meeting Sarah and the team.")]
    [InlineData("Sarah Jones was very kind.")]
    [InlineData("Please pass my thanks to Mr. Brown.")]
    [InlineData("Priya's questions were great.")]
    public void Names_nobody_gave_are_invented(string sentence)
    {
        var draft = Careful.Replace("Best regards,", sentence + "\n\nBest regards,", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("invented-name:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I led the analytics team for three years.")]
    [InlineData("I have five years of experience in SQL.")]
    [InlineData("My experience with dashboards makes me a strong fit.")]
    [InlineData("I bring a proven track record of results.")]
    [InlineData("I increased revenue by 20%.")]
    public void Experience_nobody_claimed_is_invented(string sentence)
    {
        var draft = Careful.Replace("Best regards,", sentence + "\n\nBest regards,", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request());

        Assert.Contains(verdict.Failures, f => f.StartsWith("invented-claim:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_persons_own_points_may_claim_experience_and_name_things()
    {
        const string point = "I led the SQL migration at Northwind for 3 years";
        var draft = Careful.Replace("Best regards,", $"One thing I would add: {point}.\n\nBest regards,", StringComparison.Ordinal);

        var verdict = DraftRubric.Check(draft, Request(ownPoints: [point]));

        Assert.True(verdict.Passed, verdict.ToString());
    }

    [Fact]
    public void Failures_are_codes_with_a_detail()
    {
        var verdict = DraftRubric.Check("hello", Request());

        Assert.False(verdict.Passed);
        Assert.All(verdict.Failures, f => Assert.Matches(@"^[a-z]+(?:-[a-z]+)*: .+", f));
    }

    private static DraftRequest Request(
        string? company = "Contoso",
        string? role = "Data Analyst",
        string? contact = "Dr. Amara Okafor",
        RejectionStage? stage = RejectionStage.FinalRound,
        ReplyGoal goal = ReplyGoal.AskForFeedback,
        Situation? situation = null,
        string? reason = null,
        string[]? ownPoints = null)
    {
        var style = new DraftStyle { OwnPoints = [.. ownPoints ?? []] };
        var @case = new RejectionCase { Company = company, Role = role, ContactName = contact, Stage = stage, Situation = situation, Reason = reason, Style = style };
        return new DraftRequest(@case, goal, style, "Alex Kim");
    }
}
