using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Sentences about oneself typed where a detail is asked (the safety check sees nothing in them) are
/// never kept: they are asked about again, never shown in the summary, never written into a draft.
/// </summary>
public sealed class FieldShapeTranscriptTests
{
    private const string SelfTalkAsCompany = "probably overthinking everything rn";
    private const string SelfTalkAsRole = "Honestly Rethinking Everything Tbh";
    private const string SelfTalkAsContact = "totally overthinking tbh";
    private const string WhatIDidAsReason = "I froze on the whiteboard part";

    [Fact]
    public async Task A_sentence_about_oneself_at_the_company_question_is_asked_about_again_and_not_kept()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("hi")).Asks(IntakeDialog.CompanyOrEmailPrompt);

        (await chat.Say(SelfTalkAsCompany)).Asks(IntakeDialog.CompanyAgainPrompt, IntakeDialog.RatherNotSay);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);

        await chat.AnswerIntake(await chat.Say("Data Analyst"), new IntakeAnswers());
        var saved = await chat.FinishAfterIntake();
        Assert.Equal("Contoso", saved.Company);
        AssertNowhere(saved, "overthinking");
    }

    [Fact]
    public async Task Sentences_about_oneself_at_every_name_question_leave_the_summary_and_the_draft_neutral()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say(SelfTalkAsCompany)).Asks(IntakeDialog.CompanyAgainPrompt);
        (await chat.Say(SelfTalkAsCompany)).Asks(IntakeDialog.RolePrompt);
        (await chat.Say(SelfTalkAsRole)).Asks(IntakeDialog.RoleAgainPrompt);
        (await chat.Say(SelfTalkAsRole)).Asks(IntakeDialog.StagePrompt);
        await chat.Say("Interview");
        await chat.Say("By e-mail");
        (await chat.Say("Earlier this week")).Asks(IntakeDialog.ReasonPrompt);
        (await chat.Say(IntakeDialog.NoReason)).Asks(IntakeDialog.ContactPrompt);
        (await chat.Say(SelfTalkAsContact)).Asks(IntakeDialog.ContactAgainPrompt, IntakeDialog.SkipContact);
        var summary = (await chat.Say(SelfTalkAsContact)).Says(IntakeDialog.SummaryIntro);

        summary.Says("company not given, role not given").DoesNotSay("verthinking").DoesNotSay("Rethinking");
        var saved = await chat.FinishAfterIntake();
        Assert.Equal((null, null, null), (saved.Company, saved.Role, saved.ContactName));
        Assert.StartsWith("Dear hiring team,", saved.Draft, StringComparison.Ordinal);
        AssertNowhere(saved, "overthinking");
        AssertNowhere(saved, "rethinking");
    }

    [Fact]
    public async Task What_the_person_did_is_not_the_employers_reason_it_is_asked_again_then_let_go()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ReasonPrompt);

        (await chat.Say(WhatIDidAsReason)).Asks($"{IntakeDialog.ChoiceAgainLead} {IntakeDialog.ReasonPrompt}", IntakeDialog.NoReason);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(WhatIDidAsReason), new IntakeAnswers { Contact = "Sam Rivera" });

        summary.DoesNotSay("reason:").DoesNotSay("whiteboard");
        var saved = await chat.FinishAfterIntake();
        Assert.Null(saved.Reason);
        AssertNowhere(saved, "whiteboard");
    }

    [Fact]
    public async Task The_employers_reason_after_a_sentence_about_oneself_is_kept()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ReasonPrompt);

        (await chat.Say(WhatIDidAsReason)).Asks($"{IntakeDialog.ChoiceAgainLead} {IntakeDialog.ReasonPrompt}");
        (await chat.Say("They wanted someone with more Python")).Asks(IntakeDialog.ContactPrompt);
        await chat.Say(IntakeDialog.SkipContact);

        Assert.Equal("They wanted someone with more Python", (await chat.FinishAfterIntake()).Reason);
    }

    [Fact]
    public async Task A_story_whose_because_is_about_oneself_keeps_the_company_but_not_that_reason()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var next = (await chat.Say("Contoso turned me down because I froze on the whiteboard part")).Asks(IntakeDialog.RolePrompt);

        var summary = await chat.AnswerIntakeUntilSummary(next, new IntakeAnswers { Reason = "More experience, they said", Contact = "Sam Rivera" });
        summary.Says("reason: \"More experience, they said\"").DoesNotSay("whiteboard");
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(("Contoso", "More experience, they said"), (saved.Company, saved.Reason));
    }

    [Theory]
    [InlineData("it was priya from HR", "Priya")]
    [InlineData("Tom Becker, the recruiter", "Tom Becker")]
    [InlineData("she's Dr Okafor in admissions", "Dr. Okafor")]
    public async Task A_name_said_with_words_around_it_at_the_contact_question_is_kept_without_them(string answer, string name)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ContactPrompt);

        (await chat.Say(answer)).Says($"contact: {name}.").DoesNotSay(IntakeDialog.ContactAgainPrompt);

        Assert.Equal(name, (await chat.FinishAfterIntake()).ContactName);
    }

    private static void AssertNowhere(RejectionCase saved, string words)
    {
        Assert.DoesNotContain(words, saved.Draft ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(words, JsonSerializer.Serialize(saved), StringComparison.OrdinalIgnoreCase);
    }
}
