using System.Net;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.Safety;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// Every log record of whole conversations, at Trace level from every category, through the real host:
/// none carries the person's words, names, e-mail addresses, company or drafts, and the user id appears
/// only hashed.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string DisplayName = "Zelda Quintero";
    private const string Company = "Quokkasoft";
    private const string Role = "Wombat Wrangler";
    private const string Contact = "Ignatius Featherstonehaugh";
    private const string Reason = "they wanted someone fluent in Klingon";
    private const string OwnPoint = "I rebuilt the marmot census pipeline";
    private const string EmailAddress = "jane.doe@quokkasoft.example";
    private const string AadObjectId = "6f8e3f5e-0000-4000-8000-000000000001";
    private const string CrisisMessage = "I have pills saved up in the bread tin and I'm taking them tonight";

    private const string RejectionEmail = $"""
        Subject: Your application for the {Role} position at {Company}

        Hi Zelda,

        Thank you for interviewing with us for the {Role} position at {Company}.

        Unfortunately, after careful consideration, we have decided to move forward with another candidate.

        If you have any questions, write to {EmailAddress}.

        Best regards,
        {Contact}
        Talent Acquisition, {Company}
        """;

    // A test key, so the hash below comes from configuration as in a deployment.
    private const string HashKey = "bG9nLXByaXZhY3ktdGVzdC1rZXktbm90LWEtc2VjcmV0LTAxMjM0NQ==";

    [Fact]
    public async Task Logs_of_whole_conversations_carry_no_personal_data_and_only_a_hashed_user_id()
    {
        await using var connector = await FakeConnector.StartAsync();
        FailingDrafter? drafter = null;
        FailingBot? bot = null;
        await using var server = await CoachBotServer.StartAsync(
            settings: new Dictionary<string, string?> { [PrivateLogging.HashKeySetting] = HashKey },
            services: services =>
            {
                services.AddLogging(logging => logging.AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Trace));
                services.AddSingleton<IReplyDrafter>(sp => drafter = new FailingDrafter(ActivatorUtilities.CreateInstance<BuiltInDrafter>(sp)));
                services.AddSingleton<IBot>(sp => bot = new FailingBot(ActivatorUtilities.CreateInstance<CoachingBot>(sp)));
            });
        using var client = server.CreateClient();
        var userId = $"29:1zelda{Guid.NewGuid():N}";
        var typing = new ChannelUser(client) { UserId = userId, UserName = DisplayName };
        // Normal delivery, so the outbound Bot Connector calls are logged too.
        var pasting = new ChannelUser(client) { UserId = userId, UserName = DisplayName, DeliveryMode = null, Connector = connector };

        // Typed answers, with a failing drafter, a failing turn and revisions with a point of the person's own.
        var typed = new Answers(typing, Company, () => drafter!.FailNext = true, () => bot!.FailNext = true);
        var typedTurns = await typed.PlayToTheFinalDraftAsync();
        // A pasted rejection e-mail, then the first choice everywhere.
        var pastedTurns = await new Answers(pasting, RejectionEmail).PlayToTheFinalDraftAsync();
        // A sign of crisis, and the check after it: only the level and kind may be logged.
        var struggling = new ChannelUser(client) { UserId = userId, UserName = DisplayName };
        await struggling.SayAsync("hi");
        await struggling.SayAsync(CrisisMessage);
        await struggling.SayAsync("I'm fine");
        // A malformed request carrying personal text.
        using var malformed = await typing.PostRawAsync($$"""{"type":"message","from":{"id":"{{userId}}","name":"{{DisplayName}}"},"text":"{{Company}} {{EmailAddress}}""", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var records = server.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        var drafts = typedTurns.Concat(pastedTurns).SelectMany(turn => turn.Replies).Select(reply => reply.DraftText).OfType<string>().Distinct().ToList();
        Assert.True(drafts.Count >= 3, "Expected a first draft and two revisions (one with the person's own point).");
        string[] personal = [DisplayName, "Zelda", "Quintero", Company, Role, Contact, "Featherstonehaugh", Reason, "Klingon", OwnPoint, EmailAddress, CrisisMessage, "bread tin", userId, userId[4..], AadObjectId, .. drafts];

        // The capture really is everything: framework categories, below Information too.
        Assert.Contains(records, record => record.Level <= LogLevel.Debug);
        Assert.Contains(records, record => record.Category?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true);
        Assert.All(records, record =>
        {
            foreach (var text in Texts(record))
            {
                var leaked = personal.FirstOrDefault(value => text.Contains(value, StringComparison.OrdinalIgnoreCase));
                Assert.True(leaked is null, $"A {record.Level} record of {record.Category} contains \"{leaked}\": {text}");
            }
        });

        Assert.Contains(records, record => record.Category == typeof(SafetyGuard).FullName && record.Message == "Safety Crisis for SelfHarm");

        // The failed turn is logged with its ids, and the user id hashed with the configured key. Redaction
        // hashes the value with its tag name (LoggerRedactionOptions.ApplyDiscriminator), so an id correlates
        // across records under the same name only.
        var redactor = server.Services.GetRequiredService<IRedactorProvider>().GetRedactor(PersonalData.Identifier);
        var hashedUserId = redactor.Redact($"{userId}:UserId");
        var turnFailure = Assert.Single(records, record => record.Category == typeof(TurnRunner).FullName && record.Level == LogLevel.Error);
        Assert.Equal(hashedUserId, Value(turnFailure, "UserId"));
        Assert.Contains(hashedUserId, turnFailure.Message, StringComparison.Ordinal);
        Assert.Equal(typed.FailedTurnActivityId, Value(turnFailure, "ActivityId"));
        Assert.Equal(("msteams", "message"), (Value(turnFailure, "ChannelId"), Value(turnFailure, "ActivityType")));
        Assert.StartsWith(typeof(InvalidOperationException).FullName!, Value(turnFailure, "ExceptionSummary"), StringComparison.Ordinal);

        // The drafting failure: the goal and what kind of exception, inner one included.
        var draftingFailure = Assert.Single(records, record => record.Category == typeof(ReplyDialog).FullName && record.Level == LogLevel.Warning);
        Assert.True(Enum.TryParse<ReplyGoal>(Value(draftingFailure, "Goal"), out _), "The drafting failure names the goal.");
        Assert.Contains(typeof(FormatException).FullName!, Value(draftingFailure, "ExceptionSummary"), StringComparison.Ordinal);
    }

    /// <summary>Everything a log sink could write out of a record.</summary>
    private static IEnumerable<string> Texts(FakeLogRecord record)
    {
        yield return record.Message;
        foreach (var (key, value) in record.StructuredState ?? [])
        {
            yield return $"{key}={value}";
        }

        if (record.Exception is { } exception)
        {
            yield return exception.ToString();
        }

        foreach (var scope in record.Scopes)
        {
            yield return scope?.ToString() ?? string.Empty;
        }
    }

    private static string? Value(FakeLogRecord record, string name) =>
        record.StructuredState?.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// Answers the bot's questions with the distinctive details, or the first choice, up to the final
    /// draft; on the way it makes one draft and one whole turn fail.
    /// </summary>
    private sealed class Answers(ChannelUser user, string firstAnswer, Action? failNextDraft = null, Action? failNextTurn = null)
    {
        private const int MaxTurns = 40;
        private readonly Queue<string> revisions = new([ReplyDialog.AddPoint, ReplyDialog.Warmer, ReplyDialog.LooksGood]);

        public string? FailedTurnActivityId { get; private set; }

        public async Task<List<Turn>> PlayToTheFinalDraftAsync()
        {
            var turns = new List<Turn> { await user.SendAsync(user.Joined()) };
            while (!turns[^1].Replies.Any(reply => reply.Text is ReplyDialog.FinalDraft or ReplyDialog.FinalDraftAfterWait))
            {
                Assert.True(turns.Count < MaxTurns && turns[^1].Question is not null, $"Stuck before the final draft:{Environment.NewLine}{CoachingPlayer.Transcript(turns)}");
                var question = turns[^1].Question!;
                if (question.Text == IntakeDialog.ReasonPrompt && failNextTurn is not null)
                {
                    failNextTurn();
                    var failed = await user.SayAsync(Reason);
                    Assert.Contains(TurnRunner.ErrorMessage, failed.Texts);
                    FailedTurnActivityId ??= failed.InboundId;
                    turns.Add(failed);
                }

                if (question.Text == ReplyDialog.GoalPrompt)
                {
                    failNextDraft?.Invoke();
                }

                turns.Add(await user.SayAsync(AnswerTo(question)));
            }

            return turns;
        }

        private string AnswerTo(BotReply question) => question.Text switch
        {
            IntakeDialog.CompanyOrEmailPrompt => firstAnswer,
            IntakeDialog.CompanyPrompt => Company,
            IntakeDialog.RolePrompt => Role,
            IntakeDialog.StagePrompt => "Interview",
            IntakeDialog.ReasonPrompt => Reason,
            IntakeDialog.ContactPrompt => Contact,
            ReplyDialog.AddPointPrompt => OwnPoint,
            ReplyDialog.RevisePrompt => revisions.Count > 0 ? revisions.Dequeue() : ReplyDialog.LooksGood,
            _ => question.SuggestedValues.FirstOrDefault() ?? throw new InvalidOperationException($"No answer for \"{question.Text}\"."),
        };
    }
}
