using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A misspelt role is asked about, not kept (issue 19): CoachBot offers the likely spelling and asks to
/// confirm, or asks the person to spell it when it cannot tell, and nothing misspelt reaches a draft.
/// </summary>
public sealed class RoleSpellingTranscriptTests
{
    private static string Offer(string role) => string.Format(CultureInfo.InvariantCulture, IntakeDialog.RoleSpellingPromptFormat, role);

    private static string SpellIt(string role) => string.Format(CultureInfo.InvariantCulture, IntakeDialog.RoleSpellItPromptFormat, role);

    [Fact]
    public async Task A_misspelt_role_in_the_story_is_offered_spelled_right_and_yes_takes_it()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("lamna healthcare turned me down for the markting cordinator role after the phone screen, they called yesterday"))
            .Asks(Offer("Marketing Coordinator"), IntakeDialog.YesSpelling, IntakeDialog.NoSpelling);
        var replies = await chat.Say(IntakeDialog.YesSpelling);

        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal("Marketing Coordinator", saved.Role);
        Assert.Contains("Marketing Coordinator", saved.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("markting", saved.Draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cordinator", saved.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_asks_the_person_to_spell_it_and_keeps_what_they_type()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("hi")).Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Lamna Healthcare")).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("sofware enginer")).Asks(Offer("Software Engineer"), IntakeDialog.YesSpelling, IntakeDialog.NoSpelling);

        (await chat.Say("no")).Asks(IntakeDialog.RoleSpellItAgainPrompt, IntakeDialog.RatherNotSay);
        var replies = (await chat.Say("Software Engineer in Test")).Asks(IntakeDialog.StagePrompt);

        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal("Software Engineer in Test", saved.Role);
    }

    [Fact]
    public async Task A_word_close_to_two_title_words_is_not_guessed_the_person_spells_it()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Lamna Healthcare");

        (await chat.Say("staff physicit")).Asks(SpellIt("Staff Physicit"), IntakeDialog.RatherNotSay);
        (await chat.Say("Staff Physician")).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Rather_not_say_leaves_the_role_out_of_the_draft_and_nothing_misspelt_goes_in()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Lamna Healthcare");
        (await chat.Say("markting cordinator")).Asks(Offer("Marketing Coordinator"));
        await chat.Say(IntakeDialog.NoSpelling);

        var replies = (await chat.Say(IntakeDialog.RatherNotSay)).Asks(IntakeDialog.StagePrompt);

        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Null(saved.Role);
        Assert.DoesNotContain("markting", saved.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_misspelt_role_typed_at_the_summary_is_asked_about_too()
    {
        await using var chat = TestConversation.Start();
        await chat.AnswerIntakeUntilSummary(await chat.Say("hi"), new IntakeAnswers { Company = "Lamna Healthcare", Role = "Buyer" });

        (await chat.Say("the role was reseacher")).Asks(Offer("Researcher"), IntakeDialog.YesSpelling, IntakeDialog.NoSpelling);
        (await chat.Say("yes")).Asks($"{IntakeDialog.SummaryIntro} Lamna Healthcare, Researcher, interviews, heard by e-mail earlier this week. {IntakeDialog.SummaryPrompt}");
    }

    [Theory]
    [InlineData("Data Analyst")]
    [InlineData("Internal Auditor")]
    [InlineData("Registered Nurses")]
    [InlineData("Data Wrangler")]
    [InlineData("Zorbalyst")]
    [InlineData("Merchandising Analyst Internship")]
    [InlineData("Graduate Geologist")]
    [InlineData("Marine Zoologist")]
    [InlineData("Graduate Marketing Programme")]
    [InlineData("Engineering Traineeship")]
    public async Task A_title_spelled_right_or_not_close_to_a_title_word_is_not_asked_about(string role)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Lamna Healthcare");

        (await chat.Say(role)).Asks(IntakeDialog.StagePrompt);
        Assert.Null(RoleSpelling.Doubt(role));
    }

    [Theory]
    [InlineData("junior acountant", "junior accountant")]
    [InlineData("Graphic Desinger", "Graphic Designer")]
    [InlineData("Sales Assosiate", "Sales Associate")]
    public void The_likely_spelling_is_offered_word_by_word_in_the_persons_case(string typed, string suggested) =>
        Assert.Equal(suggested, RoleSpelling.Doubt(typed)?.Suggested);

    [Fact]
    public async Task A_misspelt_role_in_a_correction_after_the_summary_is_asked_about_and_kept_out_of_the_case()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened(new IntakeAnswers { Company = "Lamna Healthcare" })).Asks(CheckInDialog.FeelingPrompt);

        (await chat.Say("actually the role was markting manager"))
            .Says(string.Format(CultureInfo.InvariantCulture, CaseDetails.LateRoleSpellingFormat, "Marketing Manager"))
            .Asks(CheckInDialog.FeelingPrompt);
        (await chat.Say("actually the role was Marketing Manager")).Says("Marketing Manager");

        var saved = await chat.FinishAfterIntake();
        Assert.Equal("Marketing Manager", saved.Role);
        Assert.DoesNotContain("markting", saved.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_misspelt_role_typed_under_the_draft_is_asked_about_and_never_drafted()
    {
        await using var chat = TestConversation.Start();
        var first = (await chat.ReachFirstDraft(new IntakeAnswers { Company = "Lamna Healthcare" })).Draft;

        var replies = (await chat.Say("actually the role was markting manager"))
            .Says(string.Format(CultureInfo.InvariantCulture, CaseDetails.LateRoleSpellingFormat, "Marketing Manager"))
            .Asks(ReplyDialog.RevisePrompt);

        Assert.All(replies.Drafts, draft => Assert.DoesNotContain("markting", draft, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Data Analyst", first, StringComparison.Ordinal);
    }

    private static async Task<RejectionCase> FinishIntakeAndCase(TestConversation chat, Replies replies)
    {
        replies = await chat.AnswerIntake(replies, new IntakeAnswers());
        replies.Asks(CheckInDialog.FeelingPrompt);
        var goals = await chat.Say(Walkthrough.Label(Choices.Feelings, Feeling.Disappointed));
        await chat.Sign(await chat.Say(goals.Buttons[0]));
        (await chat.Say(ReplyDialog.LooksGood)).Asks(Walkthrough.OfferPrompt());
        await chat.Say(FollowUpPlanDialog.NoThanks);
        return (await chat.History())[^1];
    }
}
