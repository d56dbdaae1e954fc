using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

public sealed class FieldShapeTests
{
    [Theory]
    [InlineData("Contoso")]
    [InlineData("Northwind Traders Holdings Ltd")]
    [InlineData("Snap Inc")]
    [InlineData("O'Brien & Sons")]
    [InlineData("Macy's")]
    [InlineData("Tailspin Toys")]
    [InlineData("腾讯")]
    [InlineData("삼성전자")]
    [InlineData("Banco Santander")]
    public void Company_names_have_the_shape_of_a_company(string company)
    {
        Assert.True(FieldShape.IsCompany(company));
        Assert.NotNull(Names.Company(company));
    }

    [Theory]
    [InlineData("Probably Overthinking Everything Rn")]
    [InlineData("might just quit it all")]
    [InlineData("Need Sleep Tbh")]
    [InlineData("Whatever Happens Ngl")]
    [InlineData("cant stop replaying it")]
    [InlineData("Kinda Want To Hide")]
    [InlineData("ya no quiero seguir")]
    [InlineData("je suis épuisée")]
    [InlineData("我真的很累")]
    [InlineData("나는 너무 지쳤어")]
    public void Sentences_about_oneself_are_never_a_company(string text)
    {
        Assert.False(FieldShape.IsCompany(text));
        Assert.Null(Names.Company(text));
    }

    [Theory]
    [InlineData("Data Analyst")]
    [InlineData("UX Designer")]
    [InlineData("ICU RN")]
    [InlineData("Registered Nurse RN")]
    [InlineData("Software Engineer Intern")]
    public void Job_titles_have_the_shape_of_a_role(string role) => Assert.NotNull(Names.Role(role));

    [Theory]
    [InlineData("new grad RN", "New Graduate RN")]
    [InlineData("new grad software engineer", "New Graduate Software Engineer")]
    [InlineData("New Graduate Nurse", "New Graduate Nurse")]
    public void A_new_graduate_title_is_a_role(string typed, string role) => Assert.Equal(role, Names.Role(typed));

    [Theory]
    [InlineData("new grad")]
    [InlineData("new")]
    public void New_on_its_own_or_before_a_kind_of_position_is_no_title(string typed) => Assert.Null(Names.Role(typed));

    [Theory]
    [InlineData("Honestly Rethinking Everything Tbh")]
    [InlineData("probably not cut out for this")]
    [InlineData("Feeling Kinda Useless")]
    public void Sentences_about_oneself_are_never_a_role(string text) => Assert.Null(Names.Role(text));

    [Theory]
    [InlineData("Sam Rivera")]
    [InlineData("Dr. Amara Okafor")]
    [InlineData("Siobhan O'Neill")]
    public void Names_have_the_shape_of_a_person(string name) => Assert.NotNull(Names.Person(name));

    [Theory]
    [InlineData("totally overthinking tbh")]
    [InlineData("dont even know anymore")]
    [InlineData("just so done")]
    public void Sentences_about_oneself_are_never_a_person(string text) => Assert.Null(Names.Person(text));

    [Theory]
    [InlineData("The team's budget was cut")]
    [InlineData("They went with an internal candidate")]
    [InlineData("No budget for the role this year")]
    [InlineData("They didn't think I had enough SQL experience")]
    [InlineData("They said I should stop by again next year")]
    [InlineData("The position was filled")]
    [InlineData("timing")]
    [InlineData("someone else was further along")]
    [InlineData("Not really a fit for the team's current needs, they said")]
    public void The_employers_reasons_have_the_shape_of_a_reason(string reason) => Assert.True(FieldShape.IsReason(reason));

    [Theory]
    [InlineData("I froze on the whiteboard part")]
    [InlineData("i rambled way too much")]
    [InlineData("I think they just hated me and I cried the whole way home")]
    [InlineData("my fault, I was late")]
    [InlineData("I'm such a failure at everything")]
    public void What_the_person_did_or_feels_is_not_a_reason(string text) => Assert.False(FieldShape.IsReason(text));

    [Fact]
    public void A_declined_offers_reason_is_the_persons_own_but_still_about_the_job()
    {
        Assert.True(FieldShape.IsReason("I accepted another offer closer to home", declining: true));
        Assert.False(FieldShape.IsReason("I'm so exhausted I can't think straight", declining: true));
    }

    [Theory]
    [InlineData("I feel like such a fraud lol")]
    [InlineData("im a joke, everyone else in my year got offers")]
    [InlineData("honestly cant stop crying about it")]
    [InlineData("some days I wish I was dead")]
    [InlineData("part of me wants to kill myself")]
    [InlineData("Looks good")]
    [InlineData("Shorter")]
    [InlineData("   ")]
    public void Feelings_self_talk_and_button_labels_are_not_points_for_the_employer(string text) =>
        Assert.False(FieldShape.IsPointForEmployer(text));

    [Theory]
    [InlineData("I'm still keen on the analytics team.")]
    [InlineData("I've since completed an advanced SQL course.")]
    [InlineData("Thanks again to Jordan for the great conversation.")]
    [InlineData("I can start as early as September!")]
    [InlineData("I rebuilt our club's sign-up system in Python")]
    [InlineData("I think I killed it in the case study round")]
    [InlineData("Our team hit a dead end with the old API, and I rewrote it")]
    public void Plain_statements_about_the_job_are_points_for_the_employer(string text) =>
        Assert.True(FieldShape.IsPointForEmployer(text));

    [Fact]
    public void A_draft_that_carries_a_field_not_of_its_shape_fails_the_rubric()
    {
        const string notACompany = "Probably Overthinking Everything Rn";
        var request = new DraftRequest(new RejectionCase { Company = notACompany, Role = "Data Analyst", Stage = RejectionStage.Interview }, ReplyGoal.AskForFeedback, new DraftStyle(), "Alex Kim");
        var draft = $"Dear {notACompany} hiring team,\n\nThank you for the interviews for the Data Analyst role. I would appreciate any feedback on how I could strengthen future interviews.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, request);

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("unshaped-field:", StringComparison.Ordinal));
        Assert.DoesNotContain(verdict.Failures, failure => failure.Contains(notACompany, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_built_in_drafter_leaves_out_fields_not_of_their_shape_and_passes_the_rubric()
    {
        var style = new DraftStyle { OwnPoints = ["I feel like such a fraud lol", "I've since completed an advanced SQL course."] };
        var @case = new RejectionCase
        {
            Company = "Probably Overthinking Everything Rn",
            Role = "Honestly Rethinking Everything Tbh",
            ContactName = "totally overthinking tbh",
            Reason = "I froze on the whiteboard part",
            Stage = RejectionStage.Interview,
            Style = style,
        };
        var request = new DraftRequest(@case, ReplyGoal.AskForFeedback, style, "just so done");

        var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);

        Assert.StartsWith("Dear hiring team,", draft, StringComparison.Ordinal);
        foreach (var words in new[] { "verthinking", "ethinking", "whiteboard", "fraud", "just so done" })
        {
            Assert.DoesNotContain(words, draft, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("I've since completed an advanced SQL course.", draft, StringComparison.Ordinal);
        Assert.True(DraftRubric.Check(draft, request).Passed, DraftRubric.Check(draft, request).ToString());
    }
}
