using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The kinds of sentence the built-in reader missed in students' stories (issue 19), each with sentences of
/// our own: a stage word misspelt or shortened, the company as the subject of another verb or after another
/// word, how long or how many hours a job is taken for its title, a title in brackets or short forms, a
/// comparative reason kept as a fragment, a decline, a wait or a negotiation said in other words, a contact
/// named in passing, and a long story taken for a pasted e-mail.
/// </summary>
public class StoryReadingKindsTests
{
    [Theory]
    [InlineData("my offer for junior data engineer at fourth coffee got pulled. hr said it was a budget thing.", "Junior Data Engineer")]
    [InlineData("my offer from fourth coffee got pulled. the hr lady said it was a budget thing.", null)]
    [InlineData("they rejected my visa application and then the job too", null)]
    [InlineData("they pulled my offer for the data analyst thing at contoso", "Data Analyst")]
    [InlineData("tried out for the apprentice chef spot at Nomad, they said i was too slow", "Apprentice Chef")]
    public void After_a_loose_noun_such_as_thing_or_spot_only_a_title_is_the_role(string story, string? role) =>
        Assert.Equal(role, StoryReader.Read(story).Role);

    [Theory]
    [InlineData("Contoso turned me down after the fnal round", RejectionStage.FinalRound)]
    [InlineData("got to the finl interview with Fabrikam and they said no", RejectionStage.FinalRound)]
    [InlineData("Northwind rejected me after my 2nd round", RejectionStage.Interview)]
    [InlineData("they said no after the 3rd round, so close", RejectionStage.Interview)]
    [InlineData("first-round rejection from Tailspin", RejectionStage.Interview)]
    [InlineData("failed the OA for the Contoso internship, auto rejection", RejectionStage.Application)]
    [InlineData("rejected, didn't make it past the online test", RejectionStage.Application)]
    [InlineData("I interviewed there twice and then had the final round, rejected today", RejectionStage.FinalRound)]
    [InlineData("the job is fully on site only, and after the phone screen they rejected me", RejectionStage.ScreeningCall)]
    public void A_stage_word_misspelt_shortened_or_named_with_earlier_steps_is_read(string story, RejectionStage stage) =>
        Assert.Equal(stage, StoryReader.Read(story).Stage);

    [Theory]
    [InlineData("Contoso said they'd decide by Friday, then rejected me", "Contoso")]
    [InlineData("Northwind went quiet after my interview", "Northwind")]
    [InlineData("heard back from fabrikam today, it's a no", "Fabrikam")]
    [InlineData("Litware told me on the phone they went with someone else", "Litware")]
    [InlineData("So Adventure Works got back to me: not this time.", "Adventure Works")]
    [InlineData("had my interview w/ Tailspin Toys last week and nothing since", "Tailspin Toys")]
    [InlineData("offer rescinded by Proseware this morning", "Proseware")]
    [InlineData("company: wingtip toys. they said no.", "Wingtip Toys")]
    [InlineData("the careers portal for Northwind just says not selected", "Northwind")]
    [InlineData("waiting to hear back from Litware about the final round", "Litware")]
    [InlineData("got the email from woodgrove bank. data analyst intern.", "Woodgrove Bank")]
    public void The_company_is_read_whatever_verb_or_word_comes_with_it(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Theory]
    [InlineData("the recruiter sarah said they went with someone else")]
    [InlineData("phone call from the HM this morning, they said no")]
    [InlineData("I'd turned down 2 other offers for this one and now they rescinded it")]
    public void A_person_or_a_count_is_never_the_company(string story) =>
        Assert.Null(StoryReader.Read(story).Company);

    [Theory]
    [InlineData("rejected by Contoso, the recruiter called me today")]
    [InlineData("Fabrikam. the hiring manager. a call this morning.")]
    public void Someone_the_person_dealt_with_is_never_the_role(string story) =>
        Assert.Null(StoryReader.Read(story).Role);

    [Theory]
    [InlineData("I was rejected for a 6 month internship at Contoso")]
    [InlineData("rejected from the 12-week placement at Fabrikam")]
    [InlineData("Litware said no to me for the six month internship")]
    public void How_long_a_job_lasts_is_not_its_title_so_the_role_is_asked(string story) =>
        Assert.Null(StoryReader.Read(story).Role);

    [Theory]
    [InlineData("they turned me down for the part time barista job", "Barista")]
    [InlineData("Contoso rejected me for the 3 month data analyst internship", "Data Analyst Internship")]
    [InlineData("Fabrikam (junior qa tester) ghosted me", "Junior QA Tester")]
    [InlineData("rejected from the mech eng co-op at Fabrikam", "Mechanical Engineering Co-op")]
    [InlineData("turned down for the graduate scheme at Northwind", "Graduate Scheme")]
    [InlineData("rejected. Litware. data eng intern.", "Data Engineering Intern")]
    [InlineData("no word from Proseware about the logistics coordinator intern thing", "Logistics Coordinator Intern")]
    [InlineData("role: store mgmt trainee. they went with someone else", "Store Management Trainee")]
    public void A_title_is_kept_without_its_hours_and_with_its_short_forms_written_out(string story, string role) =>
        Assert.Equal(role, StoryReader.Read(story).Role);

    [Theory]
    [InlineData("Contoso rejected me, they hired someone with more experience than me", "they chose a candidate with more experience")]
    [InlineData("Fabrikam said no, they wanted someone with more hands-on experience", "they wanted a candidate with more hands-on experience")]
    [InlineData("rejected because they picked a candidate with more relevant experience", "they chose a candidate with more relevant experience")]
    public void A_comparative_reason_says_what_the_company_decided(string story, string reason) =>
        Assert.Equal(reason, StoryReader.Read(story).Reason);

    [Theory]
    [InlineData("Contoso rejected me. I have more experience than the person they hired!")]
    [InlineData("Litware rejected me and I've got way more experience than the guy they hired")]
    [InlineData("Fabrikam rejected me even though the recruiter said she'd put in a good word")]
    [InlineData("they rejected me. I asked about salary and the recruiter went quiet")]
    public void The_persons_own_comparison_a_promise_or_a_topic_they_raised_is_no_reason(string story) =>
        Assert.Null(StoryReader.Read(story).Reason);

    [Theory]
    [InlineData("need help declining an offer from Contoso, I found something closer to home")]
    [InlineData("Fabrikam offered me the role but I already accepted one at Litware so I have to say no")]
    [InlineData("I'm turning down Northwind Traders (junior analyst), how do I word it? their offer was generous")]
    [InlineData("Got an offer from Proseware. After a lot of thought I'm going to decline, my family needs me nearby.")]
    public void A_decline_said_in_other_words_is_a_decline(string story) =>
        Assert.Equal(Situation.DeclinedOffer, StoryReader.Read(story).Situation);

    [Fact]
    public void A_rescinded_offer_stays_rescinded_when_the_person_mentions_turning_others_down()
    {
        var read = StoryReader.Read("they rescinded my offer, and I'm gutted because I'd already decided to turn down Fabrikam for them");
        Assert.Equal(RejectionStage.OfferRescinded, read.Stage);
        Assert.NotEqual(Situation.DeclinedOffer, read.Situation);
    }

    [Theory]
    [InlineData("waiting to hear from Contoso about the second interview")]
    [InlineData("it's only been 5 days since my phone screen with Litware, should I email them?")]
    [InlineData("did the take home for Fabrikam, nothing yet")]
    public void Waiting_for_an_answer_is_no_word_yet(string story)
    {
        var read = StoryReader.Read(story);
        Assert.Equal(Situation.Ghosted, read.Situation);
        Assert.Equal(HeardVia.NoWord, read.HeardVia);
    }

    [Theory]
    [InlineData("it's been two weeks since Northwind told me no and I still haven't answered them")]
    [InlineData("a month now since litware gave me a no after the onsite, cant face writing back")]
    [InlineData("it has been ten days, the answer was no, Fabrikam went with someone internal")]
    public void A_rejection_said_outright_is_a_rejection_however_long_ago(string story) =>
        Assert.Equal(Situation.Rejected, StoryReader.Read(story).Situation);

    [Theory]
    [InlineData("Contoso made me an offer, I asked for 10% more and they said the number is fixed")]
    [InlineData("tried to negotiate with Fabrikam but they won't budge on the start date")]
    [InlineData("got the offer from Litware, i countered and they said they cannot go higher")]
    public void A_negotiation_that_broke_down_is_read_named_or_not(string story) =>
        Assert.Equal(RejectionStage.NegotiationBrokeDown, StoryReader.Read(story).Stage);

    [Theory]
    [InlineData("Contoso rejected me, the recruiter was jane doe if that helps", "Jane Doe")]
    [InlineData("the hiring manager (omar) said no after the interview", "Omar")]
    [InlineData("the offer came from Leila Haddad, their talent lead", "Leila Haddad")]
    [InlineData("rescinded. (kim from HR) called to say so", "Kim")]
    [InlineData("I was supposed to start in January and HR (Dana Whitfield) just emailed saying the position has been eliminated", "Dana Whitfield")]
    [InlineData("talent acquisition (priya shah) emailed me this morning, they went with someone else", "Priya Shah")]
    [InlineData("Fabrikam ghosted me, recruiter paul never replied", "Paul")]
    [InlineData("I'm declining the offer. My contact there was Ana Ruiz", "Ana Ruiz")]
    [InlineData("an email last week from someone called Noor Ahmed, head of people", "Noor Ahmed")]
    public void A_contact_named_in_passing_is_read(string story, string contact) =>
        Assert.Equal(contact, StoryReader.Read(story).ContactName);

    [Fact]
    public void A_long_story_in_the_persons_own_words_is_not_taken_for_a_pasted_email()
    {
        const string story = "so I just found out that Contoso went with other candidates for the product designer role after my final round, "
            + "the recruiter called me this morning and said they really liked me but the other candidate had more years in the field";

        Assert.False(RejectionEmailExtractor.LooksLikeRejectionEmail(story));
        var read = BuiltInMessageReader.Read(story);
        Assert.Equal("Contoso", read.Company);
        Assert.Equal(HeardVia.Call, read.HeardVia);
    }

    [Fact]
    public void A_pasted_emails_company_is_read_from_the_signature_under_the_signers_title()
    {
        const string email = "Dear Sam,\n\nThank you for interviewing with us. Unfortunately we have decided not to move forward.\n\n"
            + "Best,\nJo Park\nHead of Early Careers\nWoodgrove Bank\n";

        Assert.Equal("Woodgrove Bank", BuiltInMessageReader.Read(email).Company);
    }

    [Fact]
    public void What_an_email_does_not_name_the_persons_words_around_it_do()
    {
        const string pasted = "Fabrikam sent me this:\n\nHi Sam,\nUnfortunately we will not be moving forward with your application.\nThe Recruiting Team\n\nthe recruiter was Omar Haddad";

        var read = BuiltInMessageReader.Read(pasted);
        Assert.Equal("Fabrikam", read.Company);
        Assert.Equal("Omar Haddad", read.ContactName);
    }

    [Fact]
    public void A_second_message_keeps_what_the_first_said_and_adds_its_own()
    {
        var rejection = new RejectionCase();
        const string first = "rejected by Fabrikam";
        IntakeDialog.TakeOpening(rejection, first, BuiltInMessageReader.Read(first));
        var asked = CaseDetails.Next(rejection);
        const string second = "it was the 2nd round, the recruiter (dana) emailed me yesterday";
        IntakeDialog.TakeAnswer(rejection, asked, second, BuiltInMessageReader.Read(second));

        Assert.Equal("Fabrikam", rejection.Company);
        Assert.Equal(RejectionStage.Interview, rejection.Stage);
        Assert.Equal("Dana", rejection.ContactName);
        Assert.Equal(HeardWhen.Yesterday, rejection.HeardWhen);
    }
}
