using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.IntegrationTests.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Deployment;

/// <summary>
/// The Data Protection certificate as the Azure template delivers it: Key Vault hands out a certificate
/// with its private key as a secret holding the PFX in base64 (no password), and Container Apps writes that
/// text into the mounted file. CoachBot loads it as it loads a .pfx, and wraps each key with it.
/// </summary>
public sealed class KeyVaultCertificateTests
{
    [Fact]
    public async Task A_certificate_mounted_as_key_vault_base64_text_wraps_the_data_protection_keys()
    {
        // A folder of its own: with SQLite the key ring is the keys/ folder next to the database file.
        var folder = Directory.CreateDirectory(Path.Combine(TestDatabases.Folder, Guid.NewGuid().ToString("N"))).FullName;
        var certificatePath = Path.Combine(folder, "certificate.pfx");
        await File.WriteAllTextAsync(certificatePath, Convert.ToBase64String(SelfSignedPfx()));

        await using (var server = await CoachBotServer.StartAsync(
            Path.Combine(folder, "coachbot.db"), settings: new Dictionary<string, string?> { ["CoachBot:DataProtection:CertificatePath"] = certificatePath }))
        {
            var protector = server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CoachBot.Tests");
            Assert.Equal("session of one browser", protector.Unprotect(protector.Protect("session of one browser")));
        }

        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml")));
        Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_file_that_is_neither_a_pfx_nor_base64_stops_the_start_naming_the_setting()
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestDatabases.Folder, Guid.NewGuid().ToString("N"))).FullName;
        var certificatePath = Path.Combine(folder, "certificate.pfx");
        await File.WriteAllTextAsync(certificatePath, "this is not a certificate!");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CoachBotServer.StartAsync(
            Path.Combine(folder, "coachbot.db"), settings: new Dictionary<string, string?> { ["CoachBot:DataProtection:CertificatePath"] = certificatePath }));

        Assert.Contains("CoachBot:DataProtection:CertificatePath", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A PFX without a password, as Key Vault exports a certificate's secret.</summary>
    private static byte[] SelfSignedPfx()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=CoachBot Data Protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx);
    }
}
