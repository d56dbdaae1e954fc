using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>What the person types for the letter is read first: a decline's reason is worded by its kind or left to them, and a point in chat words is left out with a word why.</summary>
public sealed class DraftOwnWordsTranscriptTests
{
    [Fact]
    public async Task A_reason_for_declining_typed_as_in_a_chat_is_worded_professionally()
    {
        await using var chat = TestConversation.Start();

        var draft = await DeclineWith(chat, "the pay is kinda low tbh");

        Assert.DoesNotContain("kinda", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("the pay is", draft, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\b(?:compensation|salary)\b", draft);
    }

    [Fact]
    public async Task A_reason_the_letter_cannot_word_is_left_to_the_person_who_is_told_so()
    {
        await using var chat = TestConversation.Start();

        var draft = await DeclineWith(chat, "my gut says no and i can't really explain it");

        Assert.DoesNotContain("gut", draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(chat.LastReplies!.Texts, line => line.Contains(DeclineReasons.LeftToYou, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_point_in_chat_words_is_left_out_and_the_person_is_told_why()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.AddPoint)).Asks(ReplyDialog.AddPointPrompt);

        var replies = (await chat.Say("i kinda wanna say my portfolio is way better now lol")).Says(ReplyDialog.ChatPointLeftOut).Asks(ReplyDialog.RevisePrompt);

        Assert.Empty(replies.Drafts);
        var final = (await chat.Say(ReplyDialog.LooksGood)).Drafts.Single();
        Assert.DoesNotContain("portfolio", final, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> DeclineWith(TestConversation chat, string reason)
    {
        (await chat.Say("I declined the offer from Adventure Works for the Project Manager role")).Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        (await chat.Say(reason)).Asks(IntakeDialog.ContactPrompt);
        await chat.AnswerIntake(await chat.Say("Tom"), new IntakeAnswers());
        return (await chat.Say("Relieved")).DoesNotSay(ReplyDialog.GoalPrompt).Asks(ReplyDialog.RevisePrompt).Draft;
    }
}
