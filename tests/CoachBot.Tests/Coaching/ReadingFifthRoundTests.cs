using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's fifth round (issue 19): a company and a role right, or left for the bot to ask. A wrong one is shown
/// in the summary and written into the draft, so words that only look like a company or a title (another company the
/// story names, an agency, a person's title, an ordinary word, the person's own other job) are never taken for one.
/// Sentences of our own, one kind each.
/// </summary>
public class ReadingFifthRoundTests
{
    private static RejectionCase Opened(string story)
    {
        var rejection = new RejectionCase();
        IntakeDialog.TakeOpening(rejection, story, BuiltInMessageReader.Read(story, DayOfWeek.Monday));
        return rejection;
    }

    // ----- Companies -----

    [Theory]
    // Another company the story names: where the person works or worked.
    [InlineData("Left my old job at Halden Hotels to retrain. My first interview was with Quill Analytics, they said no yesterday", "Quill Analytics")]
    // An agency between the person and the employer.
    [InlineData("a recruiter from Keystone put me forward for a payroll clerk role at Tamarind Homes. Jo from Keystone rang to say they passed on me", "Tamarind Homes")]
    // A person's title is no company.
    [InlineData("tried out for the line cook spot at Ember, the head chef said at the end of the night i was too slow", "Ember")]
    [InlineData("The offer is from Lakeside Joinery. Owner Priya rang me with it on Saturday and I'm turning it down", "Lakeside Joinery")]
    // Words in lower case before a name in capitals are the sentence's.
    [InlineData("one line, thats all Orwell Bank sent me after three rounds of interviews", "Orwell Bank")]
    // An ordinary word after "to" is no name.
    [InlineData("I need help with an email to decline an offer from Tidewater Design", "Tidewater Design")]
    // A known reason's words are no company, even at a sentence's start.
    [InlineData("Reference check came back late and now Larkspur Health has pulled my offer", "Larkspur Health")]
    // Whose programme it is: the owner.
    [InlineData("Rejected from Orton's R&D co-op after the final round", "Orton")]
    // "Company" in capitals ends a longer name.
    [InlineData("so Rowan Theatre Company said no to me after the audition", "Rowan Theatre Company")]
    // A title's first words, in capitals before a title in lower case or a programme's name.
    [InlineData("got knocked back for the Kinsale barista job after the trial shift", "Kinsale")]
    [InlineData("the Corvane Data Science Internship said no after the video interview", "Corvane")]
    // A titled person's organisation, a workplace "called" something, a name owning a title.
    [InlineData("Yesterday I was told by phone by Mr Tobias Renn of Ashcombe Surveying that I was unsuccessful", "Ashcombe Surveying")]
    [InlineData("I wrote to Prof Adeyemi at the University of Northbridge about a research assistant post and she said no funding", "University of Northbridge")]
    [InlineData("interviewed at a tiny cafe called Crumb & Co for a barista job and the owner said it's a no", "Crumb & Co")]
    [InlineData("applied to Wexford's community outreach intern role and never heard back", "Wexford")]
    public void The_company_is_the_one_that_decided(string story, string company) =>
        Assert.Equal(company, Opened(story).Company);

    [Theory]
    // A group of companies names no one of them.
    [InlineData("rejected by the big 4 again, this time after the second interview")]
    // The job chosen instead of the one declined is another company's.
    [InlineData("I'm turning down the offer, i got a welding apprenticeship with Brannock and that's the trade I want")]
    public void Words_that_name_no_one_company_leave_it_to_ask(string story) =>
        Assert.Null(Opened(story).Company);

    [Fact]
    public void A_title_in_capitals_that_names_no_company_is_kept_whole() =>
        Assert.Equal(("Pellow", "Marketing Assistant"), (Opened("rejected for the Marketing Assistant job at Pellow after the interview").Company, Opened("rejected for the Marketing Assistant job at Pellow after the interview").Role));

    // ----- Roles -----

    [Theory]
    // The person's own work, said "as a", is not this job.
    [InlineData("I worked at a cafe for 3 years as a shift supervisor. Applied to be a Logistics Analyst Intern at Cardew and got a rejection email today", "Logistics Analyst Intern")]
    // A title after "for" with no article, ending like a title.
    [InlineData("I had a screening call with Bexley for Systems Support Trainee 3 weeks ago and heard nothing since", "Systems Support Trainee")]
    [InlineData("Application for Graduate Site Engineer at Farrow unsuccessful. Got the email last week", "Graduate Site Engineer")]
    [InlineData("Jessop rejected me after the technical interview for the quant research intern after all that", "Quant Research Intern")]
    // "spot" is a position's noun.
    [InlineData("Jessop rejected me for the trading intern spot after the first interview", "Trading Intern")]
    // A graduate title is written "Graduate ...".
    [InlineData("Haldane Bank pulled my offer for the Credit Analyst grad role", "Graduate Credit Analyst")]
    // An amount and a "for" belong to the sentence around a title.
    [InlineData("I asked Tamsin Foods for 58k for the analyst job but they said no", "Analyst")]
    // The title offered, and the title after "Offer:".
    [InlineData("Brindle Labs offered me junior dev at 58k and I countered at 64k, they said no", "Junior Developer")]
    [InlineData("Negotiation went badly. Offer: Associate Data Engineer at Tollgate, $80k. I asked for 90 and they pulled it", "Associate Data Engineer")]
    // The title after a company's name at its start.
    [InlineData("got knocked back for the Kinsale barista job after the trial shift", "Barista")]
    public void The_role_is_the_title_of_this_job(string story, string role) =>
        Assert.Equal(role, Opened(story).Role);

    [Theory]
    // "as a result", "as a win": after "as" only a title is a role.
    [InlineData("Marlowe Labs rejected me after the final round. trying to see it as a win")]
    [InlineData("Hi Sam, due to a change in priorities Marlowe Labs has closed the requisition. As a result, we must rescind the offer we extended to you.")]
    // That the job is for graduates, or an apprentice's year, says no title.
    [InlineData("Ashgrove Hospital told me in person they won't be offering me a grad position")]
    [InlineData("Offer is from Sparrow Electrical for a 2nd year apprentice spot, and I'm turning it down")]
    // Retraining as something is the person's own path, not the job.
    [InlineData("I'm about to turn down my first offer since retraining as an electrician")]
    public void Words_that_only_look_like_a_title_leave_the_role_to_ask(string story) =>
        Assert.Null(Opened(story).Role);

    // ----- A decline: the other job is not the one declined (known wrong reading) -----

    [Fact]
    public void The_job_taken_instead_gives_the_declined_offer_no_role()
    {
        var read = Opened("I need to decline the offer from Harrow Council. i took a grad job closer to my mum instead");

        Assert.Equal(Situation.DeclinedOffer, read.Situation);
        Assert.Equal("Harrow Council", read.Company);
        Assert.Null(read.Role);
    }

    [Fact]
    public void The_other_offer_accepted_keeps_the_declined_ones_company_and_role()
    {
        var read = Opened("I accepted another offer, so I'm turning down the offer from City Power & Light for the grid engineer role");

        Assert.Equal("City Power & Light", read.Company);
        Assert.Equal("Grid Engineer", read.Role);
    }

    // ----- Reasons (known wrong readings) -----

    [Theory]
    [InlineData("Kestrel rescinded my offer for the buyer role, budget freeze")]
    [InlineData("Kestrel rescinded my offer for the buyer role, the budget was frozen")]
    public void A_budget_freeze_is_kept_as_one_not_cut_to_budget(string story)
    {
        var read = Opened(story);

        Assert.Equal("a budget freeze", read.Reason);
        Assert.Equal(ReasonKind.HiringFreeze, Reasons.KindOf(read.Reason));
    }

    [Theory]
    [InlineData("budget", ReasonKind.HiringFreeze)]
    [InlineData("budget cuts", ReasonKind.HiringFreeze)]
    [InlineData("my ask was over their budget", ReasonKind.Salary)]
    [InlineData("the budget for the role is 48k", ReasonKind.Salary)]
    [InlineData("they couldn't match my salary expectations", ReasonKind.Salary)]
    public void The_companys_budget_is_not_the_persons_pay_unless_said_of_the_pay(string reason, ReasonKind kind) =>
        Assert.Equal(kind, Reasons.KindOf(reason));

    [Fact]
    public void A_negotiations_reason_is_what_the_employer_would_not_do_not_that_it_was_final() =>
        Assert.Equal("they wouldn't budge on 52k", Opened("I asked Tamsin Foods for 58k for the analyst job but they wouldn't budge on 52k and the recruiter said thats final").Reason);

    [Fact]
    public void A_negotiations_reason_said_with_its_cause_is_kept() =>
        Assert.Equal("42k is the max", Opened("I asked Tamsin Foods for 58k for the analyst job, they couldn't go above that and the recruiter said 42k is the max").Reason);

    // ----- A decline's reason: its kinds decided in one place (DeclineReasons) -----

    [Theory]
    [InlineData("I'm declining Fenwick's offer for the planner role. my visa only lets me work twenty hours a week", DeclineReasonKind.Personal)]
    [InlineData("I'm declining Fenwick's offer for the planner role. my classes run until six every weekday", DeclineReasonKind.Timing)]
    [InlineData("I'm declining Fenwick's offer for the planner role. the hours are too long with two kids", DeclineReasonKind.Family)]
    public void A_decline_reason_the_reader_keeps_is_one_the_letter_can_word(string story, DeclineReasonKind kind)
    {
        var read = Opened(story);

        Assert.NotNull(read.Reason);
        Assert.Equal(kind, DeclineReasons.KindOf(read.Reason));
        Assert.False(DeclineReasons.LeavesOut(read, ReplyGoal.DeclineOffer));
    }

    [Theory]
    [InlineData("I'm declining Fenwick's offer for the planner role. my cat is called Biscuit")]
    [InlineData("I'm declining Fenwick's offer for the planner role. the office dog was sweet")]
    public void A_clause_about_something_of_no_reasons_kind_is_no_decline_reason(string story) =>
        Assert.Null(Opened(story).Reason);

    // ----- Feelings (known wrong reading) -----

    [Theory]
    [InlineData("I turned down another offer and now this", null)]
    [InlineData("feeling pretty down about it", Feeling.Disappointed)]
    [InlineData("down", Feeling.Disappointed)]
    public void Down_is_a_feeling_only_when_said_as_one(string answer, Feeling? feeling)
    {
        var found = Conversations.Dialogs.ChoiceRecognizer.Recognize(answer, Choices.ToChoices(Choices.Feelings));

        Assert.Equal(feeling, found is null ? null : Choices.Feelings[found.Index].Value);
    }
}
