using System.Security.Cryptography.X509Certificates;
using CoachBot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;

namespace CoachBot.Storage;

/// <summary>
/// Where the Data Protection key ring (which seals the web chat's identity cookie) lives, and how it is
/// protected at rest. With PostgreSQL it is a table in the bot's database, so every instance unseals
/// what another sealed, and it is backed up with the documents; with SQLite it is a <c>keys</c> folder
/// next to the database file, readable by the owner only. With <c>CoachBot:DataProtection:CertificatePath</c>
/// each key is encrypted with that certificate before it is stored; without one it is stored as plain
/// XML, protected only by the database's (or folder's) access rights, and Data Protection says so at
/// start-up ("No XML encryptor configured").
/// </summary>
public static class DataProtectionKeys
{
    public const string Section = "CoachBot:DataProtection";

    public static WebApplicationBuilder AddCoachBotDataProtection(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("CoachBot");
        if (StorageServices.SelectedProvider(configuration) == StorageProvider.Postgres)
        {
            builder.Services.AddOptions<KeyManagementOptions>()
                .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresXmlRepository(dataSource));
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(KeysFolder(configuration));
        }

        if (configuration[$"{Section}:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            // Loaded at start-up: a missing file or a wrong password stops the bot here, not at the first web chat.
            var certificate = LoadCertificate(certificatePath, configuration[$"{Section}:CertificatePassword"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"{Section}:CertificatePath must name a certificate with its private key (a .pfx), which unseals the keys.");
            }

            // Protect with it, and unprotect with it without a certificate store (there is none in a container).
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return builder;
    }

    /// <summary>
    /// The PKCS#12 file at <paramref name="path"/>: a <c>.pfx</c> as written, or the same bytes in base64, which
    /// is how Key Vault hands out a certificate with its private key (the secret behind the certificate)
    /// and so what Container Apps writes into a secret volume.
    /// </summary>
    internal static X509Certificate2 LoadCertificate(string path, string? password)
    {
        var content = File.ReadAllBytes(path);
        // A DER PKCS#12 file starts with a SEQUENCE tag (0x30); its base64 starts with "MII".
        if (content.Length > 0 && content[0] != 0x30)
        {
            try
            {
                content = Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(content).Trim());
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"{Section}:CertificatePath names a file that is neither a .pfx nor a base64-encoded one.", e);
            }
        }

        return X509CertificateLoader.LoadPkcs12(content, password);
    }

    /// <summary>With SQLite: creates the keys folder once the storage made its own, readable by the owner only like it.</summary>
    public static WebApplication PrepareDataProtectionKeys(this WebApplication app)
    {
        if (StorageServices.SelectedProvider(app.Configuration) == StorageProvider.Postgres)
        {
            return app;
        }

        var folder = KeysFolder(app.Configuration);
        if (folder.Exists)
        {
            return app;
        }

        if (OperatingSystem.IsWindows())
        {
            folder.Create();
        }
        else
        {
            Directory.CreateDirectory(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return app;
    }

    /// <summary>With SQLite, the keys live next to the database, in a folder of their own.</summary>
    private static DirectoryInfo KeysFolder(IConfiguration configuration)
    {
        var database = configuration[$"{CoachBotOptions.Section}:Storage:Sqlite:Path"] is { Length: > 0 } configured ? configured : new SqliteStorageOptions().Path;
        return new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "keys"));
    }
}
