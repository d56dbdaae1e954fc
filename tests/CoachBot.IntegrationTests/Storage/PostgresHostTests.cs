using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Conversations.State;
using CoachBot.IntegrationTests.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>The host on PostgreSQL: the provider's settings checked at start, and the web chat's Data Protection keys shared by every instance.</summary>
public sealed class PostgresHostTests
{
    [Fact]
    public async Task Postgres_without_a_connection_string_stops_the_start_naming_the_setting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CoachBotServer.StartAsync(
            store: TestStore.Sqlite, settings: new Dictionary<string, string?> { ["CoachBot:Storage:Provider"] = "Postgres" }));

        Assert.Contains("CoachBot:Storage:Postgres:ConnectionString", failure.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_purges_wait_for_older_snapshots_is_the_configured_one()
    {
        await using var server = await CoachBotServer.StartAsync(
            TestPostgres.NewSchema(), settings: new Dictionary<string, string?> { ["CoachBot:Storage:Postgres:PurgeHorizonWait"] = "00:00:30" });

        var storage = Assert.IsType<PostgresStorage>(server.Services.GetRequiredService<IStorage>());
        Assert.Equal(TimeSpan.FromSeconds(30), storage.PurgeHorizonWait);
    }

    [PostgresFact]
    public async Task A_negative_purge_wait_stops_the_start_naming_the_setting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CoachBotServer.StartAsync(
            TestPostgres.NewSchema(), settings: new Dictionary<string, string?> { ["CoachBot:Storage:Postgres:PurgeHorizonWait"] = "-00:00:01" }));

        Assert.Contains("CoachBot:Storage:Postgres:PurgeHorizonWait", failure.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task What_one_instance_sealed_with_data_protection_the_other_unseals_with_the_key_ring_from_the_database()
    {
        var database = TestPostgres.NewSchema();
        await using var a = await CoachBotServer.StartAsync(database);
        await using var b = await CoachBotServer.StartAsync(database);

        var sealedByA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CoachBot.Tests").Protect("session of one browser");

        Assert.Equal("session of one browser", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CoachBot.Tests").Unprotect(sealedByA));
        Assert.NotEmpty(KeyRing(database));
    }

    [PostgresFact]
    public async Task With_a_certificate_configured_the_keys_in_the_database_are_encrypted_with_it()
    {
        var database = TestPostgres.NewSchema();
        var certificate = Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=CoachBot Data Protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pfx, "test-password"));
        }

        var settings = new Dictionary<string, string?>
        {
            ["CoachBot:DataProtection:CertificatePath"] = certificate,
            ["CoachBot:DataProtection:CertificatePassword"] = "test-password",
        };
        await using (var server = await CoachBotServer.StartAsync(database, settings: settings))
        {
            var sealedOnce = server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CoachBot.Tests").Protect("x");
            Assert.Equal("x", server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CoachBot.Tests").Unprotect(sealedOnce));
        }

        var ring = Assert.Single(KeyRing(database));
        Assert.Contains("EncryptedData", ring, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
    }

    private static List<string> KeyRing(string database)
    {
        using var connection = TestPostgres.Open(database);
        using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        using var rows = command.ExecuteReader();
        var keys = new List<string>();
        while (rows.Read())
        {
            keys.Add(rows.GetString(0));
        }

        return keys;
    }
}
