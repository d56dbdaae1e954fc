using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Llm;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>
/// With a model configured, it reads risk on every typed message by default, in the one call that also
/// reads the case details: the safety check makes that call, and the reader later in the turn reuses it.
/// </summary>
public sealed class ModelRiskReadingTests
{
    /// <summary>What happened, in enough words that the reader sends it to the model.</summary>
    private const string Story = "They wrote this morning that the analyst job went to someone else after my final round at Fabrikam";

    private const string OtherStory = "Northwind never called back after the second interview and it has been three weeks now";

    /// <summary>Words no built-in layer could take for a crisis: only the model's reading can raise them.</summary>
    private const string Plain = "The bus was late again this morning";

    private static FakeAnswer Risk(ConcernLevel level, ConcernKind kind) => new FakeAnswer.Json(new ModelSafetyAssessor.Answer(level, kind));

    private static FakeAnswer RiskAndDetails(ConcernLevel level, ConcernKind kind, string? company = null) =>
        new FakeAnswer.Json(new ModelMessageReading.Answer(level, kind, company, null, null, null, null, null, null, null));

    /// <summary>Which task a request was, by its system prompt as CoachBot's prompt library builds it.</summary>
    private static LlmTask TaskOf(TestConversation chat, FakeModelRequest request)
    {
        var prompts = chat.Services.GetRequiredService<PromptLibrary>();
        return Enum.GetValues<LlmTask>().Single(task => prompts.For(task) == request.SystemPrompt);
    }

    private static IEnumerable<FakeModelRequest> About(FakeOpenAiServer fake, string text) =>
        fake.Requests.Where(request => request.UserContent.Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("The bus was late", LlmTask.Safety)]
    [InlineData(Plain, LlmTask.SafetyAndRead)]
    public async Task With_a_model_and_default_settings_its_reading_of_a_crisis_gets_the_hand_off(string message, LlmTask expected)
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        // The fake model reads a crisis in whatever it is sent.
        fake.Default = _ => Risk(ConcernLevel.Crisis, ConcernKind.SelfHarm);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");

        (await chat.Say(message)).Says("988").AsksNothing();

        var request = Assert.Single(fake.Requests);
        Assert.Equal(expected, TaskOf(chat, request));
        Assert.Equal("json_schema", request.ResponseFormat);
        Assert.Contains($"<person_text kind=\"the person's message\">\n{message}\n</person_text>", request.UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_makes_one_model_call_that_serves_both_the_safety_check_and_the_reading()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => RiskAndDetails(ConcernLevel.None, ConcernKind.None, "Fabrikam");
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");

        (await chat.Say(Story)).DoesNotSay("988").DoesNotSay(CrisisReplies.CheckPrompt);

        var request = Assert.Single(About(fake, Story));
        Assert.Equal(LlmTask.SafetyAndRead, TaskOf(chat, request));
        Assert.Single(fake.Requests);
        // Risk first, then the details: the model decides on the risk before it reads the case.
        var schema = request.Body["response_format"]!["json_schema"]!["schema"]!["properties"]!.AsObject();
        Assert.Equal(["level", "kind", "company", "role", "stage", "heardVia", "heardWhen", "reason", "contactName", "situation"], schema.Select(property => property.Key));
    }

    [Fact]
    public async Task The_reader_takes_the_details_from_the_safety_checks_call_in_the_same_turn_and_never_in_the_next()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => RiskAndDetails(ConcernLevel.None, ConcernKind.None, "Fabrikam");
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder =>
            builder.Services.AddSingleton<IMessageReader>(new FloorReader()).AddModelMessageReader()));
        var assessor = Assert.Single(chat.Services.GetServices<ISafetyAssessor>().OfType<ModelSafetyAssessor>());
        var reader = chat.Services.GetRequiredService<IMessageReader>();

        MessageDetails details;
        using (TurnPerson.Enter("person-1"))
        {
            Assert.Equal(SafetySignal.None, await assessor.AssessAsync(Story, [], CancellationToken.None));
            details = await reader.ReadAsync(Story, CancellationToken.None);
        }

        Assert.Equal("Fabrikam", details.Company);
        Assert.Equal(LlmTask.SafetyAndRead, TaskOf(chat, Assert.Single(fake.Requests)));

        // The next turn keeps nothing of this one: the same words are read afresh.
        using (TurnPerson.Enter("person-1"))
        {
            await reader.ReadAsync(Story, CancellationToken.None);
        }

        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal(LlmTask.Read, TaskOf(chat, fake.Requests[1]));
    }

    [Fact]
    public async Task Turns_at_the_same_time_each_get_their_own_reading()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = request => RiskAndDetails(ConcernLevel.None, ConcernKind.None, request.UserContent.Contains("Northwind", StringComparison.Ordinal) ? "Northwind" : "Fabrikam");
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder =>
            builder.Services.AddSingleton<IMessageReader>(new FloorReader()).AddModelMessageReader()));
        var assessor = chat.Services.GetServices<ISafetyAssessor>().OfType<ModelSafetyAssessor>().Single();
        var reader = chat.Services.GetRequiredService<IMessageReader>();
        var bothAssessed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var assessed = 0;

        async Task<MessageDetails> TurnAsync(string person, string message)
        {
            using var turn = TurnPerson.Enter(person);
            await assessor.AssessAsync(message, [], CancellationToken.None);
            // Both turns have their reading before either reader asks for one.
            if (Interlocked.Increment(ref assessed) == 2)
            {
                bothAssessed.SetResult();
            }

            await bothAssessed.Task;
            return await reader.ReadAsync(message, CancellationToken.None);
        }

        var read = await Task.WhenAll(Task.Run(() => TurnAsync("person-1", Story)), Task.Run(() => TurnAsync("person-2", OtherStory)));

        Assert.Equal("Fabrikam", read[0].Company);
        Assert.Equal("Northwind", read[1].Company);
        Assert.Equal(2, fake.Requests.Count);
        Assert.All(fake.Requests, request => Assert.Equal(LlmTask.SafetyAndRead, TaskOf(chat, request)));
    }

    [Fact]
    public async Task A_failed_reading_is_no_opinion_and_is_not_asked_again_by_the_reader()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Then(new FakeAnswer.Malformed());
        fake.Default = _ => Risk(ConcernLevel.Crisis, ConcernKind.SelfHarm);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");

        (await chat.Say(Story)).DoesNotSay("988").DoesNotSay(CrisisReplies.CheckPrompt);

        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_tapped_button_makes_no_model_call()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => Risk(ConcernLevel.None, ConcernKind.None);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");
        await chat.Say("Contoso");
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt, Walkthrough.Labels(Choices.Stages));
        var before = fake.Requests.Count;

        (await chat.Say(Walkthrough.Label(Choices.Stages, RejectionStage.Interview))).Asks(IntakeDialog.HeardViaPrompt, Walkthrough.Labels(Choices.HeardVia));

        Assert.Equal(before, fake.Requests.Count);
    }

    [Fact]
    public async Task A_message_the_built_in_detector_finds_a_crisis_in_never_reaches_the_model()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => Risk(ConcernLevel.None, ConcernKind.None);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");

        (await chat.Say("I want to kill myself")).Says("988");

        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task The_models_none_never_lowers_the_built_in_gentle_check()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => RiskAndDetails(ConcernLevel.None, ConcernKind.None);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.Say("hi");

        (await chat.Say("this job hunt is killing me lol")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task SafetySecondOpinion_false_turns_the_models_risk_reading_off()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => RiskAndDetails(ConcernLevel.Crisis, ConcernKind.SelfHarm);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, settings: new Dictionary<string, string?> { ["SafetySecondOpinion"] = "false" }));
        await chat.Say("hi");

        (await chat.Say(Plain)).DoesNotSay("988");
        (await chat.Say(Story)).DoesNotSay("988");

        // Only the reader asked, for the details, once a message.
        Assert.All(fake.Requests, request => Assert.Equal(LlmTask.Read, TaskOf(chat, request)));
        Assert.Single(About(fake, Plain));
        Assert.Single(About(fake, Story));
    }

    [Fact]
    public async Task The_model_reader_is_put_in_front_once_however_often_it_is_registered()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => new FakeAnswer.Json(new ModelMessageReader.Answer(null, null, null, null, null, null, null, null));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder => builder.Services.AddModelMessageReader()));

        await chat.Services.GetRequiredService<IMessageReader>().ReadAsync(Story, CancellationToken.None);

        Assert.Single(fake.Requests);
        Assert.Single(chat.Services.GetServices<ISafetyAssessor>().OfType<ModelSafetyAssessor>());
    }

    [Theory]
    [InlineData("ok", false)]
    [InlineData("1", false)]
    [InlineData("🙂🙂", false)]
    [InlineData(IntakeDialog.LooksRight, false)]
    [InlineData(IntakeDialog.NoReason, false)]
    [InlineData("why", true)]
    [InlineData("好累", true)]
    [InlineData("힘들어", true)]
    public void Typed_messages_of_more_than_a_few_characters_are_read_for_risk_and_buttons_never(string text, bool read) =>
        Assert.Equal(read, ModelSafetyAssessor.ReadsRiskIn(text));

    /// <summary>A built-in reader that finds nothing, so every detail shown came from the model.</summary>
    private sealed class FloorReader : IMessageReader
    {
        public ValueTask<MessageDetails> ReadAsync(string text, CancellationToken cancellationToken) => ValueTask.FromResult(MessageDetails.None);
    }
}
