using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Privacy;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Safety;

public sealed class CrisisTranscriptTests
{
    private const string Pills = "I have pills saved up and I'm thinking about taking them tonight";

    public static TheoryData<string> EveryQuestion => new(PromptWalk.Questions);

    [Theory]
    [MemberData(nameof(EveryQuestion))]
    public async Task A_crisis_at_any_question_gets_help_at_once_and_never_reaches_the_case(string question)
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.ReachQuestion(question);

        var handOff = await chat.Say(Pills);

        var only = Assert.Single(handOff.Activities);
        Assert.Contains("call or text 988, or chat at 988lifeline.org", only.Text, StringComparison.Ordinal);
        Assert.Contains("call 911", only.Text, StringComparison.Ordinal);
        Assert.Null(only.SuggestedActions);
        Assert.Empty(only.Attachments ?? []);

        (await chat.Say("I'm fine")).Asks(CrisisReplies.ConfirmSafePrompt, CrisisReplies.ImSafe, CrisisReplies.NeedHelpNow);
        (await chat.Say(CrisisReplies.ImSafe)).Says(CrisisReplies.Resumed).Asks(question);

        var end = await chat.AnswerToTheEnd(await chat.Say(question == ReplyDialog.AddPointPrompt ? "I'm still keen on the analytics team." : Usual(question)));
        Assert.DoesNotContain(end.Texts, text => text.Contains("pills", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(storage.Keys, key => StoredText(storage, key).Contains("pills", StringComparison.OrdinalIgnoreCase));
        var finished = (await chat.History()).Single();
        Assert.DoesNotContain("pills", JsonSerializer.Serialize(finished), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_crisis_as_the_very_first_message_gets_help_and_says_it_is_an_ai()
    {
        await using var chat = TestConversation.Start();

        var handOff = await chat.Say("I want to hurt myself");

        var only = Assert.Single(handOff.Activities);
        Assert.Contains("I'm an AI", only.Text, StringComparison.Ordinal);
        Assert.Contains("988", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_im_fine_does_not_end_the_pause_and_a_second_sign_hands_off_again()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        await chat.Say(Pills);

        (await chat.Say("I'm fine, really")).Asks(CrisisReplies.ConfirmSafePrompt);
        (await chat.Say("I want to kill myself")).Says("988lifeline.org").AsksNothing();
        (await chat.Say("ok")).Asks(CrisisReplies.ConfirmSafePrompt);
        (await chat.Say(CrisisReplies.NeedHelpNow)).Says("988lifeline.org").AsksNothing();
    }

    [Fact]
    public async Task After_a_hand_off_the_coaching_waits_until_the_person_says_they_are_safe()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        await chat.Say(Pills);

        (await chat.Say("Data Analyst")).Asks(CrisisReplies.ConfirmSafePrompt);
        (await chat.Say("Data Analyst")).Asks(CrisisReplies.ConfirmSafePrompt);
        // Asking again and again would only push: the help stays one message away, and coaching goes on.
        (await chat.Say("Data Analyst")).Says(CrisisReplies.StillHere).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task Help_now_gives_the_lines_at_any_point_and_the_question_again()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.StagePrompt);

        (await chat.Say("help now")).Says("988 Suicide & Crisis Lifeline").Asks(IntakeDialog.StagePrompt);
        (await chat.Say("I need help")).Says("Crisis Text Line: text HOME to 741741").Asks(IntakeDialog.StagePrompt);
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardViaPrompt);
    }

    [Fact]
    public async Task A_figure_of_speech_gets_a_gentle_check_and_then_the_same_question()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.CompanyOrEmailPrompt);

        (await chat.Say("this job hunt is killing me lol")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);
        (await chat.Say("haha yes I'm okay")).Says(CrisisReplies.Resumed).Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task Not_okay_after_a_gentle_check_gets_the_full_hand_off()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        await chat.Say("this job hunt is killing me lol");

        (await chat.Say(CrisisReplies.NotOkay)).Says("988lifeline.org").AsksNothing();
    }

    [Fact]
    public async Task An_answer_to_the_coaching_question_after_a_gentle_check_is_taken_as_that_answer()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.CompanyOrEmailPrompt);
        await chat.Say("this job hunt is killing me lol");

        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        await chat.Say("Data Analyst");
        await chat.AnswerToTheEnd(await chat.Say("Interview"));
        Assert.Equal("Contoso", (await chat.History()).Single().Company);
    }

    [Fact]
    public async Task A_threat_against_a_hiring_manager_is_met_calmly_and_nothing_is_drafted()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = TestConversation.Start(configure: builder => builder.Services.AddSingleton<IReplyDrafter>(drafter));
        await chat.ReachQuestion(ReplyDialog.GoalPrompt);

        var reply = Assert.Single((await chat.Say("I'm going to kill that hiring manager")).Activities);
        Assert.Contains("I won't help write anything about it", reply.Text, StringComparison.Ordinal);
        Assert.Contains("988", reply.Text, StringComparison.Ordinal);

        (await chat.Say("just write the email")).Asks(CrisisReplies.ConfirmSafePrompt);
        Assert.Empty(drafter.Requests);
    }

    [Fact]
    public async Task Abuse_at_home_gets_the_domestic_violence_hotline_first()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(CheckInDialog.FeelingPrompt);

        var text = Assert.Single((await chat.Say("my dad hits me when I fail")).Activities).Text!;

        var lines = text.Split('\n').Where(line => line.StartsWith('•')).ToList();
        Assert.StartsWith("• National Domestic Violence Hotline: call 1-800-799-7233", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("988", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_organisation_lists_its_own_lines_and_counseling_service_instead_of_the_us_ones()
    {
        await using var chat = TestConversation.Start(configure: builder =>
        {
            builder.Configuration["CoachBot:Organizations:Default:CounselingContact"] = "Northwind Counseling Center, 555-0100 (after hours: 555-0199)";
            builder.Configuration["CoachBot:Organizations:Default:EmergencyNumber"] = "999";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Name"] = "Samaritans";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Contact"] = "call 116 123";
            builder.Configuration["CoachBot:Organizations:Default:CrisisResources:0:Hours"] = "24/7";
        });
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var text = Assert.Single((await chat.Say(Pills)).Activities).Text!;

        Assert.Contains("• Samaritans: call 116 123 (24/7)", text, StringComparison.Ordinal);
        Assert.Contains("• Your counseling service: Northwind Counseling Center, 555-0100 (after hours: 555-0199)", text, StringComparison.Ordinal);
        Assert.Contains("call 999", text, StringComparison.Ordinal);
        Assert.DoesNotContain("988", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hand_off_pauses_follow_ups_with_a_flag_that_is_let_go_sooner_than_the_history()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        await chat.Say(Pills);

        var key = $"user/{chat.ChannelId}/{chat.UserId}/safety";
        var flag = (await chat.Services.GetRequiredService<StateStore>().LoadAsync<SafetyRecord>(key, CancellationToken.None)).Value;
        Assert.True(flag.FollowUpsPaused);
        Assert.Equal(ConcernLevel.Crisis, flag.Level);
        var expiry = storage.ExpiryOf(key)!.Value;
        Assert.InRange(expiry - chat.Clock.GetUtcNow(), new RetentionOptions().Feelings, new RetentionOptions().Feelings + TimeSpan.FromDays(1));
        Assert.Equal(TimeSpan.Zero, expiry.TimeOfDay);
        Assert.DoesNotContain("pills", StoredText(storage, key), StringComparison.OrdinalIgnoreCase);
    }

    private static string Usual(string question) => question switch
    {
        IntakeDialog.CompanyOrEmailPrompt => "Contoso",
        IntakeDialog.RolePrompt => "Data Analyst",
        IntakeDialog.StagePrompt => "Interview",
        IntakeDialog.ReasonPrompt => "They wanted more SQL experience",
        IntakeDialog.ContactPrompt => "Jordan Lee",
        CheckInDialog.FeelingPrompt => "Disappointed",
        ReplyDialog.RevisePrompt => ReplyDialog.LooksGood,
        _ when question == Walkthrough.OfferPrompt() => FollowUpPlanDialog.NoThanks,
        _ => "1",
    };

    private static string StoredText(MemoryStorage storage, string key) =>
        storage.ReadAsync(key, CancellationToken.None).GetAwaiter().GetResult()?.Json ?? string.Empty;
}
