using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Safety;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's sixth round (issue 19): fewer wrong fields by kind. A silence that news ended is no wait; an offer
/// taken up and then lost to the company's own loss was withdrawn; an offer ended right after the person's ask is
/// talks broken down; a person's title before a name is no company; a company's name, a season or an article is no
/// part of a role; a reason kept in the clause that says it. Sentences of our own, one kind each.
/// </summary>
public class ReadingSixthRoundTests
{
    private static RejectionCase Opened(string story)
    {
        var rejection = new RejectionCase();
        IntakeDialog.TakeOpening(rejection, story, BuiltInMessageReader.Read(story, DayOfWeek.Monday));
        return rejection;
    }

    // ----- Situations -----

    [Theory]
    // A silence that news ended.
    [InlineData("interviewed at Marlow Print 4 weeks ago. heard nothing for ages then yesterday the manager emailed to say they'd hired someone else")]
    // "no feedback. nothing." is about the feedback.
    [InlineData("three rounds with Quayle Labs and they rejected me this morning by email. no feedback. nothing.")]
    // "nobody told me" something else than the answer.
    [InlineData("Quayle Labs said my application was unsuccessful because I need a licence. Nobody told me that before I applied")]
    // "declined by", "hired someone".
    [InlineData("got declined by Quayle Labs for the analyst program 2 weeks ago after my interview")]
    public void A_no_that_came_is_a_rejection_not_a_wait(string story) =>
        Assert.Equal(Situation.Rejected, Opened(story).Situation);

    [Theory]
    [InlineData("Offer from Tallis Studio for Junior Designer, accepted it 2 weeks ago. Then the owner called and said they lost their biggest client and can't afford a new hire.")]
    [InlineData("Brennan Health offered me a QA Engineer role, I signed and everything, then HR emailed that the position had been 'eliminated'")]
    [InlineData("the startup i was going to join called me today, they lost their funding round. founding engineer offer gone.")]
    public void An_offer_taken_up_then_lost_to_the_companys_loss_was_withdrawn(string story) =>
        Assert.Equal(RejectionStage.OfferRescinded, Opened(story).Stage);

    [Theory]
    [InlineData("Offer was for Junior Designer at Kowhai Studio. I asked for a 4 day week. The director said on a call they'd have to withdraw.")]
    [InlineData("I got an offer from Fabrikam and asked for more money, then they said the offer is no longer available")]
    public void An_offer_ended_right_after_the_ask_is_talks_broken_down(string story) =>
        Assert.Equal(RejectionStage.NegotiationBrokeDown, Opened(story).Stage);

    [Fact]
    public void An_offer_ended_after_the_ask_was_taken_away_to_think_over_was_withdrawn() =>
        Assert.Equal(RejectionStage.OfferRescinded, Opened("I asked for a higher stipend and they said they'd get back to me. Then the offer was withdrawn").Stage);

    // ----- Companies -----

    [Theory]
    [InlineData("my offer from a startup called loop got rescinded. the founder Ravi emailed last week", "Loop")]
    [InlineData("had a trial day at a plumbing firm called Hartwell Heating for an apprenticeship, the owner Dave said hed ring me", "Hartwell Heating")]
    [InlineData("my internship offer at a small game studio, Pixel Lantern Games, got taken back. the studio lead Nadia emailed me", "Pixel Lantern Games")]
    [InlineData("Today I got call from Orion Bank HR Pooja that I am not selected for Relationship Manager role", "Orion Bank")]
    [InlineData("I was supposed to start at Brightline Health as a junior data engineer but they pulled the offer", "Brightline Health")]
    public void A_persons_title_before_their_name_is_never_the_company(string story, string company) =>
        Assert.Equal(company, Opened(story).Company);

    [Theory]
    // The person's own part-time job, a place they move to, a talk ended: no company.
    [InlineData("My offer for Junior Accountant at Baxter Lowe was withdrawn. The only thing I can think of is my part-time job at Tim's Diner where I put the wrong month", "Baxter Lowe")]
    [InlineData("I'm moving back to Halifax to be near family, so I'm turning down the offer from Corran Teaching Trust for the teacher position", "Corran Teaching Trust")]
    // A name that goes on with "of".
    [InlineData("It's been 6 weeks since I submitted my application to the City of Marston for a planner position. No email, nothing", "City of Marston")]
    public void Another_place_in_the_story_is_not_the_company(string story, string company) =>
        Assert.Equal(company, Opened(story).Company);

    [Fact]
    public void Talks_ended_name_no_company() =>
        Assert.Null(Opened("Tried to negotiate salary for the graduate engineer offer. they've withdrawn from talks and I've said fine").Company);

    [Fact]
    public void A_contact_is_named_without_a_possessive() =>
        Assert.Equal("Prof Raman", Opened("I applied for a research fellow post at Northgate in Prof Raman's lab. Got email yesterday that I am not selected").ContactName);

    [Theory]
    [InlineData("got a rejection from Mercy General for the new grad RN residency. portal update 2 days ago, no interview. half my cohort too")]
    public void No_interview_said_alone_is_the_application_stage(string story) =>
        Assert.Equal(RejectionStage.Application, Opened(story).Stage);

    [Fact]
    public void A_later_start_asked_for_and_another_candidate_chosen_is_talks_broken_down() =>
        Assert.Equal(RejectionStage.NegotiationBrokeDown, Opened("Sentry Grid offered me an analyst position. I asked to start in 8 weeks instead of 2. The recruiter said they need someone immediately and they've gone with another candidate").Stage);

    [Fact]
    public void Rejecting_one_of_two_offers_is_a_decline() =>
        Assert.Equal(Situation.DeclinedOffer, Opened("I have two offers, Kestrel Digital and Orbit Systems. I am going to reject Orbit because the package is less. How to reject politely?").Situation);

    [Fact]
    public void A_start_in_a_decline_is_the_other_job() =>
        Assert.Equal("Contoso", Opened("I got an offer from Contoso for the analyst role but I'm declining, I'm starting at Fabrikam instead").Company);

    // ----- Roles -----

    [Theory]
    [InlineData("I did the take-home assessment for Paystone frontend engineer and they replied today that it did not meet the bar", "Frontend Engineer")]
    [InlineData("my summer internship offer at a small game studio, Pixel Lantern Games, got taken back. game design intern.", "Game Design Intern")]
    public void A_role_is_the_title_alone(string story, string role) =>
        Assert.Equal(role, Opened(story).Role);

    [Theory]
    [InlineData("Offer withdrawn!! They sent email on Friday that the role is no longer available. I already resigned from my teaching job.")]
    [InlineData("my offer at Tandem Ledger has been withdrawn. i turned down a place on the Halden scheme for this")]
    public void A_job_the_person_left_or_turned_down_is_not_the_role(string story) =>
        Assert.Null(Opened(story).Role);

    // ----- Reasons -----

    [Theory]
    [InlineData("Background check came back with a gap in my employment history (I was caring for my mum) and now Meridian has pulled my offer", "Background check came back with a gap in my employment history")]
    [InlineData("Mr. Hoffmann emailed that they cannot continue because the role does not offer visa sponsorship and I am on student visa", "the role does not offer visa sponsorship")]
    [InlineData("Recruiter Arjun pinged me on LinkedIn saying I am not moving to next round, DSA round feedback was not strong.", "DSA round feedback was not strong")]
    [InlineData("My offer at Corrie Lane was withdrawn after the reference check. HR rang Monday and said there was a \"mismatch in my start dates\". I think it was my cafe job", "there was a mismatch in my start dates")]
    [InlineData("got the rejection from Tarn Partners after the final round. the partner said my case math was shaky.", "my case math was shaky")]
    public void A_reason_is_kept_in_the_clause_that_says_it(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Theory]
    [InlineData("they said the role was filled", "the role was filled")]
    [InlineData("The recruiter told me that they need someone who can start now", "they need someone who can start now")]
    [InlineData("no reason, they just said the budget was cut", "the budget was cut")]
    [InlineData("not enough sql", "not enough sql")]
    public void A_reason_answer_is_kept_without_its_lead_in(string answer, string reason) =>
        Assert.Equal(reason, ReasonInBrief.FromAnswer(answer));

    [Theory]
    [InlineData("no reason, they just pulled it after i countered")]
    [InlineData("they said the offer is no longer available")]
    public void A_reason_answer_that_gives_none_keeps_none(string answer) =>
        Assert.Null(ReasonInBrief.FromAnswer(answer));

    // ----- Questions inside a story -----

    [Theory]
    [InlineData("my offer got withdrawn. is that even allowed??", true)]
    [InlineData("they pulled it after the background check, can they do that?", true)]
    [InlineData("Is that even legal?", true)]
    [InlineData("they said it's allowed to reapply next year", false)]
    [InlineData("can they do that for the role, I wonder", false)]
    public void A_rights_question_is_one_asked(string text, bool asked) =>
        Assert.Equal(asked, ScopeGuard.AsksWhetherAllowed(text));
}
