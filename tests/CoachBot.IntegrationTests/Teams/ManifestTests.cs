using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Coaching;

namespace CoachBot.IntegrationTests.Teams;

/// <summary>
/// The Teams app package in manifest/teams: the manifest against the official JSON schema (the copy that
/// ships in the npm package @microsoft/app-manifest, checked by that package's own validator through
/// tests/tools/validate-teams-manifest.js), what it promises about the bot, the icons, and the
/// packaging script.
/// </summary>
public sealed partial class ManifestTests : IDisposable
{
    private const string NilGuid = "00000000-0000-0000-0000-000000000000";
    private const string AppId = "8d2f5c1e-3b4a-4c6d-9e7f-0a1b2c3d4e5f";

    private static readonly string TeamsFolder = RepoTools.PathOf("manifest", "teams");
    private static readonly string ManifestPath = Path.Combine(TeamsFolder, "manifest.json");
    private static readonly string Validator = RepoTools.PathOf("tests", "tools", "validate-teams-manifest.js");
    private static readonly string AppManifestPackage = RepoTools.PathOf("tests", "tools", "node_modules", "@microsoft", "app-manifest");

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("coachbot-teams-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public async Task The_manifest_is_valid_against_the_official_schema_from_the_npm_package()
    {
        var result = await ValidateAsync(ManifestPath);

        Assert.True(result.Valid, $"manifest/teams/manifest.json does not match {result.Schema}:\n{string.Join('\n', result.Errors)}");
        Assert.StartsWith(AppManifestPackage, result.Schema, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenManifests => new()
    {
        { "no botId", "must have required property 'botId'" },
        { "33-character developer name", "/developer/name must NOT have more than 32 characters" },
        { "accent colour without #", "/accentColor must match pattern" },
        { "app id that is not a GUID", "/id must match pattern" },
        { "unknown bot scope", "/bots/0/scopes/0 must be equal to one of the allowed values" },
        { "a property the schema does not know", "must NOT have additional properties" },
    };

    // The schema check can fail: each of these changes to the real manifest is caught, with its reason.
    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public async Task The_schema_check_rejects_a_broken_manifest(string change, string expectedError)
    {
        var manifest = ReadManifest();
        var bot = manifest["bots"]![0]!.AsObject();
        switch (change)
        {
            case "no botId": bot.Remove("botId"); break;
            case "33-character developer name": manifest["developer"]!["name"] = new string('x', 33); break;
            case "accent colour without #": manifest["accentColor"] = "3D7268"; break;
            case "app id that is not a GUID": manifest["id"] = "${{MICROSOFT_APP_ID}}"; break;
            case "unknown bot scope": bot["scopes"]![0] = "channel"; break;
            case "a property the schema does not know": bot["supportsStreaming"] = true; break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }

        var path = Path.Combine(temp.FullName, "manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());
        var result = await ValidateAsync(path);

        Assert.False(result.Valid, $"The schema check accepted a manifest with {change}.");
        Assert.Contains(result.Errors, error => error.Contains(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_is_on_a_current_schema_named_by_its_official_url()
    {
        var manifest = ReadManifest();
        var version = (string)manifest["manifestVersion"]!;

        Assert.True(Version.Parse(version) >= new Version(1, 24), $"manifestVersion {version} is older than 1.24.");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        AssertPackageInstalled();
        Assert.True(
            File.Exists(Path.Combine(AppManifestPackage, "build", "json-schemas", "teams", $"v{version}", "MicrosoftTeams.schema.json")),
            $"@microsoft/app-manifest ships no schema for manifest version {version}.");
    }

    [Fact]
    public void The_bot_is_conversational_in_personal_team_and_group_chats_without_files()
    {
        var manifest = ReadManifest();
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;

        Assert.Equal(["groupChat", "personal", "team"], Strings(bot["scopes"]).Order(StringComparer.Ordinal));
        Assert.False((bool)bot["isNotificationOnly"]!);
        Assert.False((bool)bot["supportsFiles"]!);

        // Nothing here loads web content in Teams (no tabs, dialogs or sign-in pages): the bot's endpoint
        // is set in its Azure Bot registration, not here, and needs no valid domain.
        Assert.Empty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public void The_template_carries_the_nil_guid_placeholder_as_app_id_and_bot_id()
    {
        var manifest = ReadManifest();

        Assert.Equal(NilGuid, (string?)manifest["id"]);
        Assert.Equal(NilGuid, (string?)manifest["bots"]![0]!["botId"]);
    }

    // Every scope has its own command list, and every command there is one CoachBot recognises when the
    // person picks it (Teams sends the title as the message text).
    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void Each_scope_lists_the_commands_and_each_one_works(string scope)
    {
        var lists = ReadManifest()["bots"]![0]!["commandLists"]!.AsArray();
        var list = Assert.Single(lists, l => Strings(l!["scopes"]).Contains(scope))!;
        Assert.Equal([scope], Strings(list["scopes"]));

        var commands = list["commands"]!.AsArray().Select(c => (Title: (string)c!["title"]!, Description: (string?)c["description"])).ToList();
        var kinds = commands.Select(c => Command.Match(c.Title)).ToList();
        Assert.Superset(new HashSet<CommandKind> { CommandKind.Help, CommandKind.StartOver, CommandKind.History, CommandKind.Stop, CommandKind.DeleteData }, kinds.ToHashSet());
        Assert.DoesNotContain(CommandKind.None, kinds);
        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        foreach (var (title, description) in commands)
        {
            // The tighter limits of the older schemas (32 and 128), so the menu shows them whole everywhere.
            Assert.InRange(title.Length, 1, 32);
            Assert.False(string.IsNullOrWhiteSpace(description), $"The command '{title}' has no description.");
            Assert.InRange(description.Length, 1, 128);
        }
    }

    [Fact]
    public void It_says_what_CoachBot_is_an_AI_career_coach_not_a_therapist()
    {
        var manifest = ReadManifest();
        var description = manifest["description"]!;
        var developer = manifest["developer"]!;

        Assert.Contains("AI career coach", (string)description["short"]!, StringComparison.Ordinal);
        Assert.Contains("AI career coach", (string)description["full"]!, StringComparison.Ordinal);
        Assert.Contains("not a therapist", (string)description["full"]!, StringComparison.Ordinal);
        Assert.Equal("CoachBot", (string?)manifest["name"]!["short"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)manifest["name"]!["full"]));
        Assert.InRange(((string)developer["name"]!).Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var uri = new Uri((string)developer[url]!);
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
        }

        Assert.Matches(HexColor(), (string)manifest["accentColor"]!);
    }

    [Fact]
    public void The_colour_icon_is_a_192_pixel_square_in_colour()
    {
        Assert.Equal("color.png", (string?)ReadManifest()["icons"]!["color"]);
        var png = Png.Read(Path.Combine(TeamsFolder, "color.png"));

        Assert.Equal((192, 192), (png.Width, png.Height));
        var pixels = png.DecodeRgba();
        var colours = pixels.Cast<(byte R, byte G, byte B, byte A)>().ToHashSet();
        Assert.Contains(colours, p => p.R != p.G || p.G != p.B);
        Assert.True(colours.Count > 2, "The colour icon is a single flat colour.");

        // The tile is the manifest's accent colour, so Teams' own background around it matches.
        var accent = Convert.FromHexString(((string)ReadManifest()["accentColor"]!)[1..]);
        Assert.Equal((accent[0], accent[1], accent[2], (byte)255), pixels[0, 0]);
    }

    [Fact]
    public void The_outline_icon_is_a_32_pixel_white_glyph_on_transparency()
    {
        Assert.Equal("outline.png", (string?)ReadManifest()["icons"]!["outline"]);
        var png = Png.Read(Path.Combine(TeamsFolder, "outline.png"));

        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlphaChannel, $"outline.png has no alpha channel (colour type {png.ColorType}).");
        var pixels = png.DecodeRgba().Cast<(byte R, byte G, byte B, byte A)>().ToList();
        var notWhite = pixels.Where(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToList();
        Assert.True(notWhite.Count == 0, $"{notWhite.Count} visible pixels of outline.png are not white, e.g. {notWhite.FirstOrDefault()}.");

        var transparent = pixels.Count(p => p.A == 0);
        var solid = pixels.Count(p => p.A == 255);
        Assert.True(transparent > pixels.Count / 2, $"Only {transparent} of {pixels.Count} pixels are transparent: the background is not.");
        Assert.True(solid > 50, $"Only {solid} pixels are solid white: the glyph is missing or too faint.");
        Assert.True(pixels[0].A == 0 && pixels[^1].A == 0, "The corners are not transparent.");
    }

    [Fact]
    public async Task The_packaging_script_zips_the_manifest_and_icons_at_the_root_with_the_app_id()
    {
        var zipPath = Path.Combine(temp.FullName, "out", "coachbot.zip");
        var manifestBefore = await File.ReadAllBytesAsync(ManifestPath);

        var run = await RepoTools.RunAsync("bash", RepoTools.PathOf("scripts", "package-teams-app.sh"), AppId.ToUpperInvariant(), zipPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(manifestBefore, await File.ReadAllBytesAsync(ManifestPath));
        var extracted = Path.Combine(temp.FullName, "extracted");
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            zip.ExtractToDirectory(extracted);
        }

        var packaged = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(extracted, "manifest.json")))!;
        Assert.Equal(AppId, (string?)packaged["id"]);
        Assert.Equal(AppId, (string?)packaged["bots"]![0]!["botId"]);
        Assert.DoesNotContain(NilGuid, packaged.ToJsonString(), StringComparison.Ordinal);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TeamsFolder, icon)), await File.ReadAllBytesAsync(Path.Combine(extracted, icon)));
        }

        // Apart from the two ids, the packaged manifest is the committed one, and valid too.
        packaged["id"] = NilGuid;
        packaged["bots"]![0]!["botId"] = NilGuid;
        Assert.True(JsonNode.DeepEquals(ReadManifest(), packaged), "The packaged manifest differs from manifest/teams/manifest.json in more than the ids.");
        var result = await ValidateAsync(Path.Combine(extracted, "manifest.json"));
        Assert.True(result.Valid, string.Join('\n', result.Errors));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    [InlineData("{8d2f5c1e-3b4a-4c6d-9e7f-0a1b2c3d4e5f}")]
    [InlineData("8d2f5c1e-3b4a-4c6d-9e7f-0a1b2c3d4e5")]
    [InlineData(NilGuid)]
    public async Task The_packaging_script_refuses_an_app_id_that_is_not_a_real_guid(string appId)
    {
        var zipPath = Path.Combine(temp.FullName, "coachbot.zip");

        var run = await RepoTools.RunAsync("bash", RepoTools.PathOf("scripts", "package-teams-app.sh"), appId, zipPath);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("APP_ID", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private sealed record Validation(bool Valid, string Schema, string[] Errors);

    /// <summary>Runs the package's validator on a manifest, against the bundled schema its $schema names.</summary>
    private static async Task<Validation> ValidateAsync(string manifestPath)
    {
        AssertPackageInstalled();
        var run = await RepoTools.RunAsync("node", Validator, manifestPath);
        Assert.True(run.ExitCode is 0 or 1, $"The manifest validator could not run: {run}");

        using var output = JsonDocument.Parse(run.Stdout);
        var root = output.RootElement;
        var valid = root.GetProperty("valid").GetBoolean();
        Assert.Equal(run.ExitCode == 0, valid);
        var errors = root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        return new Validation(valid, root.GetProperty("schema").GetString()!, errors);
    }

    private static void AssertPackageInstalled()
    {
        if (!File.Exists(Path.Combine(AppManifestPackage, "package.json")) || !Directory.Exists(RepoTools.PathOf("tests", "tools", "node_modules", "fs-extra")))
        {
            Assert.Fail(
                "The official Teams manifest schema comes from the npm package @microsoft/app-manifest, which is not installed. " +
                "Run 'npm ci --prefix tests/tools --no-audit --no-fund' from the repository root (scripts/test.sh does this).");
        }

        var version = JsonNode.Parse(File.ReadAllText(Path.Combine(AppManifestPackage, "package.json")))!["version"]!.GetValue<string>();
        var pinned = JsonNode.Parse(File.ReadAllText(RepoTools.PathOf("tests", "tools", "package.json")))!["dependencies"]!["@microsoft/app-manifest"]!.GetValue<string>();
        Assert.True(version == pinned, $"tests/tools has @microsoft/app-manifest {version} installed, but its package.json pins {pinned}: run 'npm ci --prefix tests/tools'.");
    }

    private static JsonObject ReadManifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
