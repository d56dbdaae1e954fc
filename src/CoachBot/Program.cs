using CoachBot.Channels.Terminal;
using CoachBot.Hosting;

var chatMode = args.FirstOrDefault() == "chat";
var builder = WebApplication.CreateBuilder(chatMode ? args[1..] : args);
builder.AddCoachBot();
if (chatMode)
{
    // The terminal is the chat: only warnings may interrupt it (configuration's Information rules included).
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Logging.AddFilter("CoachBot", LogLevel.Warning);
}

var app = builder.Build();
if (chatMode)
{
    await TerminalChat.RunAsync(app.Services, Console.In, Console.Out, TerminalChat.ConsoleWidth());
    return;
}

app.MapCoachBot();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
