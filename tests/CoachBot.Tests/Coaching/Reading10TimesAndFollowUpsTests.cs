using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Activities;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's tenth round (issue 19): when they heard, kept as said ("last week", "about three weeks ago") and said
/// back in the summary; a follow-up the person already sent, read (how, how often, when) and said back. Sentences of our own.
/// </summary>
public class Reading10TimesAndFollowUpsTests
{
    [Theory]
    [InlineData("they emailed me last week", "heard by e-mail last week")]
    [InlineData("they emailed me 10 days ago", "heard by e-mail ten days ago")]
    [InlineData("they emailed me about 3 weeks ago", "heard by e-mail about three weeks ago")]
    [InlineData("they emailed me two months ago", "heard by e-mail about two months ago")]
    public async Task When_they_heard_is_said_back_as_the_person_said_it(string said, string summaryWords)
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say($"Contoso rejected me for the data analyst role after the interview, {said}"));

        summary.Says(summaryWords).DoesNotSay("a while ago");
    }

    [Fact]
    public async Task The_last_word_from_a_silent_employer_is_said_back_as_said()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Fabrikam ghosted me after the final round for the data analyst role, it's been 3 weeks and nothing"));

        summary.Says("last heard from them about three weeks ago");
    }

    [Fact]
    public async Task A_time_typed_at_the_when_question_is_said_back()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Contoso rejected me for the data analyst role after the interview, they emailed me"))
            .Asks(IntakeDialog.HeardWhenPrompt);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("a fortnight ago"));

        summary.Says("heard by e-mail about two weeks ago");
    }

    [Fact]
    public void A_time_said_that_no_longer_fits_the_time_kept_gives_way_to_it()
    {
        // "3 weeks ago" read, then "Yesterday" tapped to correct it: the summary says what was chosen last.
        var rejection = new RejectionCase
        {
            Company = "Contoso",
            Role = "Data Analyst",
            HeardVia = HeardVia.Email,
            HeardWhen = HeardWhen.Yesterday,
            HeardAgo = new TimeAgo { Days = 21, Unit = TimeAgoUnit.Weeks, Count = 3 },
        };

        Assert.Contains("heard by e-mail yesterday", IntakeDialog.Summary(rejection), StringComparison.Ordinal);
        Assert.Null(ElapsedTime.HeardSaid(rejection));
    }

    [Fact]
    public void A_stored_case_without_the_new_members_reads_as_before()
    {
        const string older = """{"Company":"Contoso","Role":"Data Analyst","HeardVia":0,"HeardWhen":3,"StartedAt":"2026-12-01T10:00:00+00:00"}""";

        var rejection = JsonSerializer.Deserialize<RejectionCase>(older, ActivityJson.Options)!;

        Assert.Null(rejection.HeardAgo);
        Assert.Null(rejection.FollowedUpAlready);
        Assert.Equal("Contoso, Data Analyst, heard by e-mail a while ago.", IntakeDialog.Summary(rejection));
    }

    [Fact]
    public void The_new_members_are_stored_and_read_back()
    {
        var rejection = new RejectionCase
        {
            HeardWhen = HeardWhen.EarlierThanThat,
            HeardAgo = new TimeAgo { Days = 7, Unit = TimeAgoUnit.LastWeek },
            FollowedUpAlready = new EarlierFollowUp { Channel = FollowUpChannel.LinkedIn, Times = 2 },
        };

        var read = JsonSerializer.Deserialize<RejectionCase>(JsonSerializer.Serialize(rejection, ActivityJson.Options), ActivityJson.Options)!;

        Assert.Equal(TimeAgoUnit.LastWeek, read.HeardAgo!.Unit);
        Assert.Equal(FollowUpChannel.LinkedIn, read.FollowedUpAlready!.Channel);
        Assert.Equal(2, read.FollowedUpAlready.Times);
        Assert.Equal("last week", ElapsedTime.HeardSaid(read));
    }

    [Theory]
    [InlineData("Fabrikam ghosted me after the final interview for the data analyst role 3 weeks ago. i emailed the recruiter last week, nothing", "you followed up by e-mail last week")]
    [InlineData("no word from Fabrikam since my final interview for the data analyst role a month ago. chased them twice on linkedin", "you followed up twice on LinkedIn")]
    [InlineData("Fabrikam went silent after my interview for the data analyst role two weeks ago, i've sent two follow-up emails and heard nothing", "you followed up twice by e-mail")]
    public async Task A_follow_up_already_sent_is_read_and_said_back(string story, string summaryWords)
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(story));

        summary.Says(summaryWords);
        var rejection = await chat.FinishAfterIntake();
        Assert.NotNull(rejection.FollowedUpAlready);
    }

    [Theory]
    [InlineData("called HR on friday, no callback", FollowUpChannel.Call, null, "you followed up by phone last Friday")]
    [InlineData("i emailed the recruiter last week, nothing", FollowUpChannel.Email, null, "you followed up by e-mail last week")]
    [InlineData("chased them twice on linkedin", FollowUpChannel.LinkedIn, 2, "you followed up twice on LinkedIn")]
    [InlineData("I followed up 3 times already and no reply", null, 3, "you followed up three times")]
    public void A_follow_up_is_read_with_how_and_when(string story, FollowUpChannel? channel, int? times, string said)
    {
        var followUp = FollowUpReading.Read(story, ghosted: true, DayOfWeek.Monday);

        Assert.NotNull(followUp);
        Assert.Equal(channel, followUp.Channel);
        Assert.Equal(times, followUp.Times);
        Assert.Equal(said, FollowUpReading.Say(followUp));
    }

    [Theory]
    [InlineData("Contoso rejected me, the recruiter emailed me last week", false)]
    [InlineData("it's been three weeks since the interview, should i follow up?", true)]
    [InlineData("I haven't chased them yet, is it too soon?", true)]
    [InlineData("I emailed Dr Okafor about a place in her lab and she replied last week that there is no funding", false)]
    [InlineData("they called me on monday to say no", false)]
    public void Their_doing_a_plan_or_how_the_story_began_is_no_follow_up(string story, bool ghosted)
    {
        Assert.Null(FollowUpReading.Read(story, ghosted, DayOfWeek.Monday));
    }
}
