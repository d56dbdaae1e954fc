using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Llm;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Llm;

/// <summary>Whatever goes wrong with the model, the person gets the built-in drafter's draft, checked by the rubric.</summary>
public sealed class ModelFailureTests
{
    private static DraftRequest Request() => new(
        new RejectionCase { Company = "Fabrikam", Role = "UX Designer", Stage = RejectionStage.FinalRound, ContactName = "Tom Becker" },
        ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Sam Ortiz");

    private const string GoodDraft = "Dear Tom Becker,\n\nThank you for the final-round interviews for the UX Designer role at Fabrikam. I would welcome being considered for future openings and hope we can stay in touch.\n\nBest regards,\nSam Ortiz";

    public static TheoryData<string, FakeAnswer[]> Failures => new()
    {
        { "500 twice (the SDK's one retry)", [new FakeAnswer.Status(500), new FakeAnswer.Status(500)] },
        { "malformed stream", [new FakeAnswer.Malformed()] },
        { "empty answer, twice", [new FakeAnswer.Text(""), new FakeAnswer.Text("")] },
        { "placeholders, twice", [new FakeAnswer.Text(GoodDraft.Replace("Sam Ortiz", "[Your Name]")), new FakeAnswer.Text("Dear [Hiring Manager],\n\nThank you for the interviews for the UX Designer role at Fabrikam. I would welcome future openings.\n\nBest regards,\n[Your Name]")] },
        { "an invented name, twice", [new FakeAnswer.Text(GoodDraft.Replace("Dear Tom Becker", "Dear Melissa Grant")), new FakeAnswer.Text(GoodDraft.Replace("Dear Tom Becker", "Dear Melissa Grant"))] },
        { "hostile after an injection, twice", [new FakeAnswer.Text("Dear Tom Becker,\n\nYour process was a joke and you wasted my time at Fabrikam.\n\nSam Ortiz"), new FakeAnswer.Text("I hate you.")] },
        { "invented experience, twice", [new FakeAnswer.Text(GoodDraft.Replace("I would welcome", "I led a team of twelve designers, and I would welcome")), new FakeAnswer.Text(GoodDraft.Replace("I would welcome", "With my 10 years of experience, I would welcome"))] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task The_built_in_drafter_answers(string what, FakeAnswer[] answers)
    {
        _ = what;
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(answers);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        var drafter = chat.Services.GetRequiredService<IReplyDrafter>();

        var draft = await drafter.DraftAsync(Request(), CancellationToken.None);

        Assert.Equal(await new BuiltInDrafter().DraftAsync(Request(), CancellationToken.None), draft);
        Assert.True(DraftRubric.Check(draft, Request()).Passed);
        Assert.Equal(answers.Length, fake.Requests.Count);
    }

    [Fact]
    public async Task A_failed_check_is_retried_once_and_the_second_answer_kept_when_it_passes()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Text(GoodDraft.Replace("Sam Ortiz", "[Your Name]")), new FakeAnswer.Text(GoodDraft));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));

        var draft = await chat.Services.GetRequiredService<IReplyDrafter>().DraftAsync(Request(), CancellationToken.None);

        Assert.Equal(GoodDraft, draft);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task A_429_is_retried_by_the_sdk_alone_honouring_retry_after()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Status(429, RetryAfter: "0"), new FakeAnswer.Text(GoodDraft));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));

        var draft = await chat.Services.GetRequiredService<IReplyDrafter>().DraftAsync(Request(), CancellationToken.None);

        Assert.Equal(GoodDraft, draft);
        // One retry by the SDK, none on top of it.
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task A_429_asking_to_wait_longer_than_the_total_timeout_falls_back_without_a_second_request()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Status(429, RetryAfter: "120"));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, settings: new Dictionary<string, string?> { ["TotalTimeout"] = "00:00:00.300", ["FirstTokenTimeout"] = "00:00:00.300" }));

        var draft = await chat.Services.GetRequiredService<IReplyDrafter>().DraftAsync(Request(), CancellationToken.None);

        Assert.Equal(await new BuiltInDrafter().DraftAsync(Request(), CancellationToken.None), draft);
        Assert.Single(fake.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stall_past_the_timeout_on_the_fake_clock_falls_back(bool afterFirstWords)
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Stall(afterFirstWords));
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder => builder.Services.AddSingleton<TimeProvider>(clock)));
        var drafter = chat.Services.GetRequiredService<IReplyDrafter>();
        var shown = new List<string>();
        var firstWordsShown = new TaskCompletionSource();

        var drafting = drafter is IStreamingReplyDrafter streaming
            ? streaming.StreamAsync(Request(), (piece, _) => { shown.Add(piece); firstWordsShown.TrySetResult(); return Task.CompletedTask; }, CancellationToken.None)
            : throw new InvalidOperationException("The model drafter streams.");
        await fake.Stalled;
        if (afterFirstWords)
        {
            await firstWordsShown.Task;
        }

        Assert.False(drafting.IsCompleted);
        clock.Advance(afterFirstWords ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(8));
        var draft = await drafting;

        Assert.Equal(await new BuiltInDrafter().DraftAsync(Request(), CancellationToken.None), draft);
        Assert.Equal(afterFirstWords, shown.Count > 0);
    }
}
