using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Teams;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// One conversation through the real Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>,
/// pinned in tests/tools) in Debian's headless Chromium, in the <c>msteams</c> channel: the playground posts
/// activities to the real bot and acts as its Connector, renders what the bot sends as Teams would, and lists
/// every exchange in its log panel, where it reports attachments and card features it cannot render.
/// The conversation runs from the greeting to the first draft, then the test asserts the draft card rendered
/// and that neither the chat nor the log panel shows an error.
/// </summary>
public sealed partial class AgentsPlaygroundTests
{
    private const int MaxTurns = 25;
    private const string FallbackAnswer = "I built a dashboard for our student union";
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);
    private const string WindowSize = "1400,1000";

    private static readonly string[] FreeTextAnswers =
    [
        "Contoso",
        "Data Analyst Intern",
        "They went with someone with more experience",
    ];

    // The playground's UI (Fluent UI with generated class names) has no test ids; these are its stable hooks.
    private static readonly By Input = By.CssSelector("[role='textbox'][contenteditable='true']");
    private static readonly By SendButton = By.CssSelector("button[aria-label='Send Message']");
    private static readonly By BotAuthors = By.CssSelector("[aria-label='Message author']");
    private static readonly By Cards = By.CssSelector(".ac-adaptiveCard");
    private static readonly By CardButtons = By.CssSelector(".ac-adaptiveCard button");
    private static readonly By LogPanelEntries = By.CssSelector("div[contenteditable='true'][spellcheck='false'] > div");

    /// <summary>
    /// The buttons of the suggested actions: the playground puts them under the last message, in the message
    /// list, as plain buttons (the message menus have an aria-label, card buttons sit in the card).
    /// </summary>
    private const string SuggestedActionsScript =
        """
        const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
        if (!headers.length) return [];
        const list = headers[headers.length - 1].parentElement.parentElement.parentElement.parentElement;
        return [...list.querySelectorAll('button:not([role]):not([aria-label]):not([title])')]
          .filter(b => !b.closest('.ac-adaptiveCard') && b.innerText.trim() && b.offsetParent !== null);
        """;

    /// <summary>The last bot message: the block holding its header (author, time) and its content.</summary>
    private const string LastBotMessageScript =
        """
        const authors = [...document.querySelectorAll('[aria-label="Message author"]')];
        return authors.length ? authors[authors.length - 1].closest('[aria-label="Message header"]').parentElement : null;
        """;

    /// <summary>Log panel entries the playground colours as errors or warnings (red or orange text).</summary>
    private const string ColouredLogEntriesScript =
        """
        const panel = document.querySelector("div[contenteditable='true'][spellcheck='false']");
        if (!panel) return [];
        return [...panel.children].filter(entry => [...entry.querySelectorAll('*')].some(e => {
          const m = getComputedStyle(e).color.match(/\d+/g);
          if (!m) return false;
          const [r, g, b] = m.map(Number);
          return r > 150 && g < 120 && b < 130;
        })).map(entry => entry.innerText);
        """;

    [Fact]
    public async Task A_conversation_in_the_Agents_Playground_reaches_a_draft_card_without_errors() =>
        await InPlaygroundAsync(settings: null, "coachbot-playground-", DriveConversationAsync);

    /// <summary>Starts the bot and the playground in front of it, runs <paramref name="drive"/> in a fresh Chromium profile, and cleans up.</summary>
    private static async Task InPlaygroundAsync(
        Dictionary<string, string?>? settings, string workPrefix, Func<Playground, BackgroundTurns, string, Task> drive)
    {
        await using var server = await CoachBotServer.StartAsync(settings: settings);
        var endpoint = new Uri(server.BaseAddress, "/api/messages");
        var turns = server.Services.GetRequiredService<BackgroundTurns>();
        var work = Directory.CreateTempSubdirectory(workPrefix);
        var playground = await Playground.StartAsync(endpoint, work.FullName);
        try
        {
            await drive(playground, turns, Path.Combine(work.FullName, "chromium"));
        }
        finally
        {
            playground.Dispose();
            HeadlessChromium.TryDelete(work);
        }
    }

    /// <summary>Opens the playground's chat and waits for the bot's greeting.</summary>
    private static async Task OpenChatAsync(IWebDriver driver, WebDriverWait wait, Playground playground, BackgroundTurns turns, List<string> steps)
    {
        driver.Navigate().GoToUrl(playground.Address);
        wait.Message = "The playground never showed the bot's greeting." + playground.Output();
        wait.Until(d => d.FindElements(BotAuthors).Count > 0 && d.FindElements(Input).Count > 0);
        await WaitForBotAsync(driver, wait, turns, userMessagesBefore: 0, steps);
    }

    /// <summary>
    /// Answers the bot's last message as a person would, and waits for its whole answer: a suggested action is
    /// clicked, a card's choice typed, a free-text question answered from <paramref name="freeText"/>; among
    /// several choices, the first of <paramref name="preferred"/> shown, else the first.
    /// </summary>
    private static async Task AnswerAsync(
        IWebDriver driver, WebDriverWait wait, BackgroundTurns turns, List<string> steps, Queue<string> freeText, IReadOnlyCollection<string> preferred)
    {
        var usersBefore = LogCount(driver, UserToBot);
        var suggested = Script<IReadOnlyCollection<object>>(driver, SuggestedActionsScript).OfType<IWebElement>().ToList();
        var last = Script<IWebElement?>(driver, LastBotMessageScript);
        var lastText = last?.Text.Trim() ?? "";
        var cardButtons = last?.FindElements(CardButtons) ?? [];
        if (suggested.Count > 0)
        {
            var pick = suggested.FirstOrDefault(button => preferred.Contains(button.Text.Trim())) ?? suggested[0];
            var title = pick.Text.Trim();
            pick.Click();
            steps.Add($"bot: {OneLine(lastText)} | clicked: {title}");
        }
        else
        {
            // The choice cards' Action.Submit buttons carry msteams imBack data: Teams sends the title as
            // the user's message. The playground (0.2.28) throws in its click handler for any Action.Submit
            // whose data has an msteams field ("Cannot add property msTeams, object is not extensible"),
            // so the test sends what Teams would: the chosen button's title as text.
            var titles = cardButtons.Select(button => button.Text.Trim()).ToList();
            var answer = titles.FirstOrDefault(preferred.Contains) ?? titles.FirstOrDefault()
                ?? (freeText.TryDequeue(out var text) ? text : FallbackAnswer);
            Send(driver, answer);
            steps.Add($"bot: {OneLine(lastText)} | {(titles.Count > 0 ? "card, typed" : "typed")}: {answer}");
        }

        await WaitForBotAsync(driver, wait, turns, usersBefore, steps);
    }

    private static async Task DriveConversationAsync(Playground playground, BackgroundTurns turns, string profileDir)
    {
        using var driver = HeadlessChromium.Start(profileDir, WindowSize);
        var wait = HeadlessChromium.Wait(driver, WaitTimeout);
        var steps = new List<string>();
        try
        {
            await OpenChatAsync(driver, wait, playground, turns, steps);
            var freeText = new Queue<string>(FreeTextAnswers);
            IWebElement? draft = null;
            for (var turn = 0; turn < MaxTurns && draft is null; turn++)
            {
                await AnswerAsync(driver, wait, turns, steps, freeText, preferred: []);
                draft = driver.FindElements(Cards).FirstOrDefault(IsDraft);
            }

            Assert.True(draft is not null, $"No draft card after {MaxTurns} turns.{Environment.NewLine}{string.Join(Environment.NewLine, steps)}");
            ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", draft);
            Assert.True(draft.Displayed, "The draft card is not visible.");
            Assert.Contains("Contoso", draft.Text, StringComparison.Ordinal);
            Assert.Contains("Data Analyst Intern", draft.Text, StringComparison.Ordinal);

            var page = driver.FindElement(By.TagName("body")).Text;
            Assert.DoesNotMatch(UnsupportedContent(), page);

            var log = driver.FindElements(LogPanelEntries).Select(entry => entry.Text).ToList();
            Assert.Contains(log, entry => entry.Contains("Connected.", StringComparison.Ordinal));
            Assert.DoesNotContain(log, entry => LogProblem().IsMatch(entry));
            Assert.Empty(Script<IReadOnlyCollection<object>>(driver, ColouredLogEntriesScript));
            HeadlessChromium.SaveScreenshot(driver, "agents-playground.png");
        }
        catch
        {
            HeadlessChromium.SaveScreenshot(driver, "agents-playground-failure.png");
            throw;
        }
    }

    private const string UserToBot = "Microsoft 365 Agents Playground -> User Application message ";
    private const string BotToUser = "User Application -> Microsoft 365 Agents Playground message ";

    /// <summary>
    /// Waits for the bot's whole answer: the playground has logged the user's message as delivered, the bot's
    /// background turn has finished (each reply it sent has been accepted by the playground's connector), and
    /// the chat shows as many bot messages as the log lists.
    /// </summary>
    private static async Task WaitForBotAsync(IWebDriver driver, WebDriverWait wait, BackgroundTurns turns, int userMessagesBefore, List<string> steps)
    {
        if (userMessagesBefore > 0 || LogCount(driver, UserToBot) > 0)
        {
            wait.Message = "The playground never delivered the user's message to the bot." + Environment.NewLine + string.Join(Environment.NewLine, steps);
            wait.Until(d => LogCount(d, UserToBot) > userMessagesBefore);
        }

        await turns.WhenIdleAsync().WaitAsync(WaitTimeout);
        wait.Message = "The chat did not show every message the bot sent." + Environment.NewLine + string.Join(Environment.NewLine, steps);
        wait.Until(d => d.FindElements(BotAuthors).Count >= LogCount(d, BotToUser) && LogCount(d, BotToUser) > 0);
    }

    private static int LogCount(IWebDriver driver, string prefix) =>
        driver.FindElements(LogPanelEntries).Count(entry => entry.Text.Contains(prefix, StringComparison.Ordinal));

    private static void Send(IWebDriver driver, string text)
    {
        var input = driver.FindElement(Input);
        input.Click();
        input.SendKeys(text);
        driver.FindElement(SendButton).Click();
    }

    private static bool IsDraft(IWebElement card) =>
        card.FindElements(By.TagName("button")).Count == 0 && card.Text.Contains("Contoso", StringComparison.Ordinal);

    private static T Script<T>(IWebDriver driver, string script) => (T)((IJavaScriptExecutor)driver).ExecuteScript(script)!;

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ");

    [GeneratedRegex("not supported|unsupported|unknown attachment|unknown action", RegexOptions.IgnoreCase)]
    private static partial Regex UnsupportedContent();

    [GeneratedRegex("error|warning|not supported|unsupported|unknown|fail", RegexOptions.IgnoreCase)]
    private static partial Regex LogProblem();

    /// <summary>The playground's node process: its UI and connector on a port of its own choosing.</summary>
    private sealed partial class Playground : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private bool disposed;

        private Playground(Process process, Uri address)
        {
            this.process = process;
            Address = address;
        }

        public Uri Address { get; private set; }

        public string Output()
        {
            lock (output)
            {
                return Environment.NewLine + "Playground output:" + Environment.NewLine + output;
            }
        }

        public static async Task<Playground> StartAsync(Uri botEndpoint, string workDir)
        {
            var cli = RepoTools.PathOf("tests", "tools", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
            Assert.True(
                File.Exists(cli),
                $"The Agents Playground is not installed ({cli} is missing): run 'npm ci --prefix tests/tools' (scripts/test.sh does).");

            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = workDir, // it reads .m365agentsplayground.yml from, and writes devTools/ to, its folder
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            // -p 0: a free port of its own; it prints "Listening on <port>".
            foreach (var argument in new[] { cli, "-e", botEndpoint.ToString(), "-c", "msteams", "-p", "0", "--disable-telemetry" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
            start.Environment["TEAMSAPPTESTER_LOGFILE"] = Path.Combine(workDir, "playground.log");

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Assert.Fail($"Cannot run 'node' ({e.Message}). The Agents Playground test needs Node.js 20 or later on PATH.");
                throw;
            }

            var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            var playground = new Playground(process, new Uri("http://127.0.0.1/"));
            void OnLine(string? line)
            {
                if (line is null)
                {
                    port.TrySetException(new InvalidOperationException("The playground exited." + playground.Output()));
                    return;
                }

                lock (playground.output)
                {
                    playground.output.AppendLine(line);
                }

                if (ListeningOn().Match(line) is { Success: true } match)
                {
                    port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            process.OutputDataReceived += (_, e) => OnLine(e.Data);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (playground.output)
                    {
                        playground.output.AppendLine(e.Data);
                    }
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();

            try
            {
                var listening = await port.Task.WaitAsync(TimeSpan.FromSeconds(30));
                playground.Address = new Uri($"http://localhost:{listening}/");
                await WaitUntilServingAsync(playground);
                return playground;
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException)
            {
                var text = playground.Output();
                playground.Dispose();
                Assert.Fail($"The Agents Playground did not start: {e.Message}{text}");
                throw;
            }
        }

        /// <summary>Asks its UI and its debug ping, a bounded number of times, each with a timeout.</summary>
        private static async Task WaitUntilServingAsync(Playground playground)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            Exception? last = null;
            for (var attempt = 0; attempt < 20; attempt++)
            {
                try
                {
                    using var page = await client.GetAsync(playground.Address);
                    using var ping = await client.GetAsync(new Uri(playground.Address, "/_debug/ping"));
                    if (page.IsSuccessStatusCode && ping.IsSuccessStatusCode)
                    {
                        return;
                    }

                    last = new HttpRequestException($"UI {(int)page.StatusCode}, ping {(int)ping.StatusCode}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    last = e;
                }
            }

            throw new HttpRequestException($"The playground at {playground.Address} did not answer: {last?.Message}");
        }

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }

            process.Dispose();
        }

        [GeneratedRegex(@"Listening on (\d+)")]
        private static partial Regex ListeningOn();
    }
}
