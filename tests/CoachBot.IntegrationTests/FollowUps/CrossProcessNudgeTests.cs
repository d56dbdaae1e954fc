using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Storage;
using Npgsql;

namespace CoachBot.IntegrationTests.FollowUps;

/// <summary>
/// Two CoachBot processes (the built app, as deployed) on one PostgreSQL database, each with its own
/// follow-up dispatcher polling it: many nudges fall due at once, and each reaches the loopback Connector
/// exactly once. Skipped without <see cref="TestPostgres.Variable"/>, failing in CI, as the other
/// PostgreSQL tests.
/// </summary>
public sealed class CrossProcessNudgeTests
{
    private const int People = 240;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [PostgresFact]
    public async Task Two_processes_on_one_PostgreSQL_database_deliver_each_of_many_due_nudges_exactly_once()
    {
        await using var connector = await FakeConnector.StartAsync();
        var database = TestPostgres.NewSchema();
        var settings = new Dictionary<string, string>
        {
            ["CoachBot:FollowUps:PollInterval"] = "00:00:00.200",
            // Small batches, so both dispatchers keep claiming while the other is delivering.
            ["CoachBot:FollowUps:BatchSize"] = "10",
            ["CoachBot:FollowUps:MaxConcurrent"] = "8",
            // Quiet hours whose start equals their end mean none: the test may run at any hour.
            ["CoachBot:Organizations:Default:QuietHoursStart"] = "00:00",
            ["CoachBot:Organizations:Default:QuietHoursEnd"] = "00:00",
        };
        await using var a = await BotProcess.StartAsync(database, settings);
        await using var b = await BotProcess.StartAsync(database, settings);

        // Every person has a finished case and one nudge about it, due now: written in one commit, so both
        // dispatchers find them due at once.
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString(database));
        var storage = new PostgresStorage(dataSource);
        var now = DateTimeOffset.UtcNow;
        var changes = new List<DocumentChange>();
        for (var i = 0; i < People; i++)
        {
            var caseKey = $"user/msteams/29:person-{i}/case/c{i}";
            var nudge = new FollowUp
            {
                Kind = NudgeKind.ReconnectWithNetwork,
                Status = FollowUpStatus.Scheduled,
                DueAt = now.AddMinutes(-1),
                CaseKey = caseKey,
                Company = "Contoso",
                Role = "Data Analyst",
                Reference = new ConversationReference
                {
                    ChannelId = "msteams",
                    ConversationId = $"a:chat-{i}",
                    UserId = $"29:person-{i}",
                    BotId = "28:coachbot",
                    ServiceUrl = connector.ServiceUrl.ToString(),
                    TenantId = "tenant-1",
                    ConversationType = ConversationTypes.Personal,
                },
                KeepUntil = now.AddDays(30),
            };
            changes.Add(new DocumentChange(caseKey, JsonSerializer.Serialize(new RejectionCase { Company = "Contoso", Role = "Data Analyst", StartedAt = now }, ActivityJson.Options), null));
            changes.Add(new DocumentChange(
                $"user/msteams/29:person-{i}/nudge/c{i}-{nudge.Kind}", JsonSerializer.Serialize(nudge, ActivityJson.Options), null, nudge.KeepUntil, nudge.StorageDueAt));
        }

        await storage.WriteAsync(changes, CancellationToken.None);

        // Nobody is asked: the processes' own dispatchers find the nudges and deliver them.
        using var patience = new CancellationTokenSource(Patience);
        var nudged = new HashSet<string>(StringComparer.Ordinal);
        while (nudged.Count < People)
        {
            var call = await connector.NextCallAsync(patience.Token);
            if (IsNudge(call))
            {
                nudged.Add(call.ConversationId!);
            }
        }

        // Every nudge is marked sent, in the commit of the turn that delivered it: nothing is left to claim.
        for (var i = 0; i < People; i++)
        {
            var stored = await storage.ReadAsync($"user/msteams/29:person-{i}/nudge/c{i}-{NudgeKind.ReconnectWithNetwork}", CancellationToken.None);
            Assert.Equal(FollowUpStatus.Sent, JsonSerializer.Deserialize<FollowUp>(stored!.Json, ActivityJson.Options)!.Status);
        }

        Assert.Empty(await storage.ClaimDueAsync(FollowUpKeys.ClaimPrefix, DateTimeOffset.UtcNow.AddDays(1), "test", TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var perConversation = connector.Calls.Where(IsNudge).GroupBy(call => call.ConversationId).ToList();
        Assert.Equal(People, perConversation.Count);
        Assert.All(perConversation, nudges => Assert.Single(nudges));
    }

    /// <summary>A nudge delivered: a message carrying the nudge's stop choice.</summary>
    private static bool IsNudge(ConnectorCall call) =>
        call.Delivered && call.ConversationId is not null && call.Activity.ValueKind == JsonValueKind.Object
        && call.Activity.ToString().Contains(NudgeTurns.StopThese, StringComparison.Ordinal);
}
