using System.ComponentModel.DataAnnotations;

namespace CoachBot.FollowUps;

/// <summary>
/// The <c>CoachBot:FollowUps</c> section: when each nudge falls due, the rules that keep them polite, and
/// how the dispatcher works. The cooling-off wait itself stays <c>CoachBot:CoolingOff</c>.
/// </summary>
public sealed class FollowUpOptions : IValidatableObject
{
    public const string Section = "CoachBot:FollowUps";

    /// <summary>How often the dispatcher looks for due nudges.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claimed nudge is held by one dispatcher before another may take it (a crash in between).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many due nudges one claim takes; a full batch is followed by the next at once.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How many nudge turns one dispatcher runs at a time.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrent { get; set; } = 32;

    /// <summary>The reminder to review and send, when the person went ahead without a cooling-off wait.</summary>
    public TimeSpan SendReminderAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>"Did they answer?", counted from when the reply was to be sent.</summary>
    public TimeSpan DidTheyAnswerAfter { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan NetworkAfter { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan ReapplyAfter { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan CounselorAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>"Snooze a week".</summary>
    public TimeSpan Snooze { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a nudge waits while the person is in a crisis pause, before it is looked at again.</summary>
    public TimeSpan CrisisRecheck { get; set; } = TimeSpan.FromDays(1);

    /// <summary>At most this many nudges a day per person (the others wait for the next day).</summary>
    [Range(1, 100)]
    public int MaxPerDay { get; set; } = 1;

    /// <summary>At most this many nudges are sent about one company; the rest are dropped.</summary>
    [Range(1, 100)]
    public int MaxPerCompany { get; set; } = 2;

    /// <summary>After this many nudges in a row without an answer, the rest pause until the person writes again.</summary>
    [Range(1, 100)]
    public int PauseAfterIgnored { get; set; } = 3;

    /// <summary>The first retry after a delivery failed for a passing reason; each further one waits twice as long.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts at delivering one nudge before it is given up.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(PollInterval), PollInterval), (nameof(Lease), Lease), (nameof(SendReminderAfter), SendReminderAfter),
            (nameof(DidTheyAnswerAfter), DidTheyAnswerAfter), (nameof(NetworkAfter), NetworkAfter), (nameof(ReapplyAfter), ReapplyAfter),
            (nameof(CounselorAfter), CounselorAfter), (nameof(Snooze), Snooze), (nameof(CrisisRecheck), CrisisRecheck), (nameof(RetryAfter), RetryAfter),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"{Section}:{name} must be longer than zero.", [name]);
            }
        }

        if (Lease < TimeSpan.FromSeconds(1))
        {
            // A lease shorter than a turn lets a second dispatcher take a nudge still being sent.
            yield return new ValidationResult($"{Section}:Lease must outlast a nudge's turn: at least a second, a minute or more in production.", [nameof(Lease)]);
        }
    }
}
