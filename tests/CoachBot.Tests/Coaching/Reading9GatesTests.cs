using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's ninth round (issue 19): confidence, not phrasing. A company, role or reason read from a story is kept
/// only when it is of the shape the field has (ReadConfidence); otherwise it is asked, since a wrong field goes into the
/// summary and the draft while an asked one costs one short answer (bench/README.md, "Reading, ninth round"). Sentences
/// of our own.
/// </summary>
public class Reading9GatesTests
{
    private static MessageDetails Read(string story) => BuiltInMessageReader.Read(story, DayOfWeek.Monday);

    [Theory]
    [InlineData("got rejected from the trainee job at a small bakery. The CTO emailed me on Friday to say no")]
    [InlineData("i interviewed for the junior designer role and the MD rang me on tuesday to say they went with someone else")]
    [InlineData("I interviewed with the Filialleiter at Contoso and he said no")]
    [InlineData("I applied for a teaching post at a school in Cork (Scoil Mhuire) and the principal emailed on Friday to say no")]
    [InlineData("I heard back at 11pm last night, Fabrikam said no to the analyst role")]
    [InlineData("Dear coach, I am writing to seek your guidance. I applied for a teaching position and was told I was not successful.")]
    public void A_company_that_is_a_persons_title_a_time_or_words_about_the_person_is_asked(string story) =>
        Assert.Null(Read(story).Company);

    [Theory]
    [InlineData("Fabrikam offered me the job, the role is in Seattle, but I'm turning it down")]
    [InlineData("rejected by Contoso for the graduate programme (finance stream) yesterday by email")]
    public void A_role_that_names_no_job_or_ends_in_a_unit_is_asked(string story) =>
        Assert.Null(Read(story).Role);

    [Theory]
    [InlineData("rejected by Contoso for the Engineer in Training position yesterday", "Engineer in Training")]
    [InlineData("Contoso rejected me for the trainee solicitor role", "Trainee Solicitor")]
    [InlineData("Contoso rejected me for the junior controller role", "Junior Controller")]
    [InlineData("Contoso turned me down for the financial rep role", "Financial Representative")]
    public void A_role_with_a_job_word_in_it_is_kept(string story, string role) =>
        Assert.Equal(role, Read(story).Role);

    [Theory]
    [InlineData("Contoso rejected me by email today", "Contoso")]
    [InlineData("I got rejected by Bergmann & Partner GmbH after the interview", "Bergmann & Partner GmbH")]
    public void A_company_named_as_one_is_kept(string story, string company) =>
        Assert.Equal(company, Read(story).Company);

    [Fact]
    public void A_reason_that_begins_inside_a_quote_is_asked() =>
        Assert.Null(Read("Contoso rejected me for the analyst role, they said it was due to 'reprioritization' and mine was one of them").Reason);

    [Theory]
    [InlineData("they loved my work")]
    [InlineData("the panel were really impressed")]
    public void Praise_alone_is_no_employers_reason(string reason) =>
        Assert.False(ReadConfidence.IsSureReason(reason));

    [Theory]
    [InlineData("they loved my work but needed someone who could start now")]
    [InlineData("other candidates' experience matched more closely")]
    [InlineData("they 'can't meet my expectations' and have closed the offer")]
    [InlineData("my 'assessment results did not meet the requirements")]
    public void A_cause_is_a_reason_even_beside_praise_or_a_plurals_quote(string reason) =>
        Assert.True(ReadConfidence.IsSureReason(reason));

    [Fact]
    public void Accepting_this_very_offer_is_no_reason_to_decline_it() =>
        Assert.Null(Read("Contoso offered me the analyst role but I'm declining, I accepted verbally").OwnReason);

    [Fact]
    public void A_decline_reads_the_company_said_no_to_when_two_offered()
    {
        var read = Read("I had an offer from both Contoso and Fabrikam and I'm saying no to Fabrikam");

        Assert.Equal(Situation.DeclinedOffer, read.Situation);
        Assert.Equal("Fabrikam", read.Company);
    }

    [Theory]
    [InlineData("Contoso offered me the analyst job, how do I decline professionally")]
    [InlineData("Contoso offered me the analyst job. how do i decline nicely without burning bridges")]
    public void Words_after_decline_are_no_company(string story) =>
        Assert.Equal("Contoso", Read(story).Company);

    [Fact]
    public async Task A_persons_title_read_as_the_company_is_asked_and_the_answer_kept()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("i interviewed for the junior designer role and the MD rang me on tuesday to say they went with someone else"))
            .Asks(IntakeDialog.CompanyPrompt);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Contoso"));

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Junior Designer, interviews, heard by phone").DoesNotSay("MD");
    }

    [Fact]
    public async Task A_city_read_as_the_role_is_asked_and_the_answer_kept()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Fabrikam offered me the job, the role is in Seattle, but I'm turning it down"))
            .Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(IntakeDialog.KeepItSimple));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, you're declining their offer").DoesNotSay("Seattle");
    }

    [Fact]
    public async Task A_decline_of_one_of_two_offers_is_written_to_the_one_declined()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("I had an offer from both Contoso and Fabrikam for a data analyst job and I'm saying no to Fabrikam"))
            .Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(IntakeDialog.KeepItSimple));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, you're declining their offer");
    }
}
