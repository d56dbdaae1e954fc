using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CoachBot.IntegrationTests.Browser;

/// <summary>Debian's Chromium, headless, for the browser tests: started, waited on, photographed, cleaned up.</summary>
public static class HeadlessChromium
{
    /// <param name="windowSize">Width and height, e.g. "1000,900".</param>
    public static ChromeDriver Start(string profileDir, string windowSize)
    {
        var chromium = PathFromEnvironment("CHROMIUM_PATH", "/usr/bin/chromium");
        var chromedriver = PathFromEnvironment("CHROMEDRIVER_PATH", "/usr/bin/chromedriver");
        if (!File.Exists(chromium) || !File.Exists(chromedriver))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {chromium} and ChromeDriver at {chromedriver}: "
                + "install Debian's chromium and chromium-driver, or set CHROMIUM_PATH and CHROMEDRIVER_PATH.");
        }

        // A driver path and a browser path of our own, so Selenium Manager never looks for or downloads either.
        var service = ChromeDriverService.CreateDefaultService(
            Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = chromium };
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            $"--window-size={windowSize}",
            $"--user-data-dir={profileDir}");

        try
        {
            return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public static WebDriverWait Wait(IWebDriver driver, TimeSpan timeout)
    {
        var wait = new WebDriverWait(driver, timeout) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait;
    }

    public static void SaveScreenshot(IWebDriver driver, string fileName)
    {
        try
        {
            ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(AppContext.BaseDirectory, fileName));
        }
        catch (Exception e) when (e is WebDriverException or IOException)
        {
            // A screenshot is for people looking at the run; never let it hide the real outcome.
        }
    }

    public static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the temp folder is cleaned up eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string PathFromEnvironment(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? path : fallback;
}
