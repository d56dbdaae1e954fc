using CoachBot.Conversations.State;
using CoachBot.Tests;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// What only a SQLite file has of due documents: the index claims use, and the upgrade of a file from before
/// due times. The claim contract itself runs on every store in <see cref="StorageClaimContractTests"/>.
/// </summary>
public sealed class SqliteDueDocumentTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-due-");

    private FakeClock Clock { get; } = new();

    [Fact]
    public async Task A_claim_finds_due_documents_through_the_partial_due_index()
    {
        var path = Path.Combine(folder.FullName, "plan.db");
        using (var storage = new SqliteStorage(path, Clock))
        {
            await storage.WriteAsync([new DocumentChange("nudge/1", "{}", null, DueAt: Clock.GetUtcNow())], None);
        }

        // As the claim names it: SQLite refuses the statement when the partial index cannot serve its WHERE.
        var steps = StoredRows.QueryPlan(path, "SELECT key FROM bot_state INDEXED BY bot_state_due WHERE due_at <= 0 AND key >= 'nudge/' AND key < 'nudge0' ORDER BY due_at, key LIMIT 10");
        Assert.Contains(steps, step => step.Contains("bot_state_due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_from_before_due_times_is_upgraded_when_opened_and_its_documents_are_never_due()
    {
        var path = Path.Combine(folder.FullName, "old.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE bot_state (
                    key        TEXT    NOT NULL PRIMARY KEY,
                    document   TEXT    NOT NULL,
                    version    INTEGER NOT NULL,
                    updated_at TEXT    NOT NULL,
                    expires_at INTEGER
                ) WITHOUT ROWID;
                INSERT INTO bot_state VALUES ('nudge/old', '{"old":true}', 4, '2026-01-01T00:00:00.0000000+00:00', NULL);
                """;
            command.ExecuteNonQuery();
        }

        using (var storage = new SqliteStorage(path, Clock))
        {
            Assert.Empty(await storage.ClaimDueAsync("nudge/", Clock.GetUtcNow(), "one", TimeSpan.FromMinutes(1), 10, None));
            await storage.WriteAsync([new DocumentChange("nudge/old", """{"old":false}""", "4", DueAt: Clock.GetUtcNow())], None);
        }

        // Opened again: nothing left to upgrade, and the due time written survived.
        using var reopened = new SqliteStorage(path, Clock);
        var claimed = Assert.Single(await reopened.ClaimDueAsync("nudge/", Clock.GetUtcNow(), "one", TimeSpan.FromMinutes(1), 10, None));
        Assert.Equal(new StoredDocument("nudge/old", """{"old":false}""", "5"), claimed);
    }

    public void Dispose()
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the rest of the temp folder.
        }
    }
}
