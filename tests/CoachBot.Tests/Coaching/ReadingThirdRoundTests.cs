using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's third round (issue 19): the situation read from who did what, on sentences of our own. The
/// company withdrew the offer (rescinded); the person asked for other terms and the company would not move
/// (a negotiation that broke down, whether or not the offer was then pulled); the person turns an offer down
/// or takes another (declining); a step was taken and the answer has not come (no word yet), within the time
/// given or past it; a rejection stays one whatever else the story asks.
/// </summary>
public class ReadingThirdRoundTests
{
    private static RejectionCase Opened(string story)
    {
        var rejection = new RejectionCase();
        IntakeDialog.TakeOpening(rejection, story, BuiltInMessageReader.Read(story, DayOfWeek.Sunday));
        return rejection;
    }

    // ----- Declining: the person turns the offer down -----

    [Theory]
    [InlineData("need to turn down Halvorsen Group, they offered me the marketing intern role but I've signed with another company")]
    [InlineData("Declining Quartz Analytics - offer for the data engineer grad role. I'm staying at my current job.")]
    [InlineData("I have an offer from Lindqvist for the designer role and I want to say no thanks")]
    [InlineData("Wexford Bank offered me the teller job. how do I say no without burning the bridge?")]
    [InlineData("got offered the barista trainee spot at Tallow Coffee but i took the one at the library instead")]
    [InlineData("I received an offer from Marchetti Design, but I have decided to accept an offer from a different studio")]
    [InlineData("Two offers came in, from Tessellate and from Moorcroft Bank. I'm going with Moorcroft, so I have to let Tessellate know")]
    public void An_offer_the_person_turns_down_is_declining_however_it_is_said(string story) =>
        Assert.Equal(Situation.DeclinedOffer, Opened(story).Situation);

    [Theory]
    [InlineData("They declined my application at Pellow Ltd after the interview", Situation.Rejected)]
    [InlineData("Got rejected by Ambrose Labs after the final round, but I have two offers elsewhere and I'm going with the bigger one", Situation.Rejected)]
    [InlineData("Ravenna Foods offered me the role at 30k, I asked for 34k and they said they'd go with their second choice. I never said I would turn it down!", Situation.Rejected)]
    public void A_decline_the_company_made_or_the_person_denies_is_not_the_persons_decline(string story, Situation situation) =>
        Assert.Equal(situation, Opened(story).Situation);

    // ----- Rescinded or negotiation: who did what -----

    [Theory]
    [InlineData("I countered Brightmoor's offer at 45k, they said 40k is the ceiling and I walked away")]
    [InlineData("I tried to negotiate a remote day at Kestrel Works but they refused and withdrew the offer")]
    [InlineData("Saltmarsh offered me the analyst job, I asked if I could start in October instead and they said no, so the offer was withdrawn")]
    [InlineData("asked Dovetail if the internship could be 4 days a week, the manager said 5 days or nothing")]
    [InlineData("Ravenna Foods offered me the role at 30k, I asked for 34k and they said they'd go with their second choice")]
    public void The_person_asking_for_other_terms_and_the_company_refusing_is_a_negotiation_that_broke_down(string story)
    {
        var read = Opened(story);
        Assert.Equal(RejectionStage.NegotiationBrokeDown, read.Stage);
        Assert.NotEqual(Situation.Ghosted, read.Situation);
        Assert.NotEqual(HeardVia.NoWord, read.HeardVia);
    }

    [Theory]
    [InlineData("Got a call from Ashgrove Council: my graduate planner offer has been cancelled because of a budget freeze")]
    [InlineData("Perrin & Co cancelled my offer for the paralegal role yesterday, no reason")]
    [InlineData("my offer for the lab technician post at Corran Bio got pulled last week")]
    [InlineData("Saltmarsh offered me the job, I asked whether the start date could move, they said they'd think about it and then rescinded the offer citing a hiring freeze")]
    public void An_offer_the_company_took_back_for_its_own_reasons_is_rescinded(string story)
    {
        var read = Opened(story);
        Assert.Equal(RejectionStage.OfferRescinded, read.Stage);
        Assert.Equal(Situation.Rejected, read.Situation);
    }

    // ----- No word yet: a step taken and the answer still to come -----

    [Theory]
    [InlineData("I had my final interview with Oxley Partners on Thursday, they said I'd hear by next Friday. What should I do in the meantime?")]
    [InlineData("application for Quill Press still shows as 'in review' after 5 days, is that normal?")]
    [InlineData("did the assessment centre at Harlow Bank on monday, they told me to expect an answer by the end of the month")]
    [InlineData("interviewed with Penrose Media on Tuesday and the recruiter said \"a couple of weeks\". how long do they usually take?")]
    [InlineData("Had a second interview with Tamsin Health three weeks ago. Since then, silence.")]
    [InlineData("interviewed at Corvid 2 weeks ago and zero news since")]
    [InlineData("did a trial shift at Bramble Cafe last month and then... nothing. not even a no")]
    [InlineData("My interview at Ostrander was 10 days ago. I haven't even had a rejection")]
    public void A_step_taken_with_no_answer_yet_is_no_word_not_a_rejection(string story)
    {
        var read = Opened(story);
        Assert.Equal(Situation.Ghosted, read.Situation);
        Assert.Equal(HeardVia.NoWord, read.HeardVia);
    }

    [Theory]
    [InlineData("Pellow Ltd sent me a rejection email after the final round, they said they'd keep my CV on file")]
    [InlineData("Got a no from Halden after 2 interviews. Should I send a thank you note?")]
    [InlineData("Marlow Bank rejected me, I haven't had any feedback though")]
    public void A_rejection_stays_a_rejection_whatever_else_the_story_asks(string story) =>
        Assert.Equal(Situation.Rejected, Opened(story).Situation);

    [Fact]
    public void A_step_after_applying_says_applying_was_not_the_last_step_so_the_stage_is_asked()
    {
        var read = StoryReader.Read("applied to Fenmore Gardens in May, then they invited me to a trial day. nothing since, 3 weeks now");
        Assert.Equal(Situation.Ghosted, read.Situation);
        Assert.Null(read.Stage);
    }

    // ----- Words that look like a stage, a company or a contact and are not -----

    [Theory]
    [InlineData("Ravenna offered me 30k, i asked for 34k, and the recruiter said that's final")]
    [InlineData("Harbor Point wants me to start on Jan 5 but my final exams run to the 20th, I asked to push the start date and they said they can't")]
    public void Final_that_is_not_a_round_sets_no_final_round(string story) =>
        Assert.NotEqual(RejectionStage.FinalRound, StoryReader.Read(story).Stage);

    [Fact]
    public void An_amount_is_never_the_company() =>
        Assert.NotEqual("30k", StoryReader.Read("they offered me the role at 30k and I asked for 34k, they said no").Company);

    [Fact]
    public void A_length_of_time_after_the_company_is_not_part_of_its_name() =>
        Assert.Equal("Corvid", StoryReader.Read("interviewed at Corvid 2 weeks ago and zero news since").Company);

    [Fact]
    public void A_verb_after_the_manager_is_not_their_name() =>
        Assert.Null(StoryReader.Read("I tried to negotiate a remote day but the manager refused and withdrew the offer").ContactName);

    // ----- Reasons: the company's stated reason in a few words, never the person's own -----

    [Theory]
    [InlineData("Corran Bio rescinded my offer, they said they can't sponsor my visa after all, even though the recruiter promised it was fine", "they can't sponsor my visa after all")]
    [InlineData("Tallis Group pulled my offer bc they lost a major client", "they lost a major client")]
    [InlineData("Dunmore rejected me after the final round, the feedback from the panel was that my presentation wasn't detailed enough", "my presentation wasn't detailed enough")]
    [InlineData("Kestrel withdrew my offer, they said I failed the eyesight test", "I failed the eyesight test")]
    [InlineData("Ostrander called to say they'd given the role to a current employee", "they had given the role to a current employee")]
    public void The_companys_stated_reason_is_kept_in_a_few_words(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Theory]
    [InlineData("Vantage offered me the analyst role at 40k, i asked for 45k and the recruiter said 42k is the max", "42k is the max")]
    [InlineData("Harlow offered me the planner job, i asked to work from the Bristol office and they said no, Leeds only", "Leeds only")]
    [InlineData("i asked Halvorsen for 36k because that's the market rate, and they said no, 33k is their ceiling", "33k is their ceiling")]
    public void In_a_negotiation_the_companys_last_word_is_the_reason_and_the_persons_case_for_asking_is_not(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Theory]
    [InlineData("I got an offer from Perrin but I'm turning it down because the commute would be 2 hours each way", "the commute would be 2 hours each way")]
    [InlineData("Perrin offered me the junior designer role but I'm saying no. tbh i just dont want to relocate to Leeds", "i just dont want to relocate to Leeds")]
    [InlineData("I'm declining the Quillon offer. the salary is great but I'd have to move away from my family", "I'd have to move away from my family")]
    public void A_declines_reason_is_what_the_person_gives_not_what_they_like_about_the_offer(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Fact]
    public void A_declines_cause_comes_before_the_choice_it_explains() =>
        Assert.Equal("the team is smaller and I'll get more mentoring",
            Opened("I have two offers and I'm going with Harwick because the team is smaller and I'll get more mentoring. need to decline Pellow").Reason);

    // ----- Names: a wrong company or contact is worse than asking -----

    [Theory]
    [InlineData("Quenby said we'd hear by end of next week, nothing yet", "Quenby")]
    [InlineData("the startup Pellucid Labs offered me the growth role but I'm turning it down", "Pellucid Labs")]
    [InlineData("Got rejected from Fernhill Bank's grad scheme after the assessment centre", "Fernhill Bank")]
    [InlineData("i applied to the accounting grad program at ormond health last week and still nothing", "Ormond Health")]
    public void The_company_is_the_name_not_the_words_around_it(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Theory]
    [InlineData("applied to like 30 places and only Corvane replied, then ghosted me")]
    [InlineData("Harlow offered me the planner job, i asked to work from the bath office instead of bristol and they said no")]
    [InlineData("negotiation w/ tarrow failed. asked for 5% more, they said no")]
    [InlineData("they called yesterday, the lady said they went with someone else")]
    public void Words_that_are_no_company_are_never_kept_as_one(string story)
    {
        var company = StoryReader.Read(story).Company;
        Assert.True(company is null or "Harlow" or "Corvane" or "Tarrow", $"read the company as \"{company}\"");
    }

    [Fact]
    public void A_job_titles_last_word_is_no_contact() =>
        Assert.Null(StoryReader.Read("Dunwell, shift manager trainee. they said no after the interview").ContactName);
}
