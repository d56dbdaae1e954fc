using System.Diagnostics;
using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

public class RejectionEmailExtractorTests
{
    // ----- Sample e-mails (invented for these tests) -----

    private const string AutomatedScreenOut = """
        Dear Alex,

        Thank you for your interest in Contoso and for applying to the Data Analyst Intern position.

        After careful consideration, we have decided not to move forward with your application at this time. We received a large number of applications and this was a difficult decision.

        We encourage you to apply for future openings that match your background.

        Best regards,
        The Contoso Recruiting Team
        """;

    private const string AfterInterviewWithReason = """
        Hi Alex,

        Thank you for taking the time to interview with us for the Software Engineer role at Fabrikam. The team enjoyed meeting you and hearing about your projects.

        Unfortunately, we have decided to move forward with candidates whose experience more closely matches the needs of the team at this time.

        We appreciate your interest in Fabrikam and wish you the best in your search.

        Best,
        Jordan Lee
        Technical Recruiter
        """;

    private const string FinalRoundWithCrLf =
        "Dear Alex,\r\n\r\n"
        + "Thank you for coming onsite last week for the final round of interviews for the Product Manager Intern position. "
        + "Everyone here at Northwind Traders enjoyed speaking with you.\r\n\r\n"
        + "After much deliberation, we have decided to extend an offer to another candidate\r\nwith more experience in B2B products. "
        + "This was a very close decision.\r\n\r\n"
        + "We would love to stay in touch for future opportunities.\r\n\r\n"
        + "Kind regards,\r\n"
        + "Priya Raman\r\n"
        + "University Recruiting | Northwind Traders\r\n";

    private const string RescindedOffer = """
        Dear Alex,

        I am writing with difficult news regarding your offer for the Junior Business Analyst role at Litware. Due to a company-wide hiring freeze, we have made the decision to rescind the offer of employment we extended on March 3.

        We recognize how difficult this is and sincerely apologize.

        Sincerely,
        Morgan Chen
        HR Manager, Litware Inc.
        """;

    private const string PhoneScreenWithoutCompany = """
        Hi Alex,

        Thanks again for the phone screen last Tuesday about the Marketing Coordinator opening. We enjoyed our conversation.

        We've decided not to move forward with your candidacy at this time. We'll keep your resume on file should another role come up.

        All the best,
        Sam
        """;

    private const string OneLinePositionFilled =
        "Dear Alex, thank you for your application for the position of Research Assistant at Tailspin Labs. "
        + "We regret to inform you that the position has been filled. We wish you success in your job search. Regards, Dana Whitfield";

    private const string BudgetCutWithTeamSignature = """
        Hello Alex,

        Thank you for your application for Summer Analyst at Woodgrove Bank. Due to budget constraints, we are no longer able to continue the recruitment for this internship.

        Thank you,
        Woodgrove Bank Talent Acquisition
        """;

    private const string PostInterviewNoReason = """
        Dear Alex Kim,

        Thank you for meeting with our team to discuss the UX Designer role. We appreciated the chance to get to know you.

        We regret to inform you that we will not be moving forward with your candidacy.

        We wish you every success,
        Adatum Careers
        """;

    // ----- FillMissing: one test per e-mail, every field -----

    [Fact]
    public void Automated_screen_out()
    {
        var c = Extract(AutomatedScreenOut);

        Assert.Equal("Contoso", c.Company);
        Assert.Equal("Data Analyst Intern", c.Role);
        // "your application" alone does not say how far the person got: the stage is asked.
        Assert.Null(c.Stage);
        Assert.Equal(HeardVia.Email, c.HeardVia);
        Assert.Null(c.Reason);
        Assert.Null(c.ContactName);
    }

    [Fact]
    public void Post_interview_with_a_reason_and_a_recruiter_sign_off()
    {
        var c = Extract(AfterInterviewWithReason);

        Assert.Equal("Fabrikam", c.Company);
        Assert.Equal("Software Engineer", c.Role);
        Assert.Equal(RejectionStage.Interview, c.Stage);
        Assert.Equal(HeardVia.Email, c.HeardVia);
        Assert.Equal("Unfortunately, we have decided to move forward with candidates whose experience more closely matches the needs of the team at this time.", c.Reason);
        Assert.Equal("Jordan Lee", c.ContactName);
    }

    [Fact]
    public void Final_round_with_windows_line_endings()
    {
        var c = Extract(FinalRoundWithCrLf);

        Assert.Equal("Northwind Traders", c.Company);
        Assert.Equal("Product Manager Intern", c.Role);
        Assert.Equal(RejectionStage.FinalRound, c.Stage);
        Assert.Equal("After much deliberation, we have decided to extend an offer to another candidate with more experience in B2B products.", c.Reason);
        Assert.Equal("Priya Raman", c.ContactName);
    }

    [Fact]
    public void Rescinded_offer()
    {
        var c = Extract(RescindedOffer);

        Assert.Equal("Litware", c.Company);
        Assert.Equal("Junior Business Analyst", c.Role);
        Assert.Equal(RejectionStage.OfferRescinded, c.Stage);
        // The reason, not the sentence that withdraws the offer (issue 19).
        Assert.Equal("a company-wide hiring freeze", c.Reason);
        Assert.Equal("Morgan Chen", c.ContactName);
    }

    [Fact]
    public void Phone_screen_without_a_company_name_leaves_company_and_reason_null()
    {
        var c = Extract(PhoneScreenWithoutCompany);

        Assert.Null(c.Company);
        Assert.Equal("Marketing Coordinator", c.Role);
        Assert.Equal(RejectionStage.ScreeningCall, c.Stage);
        Assert.Null(c.Reason);
        Assert.Equal("Sam", c.ContactName);
    }

    [Fact]
    public void One_line_paste_with_position_filled()
    {
        var c = Extract(OneLinePositionFilled);

        Assert.Equal("Tailspin Labs", c.Company);
        Assert.Equal("Research Assistant", c.Role);
        // "your application" alone does not say how far the person got: the stage is asked.
        Assert.Null(c.Stage);
        Assert.Equal("We regret to inform you that the position has been filled.", c.Reason);
        Assert.Equal("Dana Whitfield", c.ContactName);
    }

    [Fact]
    public void Budget_reason_with_a_team_signature()
    {
        var c = Extract(BudgetCutWithTeamSignature);

        Assert.Equal("Woodgrove Bank", c.Company);
        Assert.Equal("Summer Analyst", c.Role);
        // "your application" alone does not say how far the person got: the stage is asked.
        Assert.Null(c.Stage);
        Assert.Equal("Due to budget constraints, we are no longer able to continue the recruitment for this internship.", c.Reason);
        Assert.Null(c.ContactName);
    }

    [Fact]
    public void Generic_decision_is_not_a_reason_and_a_team_is_not_a_contact()
    {
        var c = Extract(PostInterviewNoReason);

        Assert.Equal("Adatum", c.Company);
        Assert.Equal("UX Designer", c.Role);
        Assert.Equal(RejectionStage.Interview, c.Stage);
        Assert.Null(c.Reason);
        Assert.Null(c.ContactName);
        Assert.NotEqual("Alex Kim", c.ContactName);
    }

    // ----- Individual fields -----

    [Theory]
    [InlineData("Thank you for your interest in Contoso. We have decided to pursue other candidates.", "Contoso")]
    [InlineData("Thank you for your interest in the Sales Associate position at Contoso. We will not be moving forward.", "Contoso")]
    [InlineData("We appreciate you considering a career with Contoso Pharmaceuticals. Unfortunately we have filled the role.", "Contoso Pharmaceuticals")]
    [InlineData("Thanks for applying.\nWe are not moving forward.\n\nFrom the Contoso Recruiting Team", "Contoso")]
    [InlineData("We will not be moving forward.\n\nRegards,\nContoso Talent Acquisition", "Contoso")]
    [InlineData("We will not be moving forward.\n\nWarmly,\nEmily Zhang\nCampus Recruiting Lead | Proseware", "Proseware")]
    [InlineData("We will not be moving forward.\n\nBest,\nSam Ortiz\nRecruiter, Wide World Importers", "Wide World Importers")]
    [InlineData("Thank you for your interest in joining McKinsey & Company. We regret that we cannot offer you a place.", "McKinsey & Company")]
    [InlineData("Everyone here at Bright Labs enjoyed meeting you, but we decided to go another way.", "Bright Labs")]
    [InlineData("We hope you will consider applying to Contoso's graduate programme next year.", "Contoso")]
    [InlineData("Thank you for applying to join Contoso. Unfortunately we cannot proceed.", "Contoso")]
    public void Company_is_found_in_common_phrasings(string email, string expected)
    {
        Assert.Equal(expected, Extract(email).Company);
    }

    [Theory]
    [InlineData("Thank you for your interest in the Data Analyst Intern position. We will not proceed.")]
    [InlineData("Dear Alex,\nThank you for applying. We have decided not to move forward.\nBest,\nThe Recruiting Team")]
    [InlineData("Unfortunately we went with other candidates. Thank you for your time.")]
    [InlineData("Thank you for your interest in our team. We have decided to move forward with other applicants.")]
    public void Company_stays_null_when_not_named(string email)
    {
        Assert.Null(Extract(email).Company);
    }

    [Theory]
    [InlineData("Thank you for your application for the Data Analyst Intern role. Unfortunately...", "Data Analyst Intern")]
    [InlineData("Thank you for your application for Software Engineer at Contoso.", "Software Engineer")]
    [InlineData("We have filled the role of Junior Analyst. Thank you for applying.", "Junior Analyst")]
    [InlineData("Your interview for the Software Engineer, New Grad position went well, but we will not proceed.", "Software Engineer, New Grad")]
    [InlineData("Thank you for applying to our Summer internship. We are unable to offer you a place.", "Summer internship")]
    [InlineData("Thank you for interviewing for the Head of Marketing & Communications role.", "Head of Marketing & Communications")]
    public void Role_is_found_in_common_phrasings(string email, string expected)
    {
        Assert.Equal(expected, Extract(email).Role);
    }

    [Fact]
    public void Role_does_not_repeat_a_known_company_name()
    {
        var c = new RejectionCase { Company = "Contoso" };

        RejectionEmailExtractor.FillMissing("Thank you for your interest in the Contoso Data Analyst position.", c);

        Assert.Equal("Data Analyst", c.Role);
    }

    [Theory]
    [InlineData("Thank you for your application. We will not be moving forward with your candidacy.")]
    [InlineData("Thank you for your time and for the opportunity to consider your application for a position with us.")]
    [InlineData("Thank you for taking the time to discuss the position with me. We have decided to move on.")]
    public void Role_stays_null_when_not_named(string email)
    {
        Assert.Null(Extract(email).Role);
    }

    [Theory]
    [InlineData("We regret that we must rescind the offer of employment.", RejectionStage.OfferRescinded)]
    [InlineData("Due to changes in our plans, we need to withdraw our offer for the analyst role.", RejectionStage.OfferRescinded)]
    [InlineData("The offer we extended to you has been withdrawn.", RejectionStage.OfferRescinded)]
    [InlineData("Thank you for joining us for the final round of interviews.", RejectionStage.FinalRound)]
    [InlineData("Thank you for your final interview with the team.", RejectionStage.FinalRound)]
    [InlineData("Thanks for coming onsite to meet the team.", RejectionStage.FinalRound)]
    [InlineData("Thank you for taking the time to interview with us.", RejectionStage.Interview)]
    [InlineData("Thank you for meeting with Dana and the team last week.", RejectionStage.Interview)]
    [InlineData("We enjoyed speaking with you about the role.", RejectionStage.Interview)]
    [InlineData("After your phone screen and two interviews with the team, we decided to go another way.", RejectionStage.Interview)]
    [InlineData("Thank you for the phone screen on Monday.", RejectionStage.ScreeningCall)]
    [InlineData("Thanks for the screening call. We are not moving forward to the interview stage.", RejectionStage.ScreeningCall)]
    [InlineData("As we were unable to reach an agreement on the terms of the offer, we will not proceed.", RejectionStage.NegotiationBrokeDown)]
    [InlineData("Thank you for your patience during our negotiations.", RejectionStage.NegotiationBrokeDown)]
    [InlineData("We have reviewed your application and resume.", RejectionStage.Application)]
    [InlineData("We have decided not to invite you to interview. Thank you for applying.", RejectionStage.Application)]
    [InlineData("We will not be moving you forward to the final round. Thank you for interviewing with us.", RejectionStage.Interview)]
    public void Stage_follows_the_wording(string email, RejectionStage expected)
    {
        Assert.Equal(expected, Extract(email).Stage);
    }

    [Fact]
    public void Stage_stays_null_without_a_clue()
    {
        Assert.Null(Extract("Unfortunately we have decided not to move forward. We wish you the best.").Stage);
    }

    [Theory]
    [InlineData("We have decided to move forward with other candidates at this time.")]
    [InlineData("Unfortunately, we will not be moving forward with your application.")]
    [InlineData("Due to the high volume of applications, we are unable to provide individual feedback.")]
    [InlineData("After careful consideration, we have decided to pursue other applicants.")]
    public void Generic_wording_is_not_a_reason(string email)
    {
        Assert.Null(Extract(email).Reason);
    }

    [Theory]
    [InlineData("Thanks for your time.\nThe position has been filled internally.\nBest,\nJo", "The position has been filled internally.")]
    [InlineData("We have a hiring freeze in place for the rest of the year. We wish you luck.", "We have a hiring freeze in place for the rest of the year.")]
    [InlineData("We chose a candidate with more experience in embedded systems. Best of luck!", "We chose a candidate with more experience in embedded systems.")]
    [InlineData("Thank you for your time. As we could not reach an agreement on compensation, we will not proceed.", "As we could not reach an agreement on compensation, we will not proceed.")]
    public void Reason_is_the_sentence_that_gives_it(string email, string expected)
    {
        Assert.Equal(expected, Extract(email).Reason);
    }

    [Fact]
    public void A_long_reason_is_trimmed_to_300_characters()
    {
        var email = "Unfortunately, we decided to move ahead with candidates whose experience "
            + string.Join(' ', Enumerable.Repeat("more closely aligns with our requirements", 20))
            + ".";

        var reason = Extract(email).Reason;

        Assert.NotNull(reason);
        Assert.InRange(reason.Length, 200, 300);
        Assert.StartsWith("Unfortunately, we decided to move ahead with candidates whose experience", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We will not proceed.\n\nBest regards,\nJordan Lee, Recruiter", "Jordan Lee")]
    [InlineData("We will not proceed.\n\nThanks,\n\nJosé Núñez | Contoso", "José Núñez")]
    [InlineData("We will not proceed.\n\nCheers,\nKim van der Berg\nTalent Partner", "Kim van der Berg")]
    [InlineData("We will not proceed.\n\nBest, Priya", "Priya")]
    public void Contact_is_the_person_who_signed(string email, string expected)
    {
        Assert.Equal(expected, Extract(email).ContactName);
    }

    [Theory]
    [InlineData("Dear Alex Kim,\n\nWe will not proceed.\n\nThank you,\nThe Contoso Recruiting Team")]
    [InlineData("Dear Alex Kim,\n\nWe will not proceed.\n\nBest regards,\nHuman Resources")]
    [InlineData("Dear Alex Kim,\n\nWe will not proceed.\n\nSincerely,\nContoso")]
    [InlineData("Dear Alex Kim,\n\nWe will not proceed and wish you well.")]
    [InlineData("Dear Alex Kim,\n\nThank you for your time.\nWe will not proceed.")]
    [InlineData("Dear Alex Kim,\n\nWe will not proceed.\n\nThanks,\nAlex Kim")]
    public void Contact_stays_null_for_teams_companies_and_the_candidate(string email)
    {
        var c = new RejectionCase { Company = "Contoso" };
        RejectionEmailExtractor.FillMissing(email, c);

        Assert.Null(c.ContactName);
    }

    // ----- FillMissing contract -----

    [Fact]
    public void FillMissing_never_overwrites_existing_values()
    {
        var c = new RejectionCase
        {
            Company = "Given Co",
            Role = "Given Role",
            Stage = RejectionStage.NegotiationBrokeDown,
            HeardVia = HeardVia.Call,
            Reason = "Given reason",
            ContactName = "Given Person",
        };

        RejectionEmailExtractor.FillMissing(AfterInterviewWithReason, c);

        Assert.Equal("Given Co", c.Company);
        Assert.Equal("Given Role", c.Role);
        Assert.Equal(RejectionStage.NegotiationBrokeDown, c.Stage);
        Assert.Equal(HeardVia.Call, c.HeardVia);
        Assert.Equal("Given reason", c.Reason);
        Assert.Equal("Given Person", c.ContactName);
    }

    [Fact]
    public void FillMissing_fills_only_the_gaps()
    {
        var c = new RejectionCase { Company = "Fabrikam Ltd", Stage = RejectionStage.FinalRound };

        RejectionEmailExtractor.FillMissing(AfterInterviewWithReason, c);

        Assert.Equal("Fabrikam Ltd", c.Company);
        Assert.Equal(RejectionStage.FinalRound, c.Stage);
        Assert.Equal("Software Engineer", c.Role);
        Assert.Equal("Jordan Lee", c.ContactName);
        Assert.Equal(HeardVia.Email, c.HeardVia);
        Assert.NotNull(c.Reason);
    }

    [Fact]
    public void FillMissing_leaves_other_properties_alone()
    {
        var started = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var c = new RejectionCase { StartedAt = started, Feeling = Feeling.Frustrated, HeardWhen = HeardWhen.Yesterday };

        RejectionEmailExtractor.FillMissing(AfterInterviewWithReason, c);

        Assert.Equal(started, c.StartedAt);
        Assert.Equal(Feeling.Frustrated, c.Feeling);
        Assert.Equal(HeardWhen.Yesterday, c.HeardWhen);
        Assert.Null(c.Goal);
        Assert.Null(c.Draft);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData(null)]
    public void Empty_text_changes_nothing(string? email)
    {
        var c = new RejectionCase();

        RejectionEmailExtractor.FillMissing(email!, c);

        Assert.Null(c.Company);
        Assert.Null(c.Role);
        Assert.Null(c.Stage);
        Assert.Null(c.HeardVia);
        Assert.Null(c.Reason);
        Assert.Null(c.ContactName);
    }

    [Theory]
    [InlineData("((((((((((")]
    [InlineData("Dear ,\n\n,,,\n\nBest,\n,")]
    [InlineData("for the  position at . interest in  , role of ")]
    [InlineData("Best regards,")]
    [InlineData("\u0000\u0001\uFFFF")]
    [InlineData("Dear\r\rBest,\r\r")]
    public void Odd_input_does_not_throw(string email)
    {
        var c = new RejectionCase();

        var error = Record.Exception(() => RejectionEmailExtractor.FillMissing(email, c));
        var looks = Record.Exception(() => RejectionEmailExtractor.LooksLikeRejectionEmail(email));

        Assert.Null(error);
        Assert.Null(looks);
        Assert.Null(c.Company);
        Assert.Null(c.Role);
        Assert.Null(c.ContactName);
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw()
    {
        var text = "Dear Alex,\n\nUnfortunately \uD800 we regret \uDC00.\n\nBest,\n\uD800";

        Assert.Null(Record.Exception(() => RejectionEmailExtractor.FillMissing(text, new RejectionCase())));
        Assert.Null(Record.Exception(() => RejectionEmailExtractor.LooksLikeRejectionEmail(text)));
    }

    [Fact]
    public void FillMissing_requires_a_target()
    {
        Assert.Throws<ArgumentNullException>(() => RejectionEmailExtractor.FillMissing(AutomatedScreenOut, null!));
    }

    // ----- LooksLikeRejectionEmail -----

    public static TheoryData<string> SampleEmails() =>
    [
        AutomatedScreenOut,
        AfterInterviewWithReason,
        FinalRoundWithCrLf,
        RescindedOffer,
        PhoneScreenWithoutCompany,
        OneLinePositionFilled,
        BudgetCutWithTeamSignature,
        PostInterviewNoReason,
    ];

    [Theory]
    [MemberData(nameof(SampleEmails))]
    public void Sample_emails_look_like_rejection_emails(string email)
    {
        Assert.True(RejectionEmailExtractor.LooksLikeRejectionEmail(email));
    }

    [Theory]
    [InlineData("Unfortunately, we have decided to move forward with other candidates for this role. We wish you the best.")]
    [InlineData("Dear Alex,\nWe regret to tell you that we went another way.")]
    public void Short_pastes_with_clear_wording_look_like_emails(string text)
    {
        Assert.True(RejectionEmailExtractor.LooksLikeRejectionEmail(text));
    }

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Google")]
    [InlineData("a startup called Bright Labs")]
    [InlineData("Data Analyst Intern at Contoso")]
    [InlineData("they emailed me yesterday")]
    [InlineData("unfortunately after the final round")]
    [InlineData("I think they decided to go with someone else")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Short_answers_do_not_look_like_emails(string? text)
    {
        Assert.False(RejectionEmailExtractor.LooksLikeRejectionEmail(text!));
    }

    [Fact]
    public void A_long_text_without_rejection_wording_is_not_a_rejection_email()
    {
        var text = "Dear Alex,\n\nWe are delighted to invite you to the next round of interviews for the Data Analyst Intern position.\n\n"
            + "Please pick a time that suits you using the link below.\n\nBest,\nJordan";

        Assert.False(RejectionEmailExtractor.LooksLikeRejectionEmail(text));
    }

    // ----- Safety on long and hostile input -----

    public static TheoryData<string> PathologicalInputs()
    {
        var data = new TheoryData<string>
        {
            new string('a', 20_000),
            new string(' ', 20_000),
            new string('\n', 20_000),
            "Dear " + new string('A', 20_000),
            "for the " + string.Concat(Enumerable.Repeat("Aa ", 7_000)),
            "interest in " + string.Concat(Enumerable.Repeat("Contoso of ", 2_000)),
            "application for " + string.Join(", ", Enumerable.Repeat("Senior-Data-Engineer", 1_000)),
            string.Concat(Enumerable.Repeat("Best,\n", 4_000)),
            string.Concat(Enumerable.Repeat("position at Contoso Recruiting ", 700)),
            string.Concat(Enumerable.Repeat("offer offer withdraw ", 1_000)),
            string.Concat(Enumerable.Repeat("Recruiter Recruiter Recruiter Recruiter, ", 500)),
            string.Concat(Enumerable.Repeat("to the interview ", 1_500)),
            "Regards, " + new string('B', 19_000),
            string.Concat(Enumerable.Repeat(AfterInterviewWithReason, 40)),
            new string('x', 200_000) + AfterInterviewWithReason,
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Pathological_input_returns_promptly(string input)
    {
        var watch = Stopwatch.StartNew();

        var error = Record.Exception(() =>
        {
            RejectionEmailExtractor.LooksLikeRejectionEmail(input);
            RejectionEmailExtractor.FillMissing(input, new RejectionCase());
        });

        watch.Stop();
        Assert.Null(error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void A_long_realistic_email_is_still_read_in_full()
    {
        var filler = string.Concat(Enumerable.Repeat("We shared this update with everyone who applied and we thank you for your patience. ", 200));
        var email = AfterInterviewWithReason.Replace("Best,", filler + "\n\nBest,", StringComparison.Ordinal);
        Assert.InRange(email.Length, 17_000, 20_000);

        var c = Extract(email);

        Assert.Equal("Fabrikam", c.Company);
        Assert.Equal("Software Engineer", c.Role);
        Assert.Equal(RejectionStage.Interview, c.Stage);
        Assert.StartsWith("Unfortunately, we have decided to move forward with candidates whose experience", c.Reason, StringComparison.Ordinal);
        Assert.Equal("Jordan Lee", c.ContactName);
        Assert.True(RejectionEmailExtractor.LooksLikeRejectionEmail(email));
    }

    [Fact]
    public void Only_the_first_20000_characters_are_read()
    {
        var email = new string('x', 20_000) + "\n" + AfterInterviewWithReason;

        var c = Extract(email);

        Assert.Null(c.Company);
        Assert.Null(c.ContactName);
    }

    private static RejectionCase Extract(string email)
    {
        var c = new RejectionCase();
        RejectionEmailExtractor.FillMissing(email, c);
        return c;
    }
}
