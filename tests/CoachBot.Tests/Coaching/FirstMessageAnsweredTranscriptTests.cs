using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A first message that the safety check or the scope answers before any welcome, walked by hand: the welcome
/// (which says CoachBot is an AI) follows the answer, and the next message is read, not lost to a late welcome.
/// </summary>
public sealed class FirstMessageAnsweredTranscriptTests
{
    private static readonly string WelcomeText = string.Format(CultureInfo.InvariantCulture, CoachingBot.Welcome, string.Empty);

    [Fact]
    public async Task After_a_gentle_check_on_the_first_message_the_welcome_comes_with_the_first_question_and_the_next_answer_is_read()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("this job hunt is killing me lol")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        // Nothing was under way yet, so nothing is "picked up": the welcome follows the thanks.
        (await chat.Say(CrisisReplies.ImOkay)).Says(CrisisReplies.Resumed).DoesNotSay(CrisisReplies.PickUp).Says(WelcomeText).Asks(IntakeDialog.CompanyOrEmailPrompt);

        (await chat.Say("it was Fabrikam")).Asks(IntakeDialog.RolePrompt).DoesNotSay(WelcomeText);
    }

    [Fact]
    public async Task After_a_first_message_the_scope_answers_the_welcome_comes_with_the_first_question_and_the_next_answer_is_read()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("is it legal for them to reject me because of my visa? should i sue")).Says("I can't give legal advice").Says(WelcomeText);

        (await chat.Say("it was Globex")).Asks(IntakeDialog.RolePrompt).DoesNotSay(WelcomeText);
    }

    [Fact]
    public async Task Later_in_the_conversation_the_scope_answer_asks_the_waiting_question_again_without_a_second_welcome()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");

        (await chat.Say("should i sue them?")).Says("I can't give legal advice").DoesNotSay(WelcomeText).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task After_a_gentle_check_later_in_the_conversation_the_coaching_is_picked_up_where_it_was()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        (await chat.Say("this job hunt is killing me lol")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        (await chat.Say(CrisisReplies.ImOkay)).Says($"{CrisisReplies.Resumed} {CrisisReplies.PickUp}").DoesNotSay(WelcomeText).Asks(IntakeDialog.RolePrompt);
    }
}
