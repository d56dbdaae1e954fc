using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's seventh round (issue 19): fewer wrong fields by kind, found on a writer the rules had not met. A title
/// with its field in brackets or after its programme, a title in brackets after a word that is none, a title that owns
/// something or is only a number, words of the sentence before a title, an unknown word before a title's opening word
/// (asked); a place before a workplace, a currency, a word of the sentence, an old manager's workplace, another company
/// still to answer or that said yes, a name spelled out in brackets (none the company); what was stopped kept with its
/// cause; a person rejecting an offer declines it, a question about what happened is no ask. Sentences of our own.
/// </summary>
public class ReadingSeventhRoundTests
{
    private static RejectionCase Opened(string story)
    {
        var rejection = new RejectionCase();
        IntakeDialog.TakeOpening(rejection, story, BuiltInMessageReader.Read(story, DayOfWeek.Monday));
        return rejection;
    }

    // ----- Roles -----

    [Theory]
    // A field or a kind in brackets after a title is part of it, kept as written.
    [InlineData("Harbourview Hospital turned me down for Staff Nurse (Graduate) after the interview", "Staff Nurse (Graduate)")]
    [InlineData("rejected by Northwind for Data Engineer (Frontend) after the final round", "Data Engineer (Frontend)")]
    // A title in brackets after a word that says none.
    [InlineData("I was not selected for a postdoc position (Research Fellow in Marine Ecology) at Kestrel University", "Research Fellow in Marine Ecology")]
    // A programme named by its kind, then its field.
    [InlineData("Fabrikam rejected me from the graduate trainee program (supply chain) after the assessment centre", "Graduate Trainee Supply Chain")]
    [InlineData("I got a rejection from Contoso for the Trainee Programme Finance & Risk after the final interview", "Trainee Finance & Risk")]
    // A programme's short name in capitals says no more than its name.
    [InlineData("Northwind Bank rejected me for their Technology Analyst Programme (TAP) after the video interview", "Technology Analyst Programme")]
    // A title said alone at the end, with "btw".
    [InlineData("Lumen Bank pulled my internship offer, apparently my college's co-op office never confirmed. UX design intern btw.", "UX Design Intern")]
    // Words of the sentence before a title in capitals; the company is its first word.
    [InlineData("hello, applied Contoso Junior Data Analyst, went through 2 interviews and heard nothing for 4 weeks", "Junior Data Analyst")]
    // A trade's everyday name.
    [InlineData("got knocked back from the sparky apprenticeship at Fabrikam Electrical after the practical day", "Electrical Apprenticeship")]
    public void A_title_is_read_whole_and_as_written(string story, string role) =>
        Assert.Equal(role, Opened(story).Role);

    [Theory]
    // Where title and field cannot be put together as one, the title is asked.
    [InlineData("Contoso rejected me for the Werkstudent position (Controlling) after the interview")]
    [InlineData("got rejected from Fabrikam for the dual study program Mechatronics after the online test")]
    [InlineData("yesterday I received a rejection from Fabrikam for the dual study program Mechatronics (Duales Studium Mechatronik)")]
    // A title owns nothing; a number without a title word is another name's.
    [InlineData("rejected from my school's official internship list by Contoso last week")]
    [InlineData("didn't make the ranking list for the Plumbers Local 12 apprenticeship, they emailed today")]
    // An unknown word in lower case before a title's opening word: the company or the field?
    [InlineData("didnt get the lidl junior buyer thing. gutted")]
    public void A_title_that_cannot_be_told_is_asked(string story) =>
        Assert.Null(Opened(story).Role);

    [Fact]
    public void Words_of_the_sentence_before_a_title_leave_its_company() =>
        Assert.Equal("Contoso", Opened("hello, applied Contoso Junior Data Analyst, went through 2 interviews and heard nothing for 4 weeks").Company);

    // ----- Companies -----

    [Theory]
    [InlineData("Applied for a junior copywriter job at a small Leeds agency called Brightwave. They went with someone more senior", "Brightwave")]
    [InlineData("my offer for the Analyst role at a Berlin consultancy (Weber & Sohn GmbH) was withdrawn by phone today", "Weber & Sohn GmbH")]
    [InlineData("Hi, Tailspin offered me Junior Analyst role at KES 80,000. I asked for 95,000 and they withdrew the offer", "Tailspin")]
    [InlineData("Northwind rejected me for the designer role after four rounds. They had my portfolio from the beginning!!", "Northwind")]
    [InlineData("my offer from Fabrikam for the sales rep job got rescinded yesterday, my old manager at Contoso must have given a bad reference", "Fabrikam")]
    public void Another_word_of_the_story_is_not_the_company(string story, string company) =>
        Assert.Equal(company, Opened(story).Company);

    [Theory]
    [InlineData("I'm still waiting on Northwind but Fabrikam rejected me today for the analyst role")]
    [InlineData("update: Fabrikam said no after the final round, but I still haven't heard from Northwind where I only had a screening call")]
    [InlineData("two final rounds last week. Northwind said yes (!!) but Fabrikam just called to say no for the analyst role")]
    public void A_company_still_to_answer_or_that_said_yes_is_another_case(string story)
    {
        var rejection = Opened(story);

        Assert.Equal("Fabrikam", rejection.Company);
        Assert.Equal(Situation.Rejected, rejection.Situation);
    }

    [Fact]
    public void A_name_spelled_out_in_brackets_is_not_the_company() =>
        Assert.NotEqual("Cloud Development Centre", Opened("another no, this time from Contoso CDC (Cloud Development Centre) for the data engineer internship").Company);

    [Fact]
    public void A_sentence_adverb_in_capitals_is_not_the_company() =>
        Assert.NotEqual("Unfortunately", Opened("got this today: thank you for your application as Junior Analyst. Unfortunately we have decided to proceed with other candidates").Company);

    // ----- Contacts -----

    [Theory]
    [InlineData("phone interview with recruiter Mr. Okafor last week, he said I'd hear back. Nothing yet", "Mr. Okafor")]
    [InlineData("my offer was withdrawn on Wednesday by phone from the managing director Dr. Lindqvist because the project was cancelled", "Dr. Lindqvist")]
    public void A_titled_contact_keeps_the_name_after_the_title(string story, string contact) =>
        Assert.Equal(contact, Opened(story).ContactName);

    // ----- Reasons -----

    [Theory]
    [InlineData("Contoso HR called and said the graduate programme has been cancelled because of the merger", "the graduate programme has been cancelled because of the merger")]
    [InlineData("interviewed at Fabrikam, then today got an email that the role's been cancelled due to a reorganisation so they won't hire anyone", "the role's been cancelled due to a reorganisation")]
    [InlineData("HR rang saying they're \"freezing the summer intake due to a merger\" and my offer is gone", "freezing the summer intake due to a merger")]
    public void What_was_stopped_is_kept_with_its_cause(string story, string reason) =>
        Assert.Equal(reason, Opened(story).Reason);

    // ----- Situations -----

    [Fact]
    public void Rejecting_an_offer_oneself_is_a_decline() =>
        Assert.Equal(Situation.DeclinedOffer, Opened("Need help to reject an offer from Contoso (Analyst, graduate programme), I'm going to do a PhD instead").Situation);

    [Fact]
    public void A_question_about_what_happened_is_no_ask_for_terms() =>
        Assert.Equal(RejectionStage.OfferRescinded, Opened("Fabrikam pulled my grad offer today. I asked if it was a deferral and they said no, it's a withdrawal").Stage);

    [Fact]
    public void An_amount_asked_for_is_an_ask_and_the_whole_thing_retracted_ends_the_talks() =>
        Assert.Equal(RejectionStage.NegotiationBrokeDown, Opened("Contoso offered me junior dev at 70k. asked for 80 as i had another offer. they said the board won't approve it and they're retracting the whole thing").Stage);

    [Fact]
    public void An_offer_letter_then_the_programme_cancelled_is_a_withdrawn_offer() =>
        Assert.Equal(RejectionStage.OfferRescinded, Opened("I received the offer letter from Fabrikam for the logistics internship. Yesterday HR said the internship programme was cancelled because of budget cuts").Stage);

    [Fact]
    public void Not_responding_is_no_rescinded_offer() =>
        Assert.NotEqual(RejectionStage.OfferRescinded, Opened("did a take-home for Contoso 2 weeks ago and the hiring manager hasnt responded to my follow ups").Stage);

    [Fact]
    public void Wasnt_selected_is_a_no() =>
        Assert.Equal(Situation.Rejected, Opened("Fabrikam told me on the phone today I wasn't selected for the paralegal role").Situation);

    // ----- Pasted letters -----

    [Fact]
    public void A_letter_in_the_persons_own_voice_is_signed_by_the_person() =>
        Assert.Null(BuiltInMessageReader.Read("Dear Sir or Madam,\n\nI am a final-year student in chemistry. I recently interviewed for a Research Associate position at Contoso. On Wednesday I was informed by email that I was not selected. I would be grateful for advice on how to ask for feedback.\n\nYours faithfully,\nB. Osei").ContactName);

    [Fact]
    public void The_title_of_a_letter_in_capitals_is_read_after_position_of() =>
        Assert.Equal("JUNIOR AUDITOR", BuiltInMessageReader.Read("Please see below what I received.\n\nDear Amani Njoroge,\nRE: APPLICATION FOR THE POSITION OF JUNIOR AUDITOR (REF: HR/17/2026)\nWe regret to inform you that you were not shortlisted.\nYours faithfully,\nP. Mwangi\nHuman Resource Manager\nContoso Kenya").Role);
}
