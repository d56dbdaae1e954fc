using System.Text;
using CoachBot.Conversations.State;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// A document handed to the storage as UTF-8 bytes (<see cref="DocumentChange.FromUtf8"/>, as the state store
/// writes every document) is stored as the same text a string write stores: the same column type and content,
/// so the previous version, which reads and compares the column as text, reads it unchanged.
/// </summary>
public sealed class Utf8DocumentTests
{
    private const string Key = "conversation/msteams/a:1abc";
    private static readonly CancellationToken None = CancellationToken.None;

    // Raw UTF-8 beyond ASCII too (the serializer escapes it, another writer might not), and escapes kept as written.
    private const string Document = """{"name":"Zoë — 日本 😀","escaped":"\u00EB\u003C","step":3}""";

    private readonly FakeClock clock = new();

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_document_written_as_UTF8_reads_back_as_the_same_text_and_bytes(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var bytes = Encoding.UTF8.GetBytes(Document);

        var first = (await store.Storage.WriteAsync([DocumentChange.FromUtf8(Key, bytes, null)], None))[0]!;
        var read = await store.Storage.ReadAsync(Key, None);
        var second = (await store.Storage.WriteAsync([DocumentChange.FromUtf8(Key, Encoding.UTF8.GetBytes("""{"step":4}"""), first)], None))[0]!;

        Assert.Equal(new StoredDocument(Key, Document, first), read);
        Assert.Equal(Document, read!.Json);
        Assert.Equal(bytes, read.ToUtf8().ToArray());
        Assert.Equal(new StoredDocument(Key, """{"step":4}""", second), await store.Storage.ReadAsync(Key, None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync([DocumentChange.FromUtf8(Key, bytes, first)], None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task The_column_holds_the_text_a_string_write_stores(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);

        await store.Storage.WriteAsync([DocumentChange.FromUtf8("user/from-bytes", Encoding.UTF8.GetBytes(Document), null)], None);
        await store.Storage.WriteAsync([new DocumentChange("user/from-string", Document, null)], None);

        // Read as the previous version reads it: the column as text, over a connection of its own.
        var rows = StoredRows.Read(store.DatabasePath!);
        Assert.Equal(Document, Assert.Single(rows, row => row.Key == "user/from-bytes").Document);
        Assert.Equal(Document, Assert.Single(rows, row => row.Key == "user/from-string").Document);
        Assert.Equal(["text", "text"], ColumnTypes(store.DatabasePath!));
    }

    [Fact]
    public void A_change_made_from_UTF8_is_a_write_with_its_text_and_a_null_one_a_deletion()
    {
        var write = DocumentChange.FromUtf8(Key, Encoding.UTF8.GetBytes(Document), "1");
        var deletion = new DocumentChange(Key, null, "1");

        Assert.False(write.IsDeletion);
        Assert.Equal(Document, write.Json);
        Assert.True(deletion.IsDeletion);
        Assert.Null(deletion.Utf8Json);
    }

    /// <summary>The storage type of each document: SQLite's <c>typeof</c> per row (a blob bound as is would be <c>blob</c>); PostgreSQL's per column.</summary>
    private static IReadOnlyList<string> ColumnTypes(string databasePath)
    {
        if (TestPostgres.IsPostgres(databasePath))
        {
            using var postgres = TestPostgres.Open(databasePath);
            using var query = new Npgsql.NpgsqlCommand("SELECT pg_typeof(document)::text FROM bot_state ORDER BY key", postgres);
            using var typesRead = query.ExecuteReader();
            var postgresTypes = new List<string>();
            while (typesRead.Read())
            {
                postgresTypes.Add(typesRead.GetString(0));
            }

            return postgresTypes;
        }

        using var connection = StoredRows.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(document) FROM bot_state ORDER BY key";
        using var types = command.ExecuteReader();
        var found = new List<string>();
        while (types.Read())
        {
            found.Add(types.GetString(0));
        }

        return found;
    }
}
