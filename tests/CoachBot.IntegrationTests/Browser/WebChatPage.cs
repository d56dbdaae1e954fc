using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>
/// The web chat page (wwwroot) as the browser tests see it: its test hooks, and one generic turn of the
/// conversation (the first suggested action, else the next scripted answer), so tests follow the bot's flow
/// rather than a fixed script.
/// </summary>
internal static class WebChatPage
{
    public const string FallbackAnswer = "I built a dashboard for our student union";

    public static readonly string[] FreeTextAnswers =
    [
        "Contoso",
        "Data Analyst Intern",
        "They said they went with someone with more experience",
    ];

    public static readonly By BotMessages = By.CssSelector("[data-testid='bot-message']");
    public static readonly By UserMessages = By.CssSelector("[data-testid='user-message']");
    public static readonly By SuggestedActions = By.CssSelector("[data-testid='suggested-action']");
    public static readonly By Drafts = By.CssSelector("[data-testid='draft']");
    public static readonly By CopyDraft = By.CssSelector("[data-testid='copy-draft']");
    public static readonly By Input = By.CssSelector("[data-testid='input']");
    public static readonly By Error = By.CssSelector("[data-testid='error']");
    public static readonly By Transcript = By.Id("log");

    /// <summary>The card of each finished draft in the transcript (not the preview shown while one is written).</summary>
    public static readonly By DraftCards = By.CssSelector("#log section:not([data-testid='draft-preview']):has(> [data-testid='draft'])");

    /// <summary>Answers the bot once; returns the step for a failure message.</summary>
    public static string AnswerOnce(IWebDriver driver, WebDriverWait wait, ref int nextAnswer)
    {
        var actions = VisibleSuggestedActions(driver);
        var lastBotText = LastBotMessage(driver);
        var usersBefore = driver.FindElements(UserMessages).Count;
        string step;
        if (actions.Count > 0)
        {
            var title = actions[0].Text;
            actions[0].Click();
            step = $"bot: {lastBotText} | clicked: {title}";
        }
        else
        {
            var answer = nextAnswer < FreeTextAnswers.Length ? FreeTextAnswers[nextAnswer++] : FallbackAnswer;
            Type(driver, answer);
            step = $"bot: {lastBotText} | typed: {answer}";
        }

        wait.Message = $"The answer was not shown as the user's message ({step}).";
        wait.Until(d => d.FindElements(UserMessages).Count > usersBefore || d.FindElement(Error).Displayed);
        return step;
    }

    public static void Type(IWebDriver driver, string text)
    {
        var input = driver.FindElement(Input);
        input.SendKeys(text);
        input.SendKeys(Keys.Enter);
    }

    /// <summary>Waits until the page has no request in flight; fails at once if it shows an error.</summary>
    public static void WaitUntilIdle(IWebDriver driver, WebDriverWait wait)
    {
        wait.Message = "The bot did not answer in time.";
        wait.Until(d =>
        {
            var error = d.FindElement(Error);
            if (error.Displayed)
            {
                Assert.Fail($"The page showed an error: {error.Text}");
            }

            return d.FindElement(Transcript).GetDomAttribute("aria-busy") == "false";
        });
    }

    public static List<IWebElement> VisibleSuggestedActions(IWebDriver driver) =>
        driver.FindElements(SuggestedActions).Where(button => button.Displayed && button.Enabled).ToList();

    public static string LastBotMessage(IWebDriver driver)
    {
        var messages = driver.FindElements(BotMessages);
        return messages.Count == 0 ? "" : messages[^1].Text.Trim();
    }
}
