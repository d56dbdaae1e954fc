using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Teams;

namespace CoachBot.IntegrationTests.Deployment;

/// <summary>
/// deploy/azure builds offline with the Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64),
/// without one error or warning (its linter included), and the template it makes is the promised one:
/// Azure Bot with a user-assigned managed identity and Teams, Container Apps with at least two replicas
/// probing the health endpoints CoachBot really serves, PostgreSQL flexible server, Azure OpenAI with a
/// model deployment, Key Vault holding every secret, Application Insights; no secret in an app setting.
/// </summary>
public sealed class BicepBuildTests
{
    private static readonly string Template = RepoTools.PathOf("deploy", "azure", "main.bicep");
    private static readonly string Parameters = RepoTools.PathOf("deploy", "azure", "main.bicepparam");

    [Fact]
    public async Task The_template_builds_without_errors_or_warnings_and_deploys_what_the_readme_promises()
    {
        var build = await BicepAsync(["build", Template, "--stdout"]);

        Assert.True(build.ExitCode == 0 && build.Stderr.Trim().Length == 0, build.ToString());
        var template = JsonNode.Parse(build.Stdout)!;
        var resources = Resources(template);
        var types = resources.Select(resource => (string)resource["type"]!).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
            "Microsoft.App/managedEnvironments", "Microsoft.App/containerApps", "Microsoft.DBforPostgreSQL/flexibleServers",
            "Microsoft.DBforPostgreSQL/flexibleServers/databases", "Microsoft.CognitiveServices/accounts", "Microsoft.CognitiveServices/accounts/deployments",
            "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets", "Microsoft.Insights/components", "Microsoft.Authorization/roleAssignments",
        }, types);

        var bot = Single(resources, "Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("MsTeamsChannel", (string?)Single(resources, "Microsoft.BotService/botServices/channels")["properties"]!["channelName"]);
        Assert.Equal("OpenAI", (string?)Single(resources, "Microsoft.CognitiveServices/accounts")["kind"]);

        // Two instances at least: the parameter's default and its floor.
        var minReplicas = template["parameters"]!["minReplicas"]!;
        Assert.Equal((2, 2), ((int)minReplicas["defaultValue"]!, (int)minReplicas["minValue"]!));
        var app = Single(resources, "Microsoft.App/containerApps");
        Assert.Equal("[parameters('minReplicas')]", (string?)app["properties"]!["template"]!["scale"]!["minReplicas"]);
        Assert.False((bool)app["properties"]!["configuration"]!["ingress"]!["allowInsecure"]!);

        // Secrets are parameters of type securestring, and reach the app only as Key Vault references.
        foreach (var secret in new[] { "postgresAdminPassword", "logHashKey", "slackBotToken", "slackSigningSecret" })
        {
            Assert.Equal("securestring", (string?)template["parameters"]![secret]!["type"]);
        }

        var settings = Settings(app["properties"]!["template"]!["containers"]![0]!["env"]!);
        Assert.Equal("value", settings["CoachBot__Storage__Provider"]);
        Assert.Equal("value", settings["MicrosoftAppType"]);
        Assert.Equal("value", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.DoesNotContain(settings.Keys, name => name.Contains("Password", StringComparison.Ordinal));
        string[] secrets = ["CoachBot__Storage__Postgres__ConnectionString", "CoachBot__Privacy__LogHashKey", "CoachBot__Slack__BotToken", "CoachBot__Slack__SigningSecret"];
        Assert.All(secrets, name => Assert.Equal("secretRef", settings[name]));
        Assert.Equal(secrets.Length, settings.Values.Count(kind => kind == "secretRef"));
        var secretSources = SettingKinds(app["properties"]!["configuration"]!["secrets"]!);
        Assert.Equal(5, secretSources.Count);
        Assert.All(secretSources.Values, kind => Assert.Equal("keyVaultUrl", kind));
    }

    [Fact]
    public async Task The_data_protection_keys_are_wrapped_with_a_key_vault_certificate_mounted_into_the_app()
    {
        var build = await BicepAsync(["build", Template, "--stdout"]);
        Assert.Equal(0, build.ExitCode);
        var template = JsonNode.Parse(build.Stdout)!;
        var resources = Resources(template);
        var app = Single(resources, "Microsoft.App/containerApps");

        // The certificate's secret is a Key Vault reference (versionless: the current version), mounted as a file whose path the app is given.
        var secrets = app["properties"]!["configuration"]!["secrets"]!;
        Assert.Equal("keyVaultUrl", SettingKinds(secrets)["data-protection-certificate"]);
        Assert.Contains("'data-protection-certificate', 'keyVaultUrl', format('{0}secrets/{1}'", secrets.GetValue<string>(), StringComparison.Ordinal);
        var volume = ((JsonArray)app["properties"]!["template"]!["volumes"]!).Single()!;
        Assert.Equal("Secret", (string?)volume["storageType"]);
        Assert.Equal("data-protection-certificate", (string?)volume["secrets"]![0]!["secretRef"]);
        var container = app["properties"]!["template"]!["containers"]![0]!;
        Assert.Equal((string?)volume["name"], (string?)container["volumeMounts"]![0]!["volumeName"]);
        Assert.Equal("value", Settings(container["env"]!)["CoachBot__DataProtection__CertificatePath"]);

        // A deployment script creates it, with an identity that may manage certificates (the app's may only read secrets).
        var script = Single(resources, "Microsoft.Resources/deploymentScripts");
        Assert.Equal("AzureCLI", (string?)script["kind"]);
        var scriptVariable = System.Text.RegularExpressions.Regex.Match((string)script["properties"]!["scriptContent"]!, @"^\[variables\('([^']+)'\)\]$").Groups[1].Value;
        Assert.Contains("az keyvault certificate create", (string?)template["variables"]![scriptVariable], StringComparison.Ordinal);
        Assert.Contains(resources, resource => (string?)resource["type"] == "Microsoft.Authorization/roleAssignments"
            && ((string?)resource["properties"]!["roleDefinitionId"])?.Contains("keyVaultCertificatesOfficer", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_example_parameters_build_with_secrets_from_the_environment()
    {
        var build = await BicepAsync(["build-params", Parameters, "--stdout"], new Dictionary<string, string>
        {
            ["COACHBOT_PG_PASSWORD"] = "not-a-real-password",
            ["COACHBOT_LOG_HASH_KEY"] = "bm90LWEtcmVhbC1rZXktbm90LWEtcmVhbC1rZXktMDEyMzQ1",
        });

        Assert.True(build.ExitCode == 0 && build.Stderr.Trim().Length == 0, build.ToString());
        var parameters = JsonNode.Parse((string)JsonNode.Parse(build.Stdout)!["parametersJson"]!)!["parameters"]!;
        Assert.Equal("contoso", (string?)parameters["institution"]!["value"]);
        Assert.Equal("", (string?)parameters["slackBotToken"]!["value"]);
    }

    [Fact]
    public async Task The_probes_the_template_configures_are_served_by_coachbot()
    {
        var build = await BicepAsync(["build", Template, "--stdout"]);
        Assert.Equal(0, build.ExitCode);
        var app = Single(Resources(JsonNode.Parse(build.Stdout)!), "Microsoft.App/containerApps");
        var probes = (JsonArray)app["properties"]!["template"]!["containers"]![0]!["probes"]!;
        Assert.Equal(["Liveness", "Readiness", "Startup"], probes.Select(probe => (string)probe!["type"]!).Order());

        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        foreach (var path in probes.Select(probe => (string)probe!["httpGet"]!["path"]!).Distinct())
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<Programs.Result> BicepAsync(string[] arguments, IDictionary<string, string>? environment = null)
    {
        var cli = typeof(BicepBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "BicepCli").Value!;
        Assert.True(File.Exists(cli), $"The Bicep CLI is not at {cli}: restore the test project (package Azure.Bicep.CommandLine.linux-x64).");
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(cli).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute);
        }

        // Offline: the Azure resource types it checks against are inside the binary.
        return await Programs.RunAsync(cli, arguments, RepoTools.Root, environment);
    }

    /// <summary>The template's resources: an array, or an object keyed by symbolic name (language version 2.0).</summary>
    private static List<JsonNode> Resources(JsonNode template) => template["resources"] switch
    {
        JsonArray array => [.. array.OfType<JsonNode>()],
        JsonObject symbolic => [.. symbolic.Select(entry => entry.Value).OfType<JsonNode>()],
        _ => throw new InvalidOperationException("The template has no resources."),
    };

    private static JsonNode Single(List<JsonNode> resources, string type) => Assert.Single(resources, resource => (string?)resource["type"] == type);

    /// <summary>The app's settings, name → <c>value</c> or <c>secretRef</c>, from the ARM expression Bicep makes of the two lists.</summary>
    private static Dictionary<string, string> Settings(JsonNode env) => SettingKinds(env);

    private static Dictionary<string, string> SettingKinds(JsonNode expression) =>
        System.Text.RegularExpressions.Regex.Matches(expression.GetValue<string>(), @"createObject\('name', '([^']+)', '(value|secretRef|keyVaultUrl)'")
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
}
