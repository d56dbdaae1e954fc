using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's fourth round (issue 19): right or asking. A wrong field is shown in the summary, goes into the draft
/// and is never asked, while a field left open costs one tap; so a reason is read only behind a cue that reliably
/// marks the company's stated reason (or, for a decline, the person's own), and otherwise the bot asks.
/// Sentences of our own.
/// </summary>
public class ReadingFourthRoundTests
{
    private static RejectionCase Opened(string story, DayOfWeek today = DayOfWeek.Monday)
    {
        var rejection = new RejectionCase();
        IntakeDialog.TakeOpening(rejection, story, BuiltInMessageReader.Read(story, today));
        return rejection;
    }

    // ----- Reasons: what someone said is a reason only when it is shaped like one -----

    [Theory]
    [InlineData("Ostrava Foods rejected me after the final round, though the recruiter said the team was really impressed with my case study")]
    [InlineData("Heathrow Parcel turned me down by email today. back in march the recruiter said to expect news within ten business days")]
    [InlineData("had a call with Brindle Studio's recruiter, she mentioned the hiring manager would be in touch to book the next step. they turned me down today")]
    [InlineData("Lantern Bank said to expect an answer within ten working days, then rejected me by email this morning")]
    public void What_was_said_that_is_no_reason_leaves_the_reason_to_ask(string story) =>
        Assert.Null(Opened(story).Reason);

    [Theory]
    [InlineData("I feel awful because they were so kind to me. I have to decline Fenwick's offer for the planner role")]
    [InlineData("I'm declining the offer from Corrigan Legal and going with the council because that's exactly why I did my masters in policy")]
    [InlineData("got an offer from Birchall Media but I'm not taking it. how do I say no nicely")]
    [InlineData("need to decline Wyvern Labs' offer. my manager there would have been Sam Osei, he was lovely")]
    [InlineData("Declining an offer from Kellet Homes. I've been putting it off for weeks, honestly")]
    public void The_persons_feelings_and_what_they_did_are_no_reason_for_a_decline(string story)
    {
        var read = Opened(story);
        Assert.Equal(Situation.DeclinedOffer, read.Situation);
        Assert.Null(read.Reason);
    }

    [Theory]
    [InlineData("tried to move my start date at Tolland Print to march bc of my dissertation, they said no and gave the job to someone else")]
    [InlineData("Marsh Valley Trust rejected me, I'm gutted because the team there was lovely")]
    public void The_persons_own_because_is_not_why_the_company_decided(string story) =>
        Assert.Null(Opened(story).Reason);

    [Theory]
    [InlineData("Greyfield Clinic rejected me after the second interview. the manager said they need someone who can work nights", "they need someone who can work nights")]
    [InlineData("my offer from Quarry Lane Books got pulled bc they lost the grant for the post", "they lost the grant")]
    [InlineData("asked Pembury Rail for hybrid working, the line manager said no, office only", "office only")]
    [InlineData("I countered Ridgeway's offer at 38k and the recruiter said that's final", "that's final")]
    [InlineData("Rejected by Coldharbour Games, the email said they have decided not to continue with my application at this time", "they have decided not to continue with my application at this time")]
    public void A_reason_said_with_its_shape_is_kept(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Theory]
    [InlineData("Ellery Group offered me the analyst job but I'm declining as it's a ninety minute drive each way", "it's a ninety minute drive each way")]
    [InlineData("I have to turn down Hawthorn Digital's offer, I'm accepting the one from a studio in my hometown", "I'm accepting the one from a studio in my hometown")]
    [InlineData("need to decline the nursery assistant offer at Little Acorns, I've decided to stay on at my weekend job", "I've decided to stay on at my weekend job")]
    public void A_declines_own_reason_is_the_cause_given_or_the_choice_made(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    [Fact]
    public void A_quoted_reason_ends_where_the_letter_goes_on_to_what_they_did() =>
        Assert.Equal(
            "restructuring in the department",
            Opened("Yesterday Norland Mills emailed me stating 'due to restructuring in the department, we are unable to proceed and your offer is withdrawn'. what now").Reason);

    // ----- When: a weekday of last week is not "earlier this week" -----

    [Theory]
    [InlineData("Pellam Homes rejected me, the email came on Thursday", DayOfWeek.Monday, HeardWhen.EarlierThanThat)]
    [InlineData("Pellam Homes rejected me, the email came on Thursday", DayOfWeek.Saturday, HeardWhen.ThisWeek)]
    [InlineData("the email from Corran Tech withdrawing my offer came over the weekend", DayOfWeek.Tuesday, HeardWhen.EarlierThanThat)]
    [InlineData("Aldwick Estates rejected me on tuesday last week", DayOfWeek.Sunday, HeardWhen.EarlierThanThat)]
    [InlineData("Aldwick Estates rejected me by email a fortnight ago", DayOfWeek.Wednesday, HeardWhen.EarlierThanThat)]
    [InlineData("Aldwick Estates rejected me on a call, sunday evening", DayOfWeek.Monday, HeardWhen.Yesterday)]
    public void A_weekday_before_this_weeks_monday_is_last_week(string story, DayOfWeek today, HeardWhen when) =>
        Assert.Equal(when, BuiltInMessageReader.Read(story, today).HeardWhen);

    [Fact]
    public void A_date_they_promised_is_not_when_the_person_last_heard() =>
        Assert.NotEqual(HeardWhen.ThisWeek, BuiltInMessageReader.Read(
            "final round with Bexley Foods, the recruiter said i'd hear by last friday and there's been nothing since", DayOfWeek.Sunday).HeardWhen);
}
