using System.Collections.Concurrent;
using CoachBot.Conversations.Privacy;

namespace CoachBot.Channels.Slack;

/// <summary>
/// What the coaching reads about a person from <c>users.info</c> (their time zone, for quiet hours and
/// local times, and their name, offered as a signature), and their DM channel from
/// <c>conversations.open</c>: looked up once and kept in memory for a while, never stored or logged.
/// </summary>
public sealed partial class SlackPeople(SlackApiClient api, SlackInstallations installations, TimeProvider clock, ILogger<SlackPeople> logger)
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(6);
    public static readonly TimeSpan FailureKept = TimeSpan.FromMinutes(5);
    private const int MaxKept = 100_000;

    private readonly ConcurrentDictionary<(string Team, string User), Person> people = new();
    private readonly ConcurrentDictionary<(string Team, string User), string> directMessages = new();

    /// <summary>A person as Slack describes them; null fields when Slack did not say.</summary>
    public sealed record Person(string? TimeZone, string? Name, DateTimeOffset Until);

    /// <summary>The person, when looked up recently.</summary>
    public Person? Known(string teamId, string userId) =>
        people.TryGetValue((teamId, userId), out var person) && person.Until > clock.GetUtcNow() ? person : null;

    /// <summary>Asks <c>users.info</c> and remembers the answer; a failure is remembered briefly as nothing known.</summary>
    public async Task<Person> LookUpAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        Person person;
        try
        {
            var token = await installations.TokenForAsync(teamId, null, cancellationToken);
            var answer = await api.CallAsync("users.info", token, new Dictionary<string, object?> { ["user"] = userId }, cancellationToken);
            var user = SlackIds.Object(answer, "user");
            var zone = SlackIds.Text(user, "tz") is { Length: > 0 and <= 64 } tz && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _) ? tz : null;
            var name = SlackIds.Text(SlackIds.Object(user, "profile"), "real_name") ?? SlackIds.Text(user, "real_name");
            person = new Person(zone, name is { Length: > 0 and <= 200 } ? name : null, clock.GetUtcNow() + Kept);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogLookUpFailed(ExceptionSummary.Of(exception));
            person = new Person(null, null, clock.GetUtcNow() + FailureKept);
        }

        if (people.Count > MaxKept)
        {
            people.Clear();
        }

        people[(teamId, userId)] = person;
        return person;
    }

    /// <summary>The DM channel with the person, when opened before.</summary>
    public string? KnownDirectMessage(string teamId, string userId) => directMessages.GetValueOrDefault((teamId, userId));

    public void RememberDirectMessage(string teamId, string userId, string channel)
    {
        if (directMessages.Count > MaxKept)
        {
            directMessages.Clear();
        }

        directMessages[(teamId, userId)] = channel;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not look up a Slack user; carrying on without their time zone. {ExceptionSummary}")]
    private partial void LogLookUpFailed(string exceptionSummary);
}
