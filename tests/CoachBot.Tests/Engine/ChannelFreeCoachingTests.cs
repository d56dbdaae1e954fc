using System.Text.RegularExpressions;

namespace CoachBot.Tests.Engine;

/// <summary>
/// <c>Coaching/</c> knows no channel: no channel id, and no Bot Framework lifecycle shape (channels
/// translate theirs into the engine's neutral turn kinds).
/// </summary>
public sealed partial class ChannelFreeCoachingTests
{
    [Fact]
    public void Coaching_has_no_channel_id_literal_and_no_Bot_Framework_lifecycle_type()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "CoachBot", "Coaching");
        var findings = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(folder, file), Line: index + 1, Text: line)))
            .Where(line => Forbidden().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CoachBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CoachBot.sln not found above the test's folder.");
    }

    [GeneratedRegex("""
        "(msteams|webchat|terminal|emulator|slack|directline|directlinespeech|telegram|facebook|twilio-sms|azure-[a-z-]+)"
        |ConversationUpdate|InstallationUpdate|conversationUpdate|installationUpdate|MembersAdded|MembersRemoved|ChannelAccount
        |TeamsChannelId|WebChatEndpoint|TerminalChat|BotFramework
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Forbidden();
}
