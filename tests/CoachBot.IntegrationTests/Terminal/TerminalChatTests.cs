using System.Text.Json;
using CoachBot.Channels.Terminal;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Hosting;
using CoachBot.IntegrationTests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Terminal;

/// <summary>
/// <c>dotnet run -- chat</c>: the terminal conversation over the app's real services and a SQLite file,
/// typed answers in, printed transcript out, and picked up again by a later run.
/// </summary>
public sealed class TerminalChatTests : IDisposable
{
    private const string DraftStart = "----- draft -----";
    private static readonly string WelcomeStart = CoachingBot.Welcome[..CoachingBot.Welcome.IndexOf('{', StringComparison.Ordinal)];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-terminal-");

    private string DatabasePath => Path.Combine(folder.FullName, "coachbot.db");

    [Fact]
    public async Task A_whole_conversation_prints_the_greeting_numbered_options_and_the_draft()
    {
        // Options are answered by number, as the terminal invites, including "[1] No reason given", "[1] Skip",
        // "[1] Looks right" for the summary and "[1] Leave it unsigned".
        var output = await RunAsync(
            "Contoso", "Data Analyst Intern", "3", "1", "4", "1", "1", "1", "1", "1", "1", "1", "3");

        Assert.StartsWith("CoachBot in your terminal.", output, StringComparison.Ordinal);
        Assert.Contains($"CoachBot: {WelcomeStart}", output, StringComparison.Ordinal);
        Assert.Contains($"CoachBot: {IntakeDialog.StagePrompt}\n  [1] Application\n  [2] Screening call", output, StringComparison.Ordinal);
        Assert.Contains($"CoachBot: {ReplyDialog.FinalDraft}\n\n{DraftStart}\n", output, StringComparison.Ordinal);
        Assert.Contains($"CoachBot: {ReplyDialog.SubjectLead}", output, StringComparison.Ordinal);
        Assert.Contains("Contoso", DraftBlocks(output)[^1], StringComparison.Ordinal);
        Assert.Contains($"CoachBot: {CoachingDialog.WrapUp}", output, StringComparison.Ordinal);

        // A number picks the option itself, also where the question would take any text.
        var finished = Assert.Single(StoredCases());
        Assert.Equal(("Contoso", "Data Analyst Intern", RejectionStage.Interview), (finished.Company, finished.Role, finished.Stage));
        Assert.Null(finished.Reason);
        Assert.Null(finished.ContactName);
    }

    [Fact]
    public async Task A_second_run_on_the_same_database_continues_the_same_conversation()
    {
        var first = await RunAsync("Contoso", "Data Analyst Intern");
        Assert.EndsWith($"CoachBot: {IntakeDialog.StagePrompt}", LastBotLineBefore(first, "  [1]"), StringComparison.Ordinal);

        var second = await RunAsync("1", "1", "4", "1", "1", "1", "1", "1", "1", "3");

        // Greeted again, then asked the question the first run stopped at, not the first one.
        Assert.Contains($"CoachBot: {WelcomeStart}", second, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeDialog.CompanyOrEmailPrompt, second, StringComparison.Ordinal);
        Assert.True(
            second.IndexOf(IntakeDialog.StagePrompt, StringComparison.Ordinal) < second.IndexOf(IntakeDialog.HeardViaPrompt, StringComparison.Ordinal),
            second);
        Assert.Contains("Contoso", DraftBlocks(second)[^1], StringComparison.Ordinal);
        Assert.Equal("Contoso", Assert.Single(StoredCases()).Company);
    }

    [Fact]
    public async Task A_pasted_email_with_blank_lines_is_read_whole_and_a_blank_line_does_not_quit()
    {
        var output = await RunAsync(
            "Dear Alex,",
            string.Empty,
            "Thank you for your interest in the Data Analyst Intern position at Contoso and for taking the time to interview with our team.",
            string.Empty,
            "Unfortunately, we won't be moving forward with your application at this time.",
            string.Empty,
            "Best regards,",
            "Priya Shah",
            "Talent Acquisition, Contoso",
            TerminalInput.EndOfText,
            string.Empty,
            string.Empty);

        Assert.Contains(TerminalInput.ReadingEmail, output, StringComparison.Ordinal);
        var afterEmail = output[output.IndexOf(TerminalInput.ReadingEmail, StringComparison.Ordinal)..];
        // The e-mail was read as one message: its company is known, "Dear Alex," is not a company, and the session went on.
        Assert.Contains("Contoso", BotLines(afterEmail), StringComparison.Ordinal);
        Assert.DoesNotContain("Dear Alex", BotLines(output), StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeDialog.CompanyOrEmailPrompt, afterEmail, StringComparison.Ordinal);
        Assert.EndsWith(TerminalChat.Goodbye + "\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quit")]
    [InlineData("EXIT")]
    public async Task Blank_lines_are_passed_over_and_quit_or_exit_ends_the_session(string quit)
    {
        var output = await RunAsync(string.Empty, "Contoso", string.Empty, "   ", quit, "Data Analyst Intern");

        Assert.Contains("quit", TerminalChat.Banner, StringComparison.Ordinal);
        Assert.Contains("full stop", TerminalChat.Banner, StringComparison.Ordinal);
        Assert.EndsWith($"CoachBot: {IntakeDialog.RolePrompt}", LastBotLineBefore(output, TerminalChat.Goodbye), StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeDialog.StagePrompt, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_of_several_lines_between_triple_quotes_is_one_message()
    {
        var output = await RunAsync(TerminalInput.LongText, "Contoso turned me down.", string.Empty, "It was for the Data Analyst Intern role.", TerminalInput.LongText, "quit");

        Assert.Contains(TerminalInput.ReadingLongText, output, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeDialog.RolePrompt, output, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeDialog.CompanyOrEmailPrompt, output[output.IndexOf(TerminalInput.ReadingLongText, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_the_question_comes_with_what_we_were_doing_and_for_which_company()
    {
        // To the first draft (see the whole-conversation test), then "[6] Check my own reply" and a reply to check.
        var first = await RunAsync(
            "Contoso", "Data Analyst Intern", "3", "1", "4", "1", "1", "1", "1", "1", "1", "6",
            "Thanks for nothing. You wasted my time and I expect an explanation!!");
        Assert.EndsWith($"CoachBot: {OwnReplyDialog.WhichPrompt}", LastBotLineBefore(first, "  [1]"), StringComparison.Ordinal);

        var second = await RunAsync("quit");

        var recap = string.Format(System.Globalization.CultureInfo.InvariantCulture, ResumeRecap.Format, "checking the reply you wrote yourself", "the Data Analyst Intern role at Contoso");
        Assert.Contains($"CoachBot: {recap}\n\nCoachBot: {OwnReplyDialog.WhichPrompt}", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_in_the_intake_the_recap_says_we_were_going_over_what_happened()
    {
        await RunAsync("Contoso", "Data Analyst Intern");

        var second = await RunAsync("quit");

        var recap = string.Format(System.Globalization.CultureInfo.InvariantCulture, ResumeRecap.Format, "going over what happened", "the Data Analyst Intern role at Contoso");
        Assert.Contains($"CoachBot: {recap}\n\nCoachBot: {IntakeDialog.StagePrompt}", second, StringComparison.Ordinal);
        // A first run has nothing to recap.
        Assert.DoesNotContain("Where we left off", await RunInFreshFolderAsync(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Words_wrap_at_the_terminals_width_and_choices_are_typed_not_tapped()
    {
        var printed = await RunAtWidthAsync(40, "hi", "Contoso", "Data Analyst", "Interview", "1", "1");

        Assert.All(printed.Split('\n'), line => Assert.True(line.Length <= 40, $"{line.Length}: {line}"));
        Assert.Contains("type \"No reason given\"", printed.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(" tap ", printed.Replace("\n", " ", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One terminal session over a fresh app on <see cref="DatabasePath"/>; returns all it printed.</summary>
    private Task<string> RunAsync(params string[] answers) => RunAtWidthAsync(0, answers);

    private async Task<string> RunAtWidthAsync(int width, params string[] answers)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["CoachBot:Storage:Sqlite:Path"] = DatabasePath;
        builder.Logging.ClearProviders();
        builder.AddCoachBot();
        await using var app = builder.Build();

        using var input = new StringReader(string.Join('\n', answers));
        using var output = new StringWriter();
        await TerminalChat.RunAsync(app.Services, input, output, width);
        return output.ToString().ReplaceLineEndings("\n");
    }

    private static async Task<string> RunInFreshFolderAsync()
    {
        using var fresh = new TerminalChatTests();
        return await fresh.RunAsync("quit");
    }

    /// <summary>What CoachBot said, without the person's own lines.</summary>
    private static string BotLines(string output) =>
        string.Join('\n', output.Split('\n').Where(line => line.StartsWith("CoachBot: ", StringComparison.Ordinal)));

    /// <summary>The finished cases in the database: each is a document of its own under the person's key (its feelings another).</summary>
    private List<RejectionCase> StoredCases() =>
        StoredRows.Read(DatabasePath)
            .Where(row => row.Key.Contains("/case/", StringComparison.Ordinal) && !row.Key.EndsWith("/feelings", StringComparison.Ordinal))
            .Select(row => JsonSerializer.Deserialize<RejectionCase>(row.Document, ActivityJson.Options)!)
            .ToList();

    private static List<string> DraftBlocks(string output) =>
        output.Split(DraftStart).Skip(1).Select(block => block[..block.IndexOf("-----------------", StringComparison.Ordinal)]).ToList();

    private static string LastBotLineBefore(string output, string marker)
    {
        var lines = output[..output.LastIndexOf(marker, StringComparison.Ordinal)].Split('\n');
        return lines.Last(line => line.StartsWith("CoachBot: ", StringComparison.Ordinal));
    }
}
