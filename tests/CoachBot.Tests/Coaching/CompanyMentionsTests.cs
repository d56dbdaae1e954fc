using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

/// <summary>A letter names the company once or twice after the greeting, then refers back to it as a writer would.</summary>
public class CompanyMentionsTests
{
    [Fact]
    public async Task A_withdrawn_offers_thank_you_names_the_company_twice_at_most()
    {
        var rejection = new RejectionCase
        {
            Company = "Northwind Traders",
            Role = "Junior Product Analyst",
            Stage = RejectionStage.OfferRescinded,
            ContactName = "Kim Lee",
            Reason = "the team was restructured",
            Feeling = Feeling.Angry,
            HeardVia = HeardVia.Call,
            HeardWhen = HeardWhen.Today,
        };

        foreach (var variant in Enumerable.Range(0, 4))
        {
            foreach (var tone in Enum.GetValues<DraftTone>())
            {
                var request = new DraftRequest(rejection, ReplyGoal.ThankAndStayConnected, new DraftStyle { Tone = tone, Variant = variant }, "Sam");
                var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);

                Assert.InRange(CompanyMentions.CountAfterGreeting(draft, "Northwind Traders"), 1, CompanyMentions.Most);
                Assert.Empty(DraftRubric.Check(draft, request).Failures);
            }
        }
    }

    [Theory]
    [InlineData("I met everyone at Contoso. I like Contoso. I hope to work at Contoso.", "I met everyone at Contoso. I like Contoso. I hope to work there.")]
    [InlineData("Contoso was kind. Contoso was quick. Contoso's team was great.", "Contoso was kind. Contoso was quick. The team was great.")]
    [InlineData("A Contoso b Contoso. The Contoso team wrote. I wish Contoso well.", "A Contoso b Contoso. The team wrote. I wish you all well.")]
    [InlineData("Contoso, Contoso. Contoso's mission moves me.", "Contoso, Contoso. The team's mission moves me.")]
    [InlineData("Contoso, Contoso, and ContosoLabs stay: not the same name.", "Contoso, Contoso, and ContosoLabs stay: not the same name.")]
    public void Later_mentions_are_said_as_a_writer_refers_back(string text, string expected)
    {
        Assert.Equal(expected, CompanyMentions.KeepFirst(text, "Contoso"));
    }

    [Fact]
    public void The_rubric_fails_a_letter_naming_the_company_three_times_after_the_greeting()
    {
        const string Letter = "Dear Contoso hiring team,\n\nThank you for the interview at Contoso. I enjoyed meeting the Contoso team, "
            + "and I remain interested in Contoso.\n\nBest regards,\nSam";
        var request = new DraftRequest(new RejectionCase { Company = "Contoso", Stage = RejectionStage.Interview }, ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Sam");

        Assert.Contains(DraftRubric.Check(Letter, request).Failures, failure => failure.StartsWith("repeated-company:", StringComparison.Ordinal));
    }
}
