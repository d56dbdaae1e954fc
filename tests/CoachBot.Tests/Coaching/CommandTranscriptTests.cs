using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

public sealed class CommandTranscriptTests
{
    private static readonly string[] StageButtons = Labels(Choices.Stages);

    /// <summary>Starts a case and answers up to the stage question.</summary>
    private static async Task ReachStage(TestConversation chat)
    {
        await chat.Say("hi");
        await chat.Say("Contoso");
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }

    private static IReadOnlyList<string> DraftsIn(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(attachment => attachment.ContentType == ReplyDialog.DraftContentType)
            .Select(attachment => attachment.Content!.Value.GetProperty("text").GetString()!)
            .ToList();

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("Help!")]
    [InlineData("?")]
    [InlineData("What can you do?")]
    [InlineData("commands")]
    public async Task Help_explains_what_coachbot_does_then_asks_the_same_question_again(string command)
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);

        var replies = (await chat.Say(command)).Asks(IntakeDialog.StagePrompt, StageButtons);

        Assert.Equal([CoachingBot.HelpText, IntakeDialog.StagePrompt], replies.Texts);
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardViaPrompt);
    }

    [Theory]
    [InlineData("\U0001F44D")]
    [InlineData("...")]
    [InlineData("")]
    public async Task A_message_with_no_words_is_an_answer_not_understood_rather_than_a_command(string text)
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);

        var replies = await chat.Say(text);

        Assert.Equal([$"{Prompt<FoundChoice>.DefaultRetryLead} {IntakeDialog.StagePrompt}"], replies.Texts);
    }

    [Fact]
    public async Task Help_as_the_very_first_message_gets_the_welcome_and_the_first_question()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("help"))
            .Says("I'm CoachBot, an AI career coach")
            .Asks(IntakeDialog.CompanyOrEmailPrompt);
    }

    [Fact]
    public async Task Help_does_not_use_up_an_attempt_at_the_question()
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);
        await chat.Say("purple");

        await chat.Say("help");

        (await chat.Say("blue")).Asks(IntakeDialog.HeardViaPrompt);
        (await chat.Say("By e-mail")).Asks(IntakeDialog.HeardWhenPrompt);
    }

    [Fact]
    public async Task Help_at_a_free_text_question_is_not_taken_as_the_answer()
    {
        var drafter = new ScriptedDrafter();
        await using var chat = TestConversation.Start(configure: builder => builder.Services.AddSingleton<IReplyDrafter>(drafter));
        await chat.ReachFirstDraft();
        await chat.Say(ReplyDialog.AddPoint);

        (await chat.Say("help")).Says(CoachingBot.HelpText).Asks(ReplyDialog.AddPointPrompt);
        (await chat.Say("I'm still keen on the team.")).Says(ReplyDialog.RevisedDraftIntro);

        Assert.Equal(["I'm still keen on the team."], drafter.LastRequest.Style.OwnPoints);
    }

    [Fact]
    public async Task A_sentence_that_merely_mentions_a_command_is_an_answer()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Interview");
        await chat.Say("By e-mail");
        await chat.Say("Today");

        (await chat.Say("They said I should stop by again next year")).Asks(IntakeDialog.ContactPrompt);
        await chat.Say("Skip");

        Assert.Equal("They said I should stop by again next year", (await chat.FinishAfterIntake()).Reason);
    }

    [Fact]
    public async Task Help_mentions_the_organisations_counselors_when_it_has_them()
    {
        await using var chat = TestConversation.Start(configure: builder =>
        {
            builder.Configuration["CoachBot:Organizations:Default:BookingUrl"] = "https://careers.example.edu/book";
            builder.Configuration["CoachBot:Organizations:Default:CounselingContact"] = "Counseling Center, 555-0100 (24/7)";
        });
        await ReachStage(chat);

        (await chat.Say("help"))
            .Says($"{CoachingBot.HelpText}\nTo talk it through with a person, book a career counselor: https://careers.example.edu/book\nIf things feel heavy, you can reach Counseling Center, 555-0100 (24/7).")
            .Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task History_before_any_finished_case_says_so_and_asks_the_same_question_again()
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);

        var replies = (await chat.Say("history")).Asks(IntakeDialog.StagePrompt, StageButtons);

        Assert.Equal([History.NoHistory, IntakeDialog.StagePrompt], replies.Texts);
    }

    [Fact]
    public async Task History_lists_finished_cases_newest_first_with_their_final_drafts()
    {
        await using var chat = TestConversation.Start();
        var first = await chat.FinishCase(new IntakeAnswers { Company = "Contoso", Role = "Data Analyst", Stage = RejectionStage.Interview });
        chat.Clock.Advance(TimeSpan.FromDays(2));
        var second = await chat.FinishCase(new IntakeAnswers { Company = "Fabrikam", Role = "Product Designer", Stage = RejectionStage.OfferRescinded });

        var replies = (await chat.Say("History")).AsksNothing();

        Assert.Equal(
            [
                History.HistoryIntro,
                "Fabrikam, Product Designer: offer rescinded, Nov 24, 2026. Your final draft:",
                "Contoso, Data Analyst: interview, Nov 22, 2026. Your final draft:",
            ],
            replies.Texts);
        Assert.Equal([second.Draft!], DraftsIn(replies.Activities[1]));
        Assert.Equal([first.Draft!], DraftsIn(replies.Activities[2]));
        Assert.NotEqual(first.Draft, second.Draft);
    }

    [Fact]
    public async Task History_in_the_middle_of_a_case_lists_the_past_ones_then_asks_the_same_question_again()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase();
        await ReachStage(chat);

        var replies = (await chat.Say("show history")).Asks(IntakeDialog.StagePrompt, StageButtons);

        Assert.Equal([History.HistoryIntro, "Contoso, Data Analyst: interview, Nov 22, 2026. Your final draft:", IntakeDialog.StagePrompt], replies.Texts);
    }

    [Fact]
    public async Task History_shows_the_five_newest_cases()
    {
        await using var chat = TestConversation.Start();
        for (var i = 1; i <= 6; i++)
        {
            await chat.FinishCase(new IntakeAnswers { Company = $"Contoso {i}" });
        }

        var replies = await chat.Say("history");

        Assert.Equal(
            ["Contoso 6", "Contoso 5", "Contoso 4", "Contoso 3", "Contoso 2"],
            replies.Texts.Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_case_with_details_not_given_is_listed_with_placeholders()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        var tooLong = new string('x', 101);
        await chat.Say(tooLong);
        await chat.Say(tooLong);

        (await chat.Say(new string('y', 101))).Asks(IntakeDialog.RoleAgainPrompt);
        await chat.Say(new string('y', 101));
        await chat.Say("hmm");
        await chat.Say("hmm");
        await chat.AnswerIntake(await chat.Say("By e-mail"), new IntakeAnswers());
        await chat.FinishAfterIntake();

        (await chat.Say("history")).Says("A company, role not given: stage not given, Nov 22, 2026. Your final draft:");
    }

    [Theory]
    [InlineData("start over")]
    [InlineData("Start over!")]
    [InlineData("RESTART")]
    [InlineData("new rejection")]
    public async Task Start_over_in_the_middle_begins_a_fresh_case(string command)
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);
        await chat.Say("Interview");

        var replies = (await chat.Say(command)).Asks(IntakeDialog.CompanyOrEmailPrompt);

        Assert.Equal([CoachingBot.StartingOver, IntakeDialog.CompanyOrEmailPrompt], replies.Texts);
        (await chat.Say("Fabrikam")).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Product Designer")).Asks(IntakeDialog.StagePrompt);
        await chat.AnswerIntake(await chat.Say("Final round"), new IntakeAnswers());
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(("Fabrikam", "Product Designer", RejectionStage.FinalRound), (saved.Company, saved.Role, saved.Stage));
        Assert.Single(await chat.History());
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Stop.")]
    [InlineData("  QUIT ")]
    [InlineData("cancel")]
    public async Task Stop_in_the_middle_stops_and_saying_hi_later_starts_again(string command)
    {
        await using var chat = TestConversation.Start();
        await ReachStage(chat);

        var stopped = (await chat.Say(command)).AsksNothing();

        Assert.Equal([CoachingBot.Stopped], stopped.Texts);
        Assert.Empty(await chat.History());
        (await chat.Say("hi")).Asks("Last time we were working on Contoso: continue, or start a new one?", CoachingBot.Continue, CoachingBot.StartNew);
        var again = (await chat.Say(CoachingBot.StartNew)).Asks(IntakeDialog.CompanyOrEmailPrompt);
        Assert.Equal([IntakeDialog.CompanyOrEmailPrompt], again.Texts);
    }

    [Fact]
    public async Task Stop_keeps_the_cases_already_finished()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase();
        await ReachStage(chat);

        await chat.Say("stop");

        Assert.Single(await chat.History());
    }

    [Fact]
    public async Task History_keeps_the_most_recent_cases_and_lets_the_oldest_go()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        for (var i = 0; i <= CoachingBot.HistoryKept; i++)
        {
            await chat.FinishCase(new IntakeAnswers { Company = $"Contoso {i}" });
        }

        var history = (await chat.History());
        Assert.Equal(CoachingBot.HistoryKept, history.Count);
        Assert.Equal("Contoso 1", history[0].Company);
        Assert.Equal($"Contoso {CoachingBot.HistoryKept}", history[^1].Company);
        // The case let go is deleted with its feelings, not just unlisted.
        Assert.Equal(CoachingBot.HistoryKept, storage.Keys.Count(key => key.Contains("/case/", StringComparison.Ordinal) && !key.EndsWith("/feelings", StringComparison.Ordinal)));
        Assert.Equal(CoachingBot.HistoryKept, storage.Keys.Count(key => key.EndsWith("/feelings", StringComparison.Ordinal)));
    }
}
