namespace CoachBot.Coaching;

/// <summary>
/// What repeats across the person's cases (the same stage, the same kind of role, the same reason), said
/// briefly with one practical next step, and with the caution that a few cases are a small sample.
/// </summary>
public static class Patterns
{
    public const string Caution = "A few cases are a small sample, so take it as a hint, not a verdict.";
    /// <summary>How many earlier cases are compared, and so how many outlines the profile keeps.</summary>
    public const int Looked = 5;

    public static async Task SendAsync(CoachingTurn turn, RejectionCase finished, string office, CancellationToken ct)
    {
        var earlier = await turn.ReadEarlierOutlinesAsync(ct);
        if (earlier.Count == 0 || Notice(CaseOutline.Of(finished), earlier, office) is not { } noticed)
        {
            return;
        }

        await turn.Context.SendAsync($"{noticed} {Caution}", ct);
    }

    /// <summary>The first thing that repeats, with its next step; null when nothing does.</summary>
    public static string? Notice(CaseOutline latest, IReadOnlyList<CaseOutline> earlier, string office)
    {
        if (latest.Stage is { } stage && latest.Situation is not (Situation.Ghosted or Situation.DeclinedOffer))
        {
            var same = 1 + earlier.Count(other => other.Stage == stage && other.Situation is not (Situation.Ghosted or Situation.DeclinedOffer));
            if (same >= 2)
            {
                return $"I notice {Times(same)} it ended at the {Feelings.StageName(stage)}. {StageStep(stage, office)}";
            }
        }

        if (latest.Reason is { } kind and not ReasonKind.Other)
        {
            var same = 1 + earlier.Count(other => other.Reason == kind);
            if (same >= 2)
            {
                return $"I notice {Times(same)} the reason was about {ReasonWords(kind)}. {ReasonStep(kind, office)}";
            }
        }

        if (latest.RoleKind is { } roleKind)
        {
            var same = 1 + earlier.Count(other => other.RoleKind == roleKind);
            if (same >= 2)
            {
                return $"I notice {Times(same)} it was {Article(roleKind)} {roleKind} role. A resume review with {office} can check that your resume speaks to these roles.";
            }
        }

        return null;
    }

    private static string Times(int count) => count switch
    {
        2 => "this is the second time",
        3 => "this is the third time",
        _ => $"this is the {count}th time",
    };

    private static string StageStep(RejectionStage stage, string office) => stage switch
    {
        RejectionStage.Application => $"A resume review with {office} can help your applications get past the first screen.",
        RejectionStage.ScreeningCall => $"Practising your short introduction in a mock screening call with {office} can help.",
        RejectionStage.Interview or RejectionStage.FinalRound => $"A mock interview with {office} can help you see that step from the other side.",
        _ => $"Talking it through with a counselor at {office} can help you plan the next one.",
    };

    private static string ReasonWords(ReasonKind kind) => kind switch
    {
        ReasonKind.MoreExperience => "experience",
        ReasonKind.InternalCandidate => "an internal candidate",
        ReasonKind.Salary => "pay",
        ReasonKind.HiringFreeze => "hiring freezes",
        _ => "a background check",
    };

    private static string ReasonStep(ReasonKind kind, string office) => kind switch
    {
        ReasonKind.MoreExperience => $"Talking to a counselor at {office} about projects or internships that build experience is a practical next step.",
        ReasonKind.Salary => $"A counselor at {office} can help you research pay ranges before the next conversation.",
        _ => $"Talking it through with a counselor at {office} is a good next step.",
    };

    /// <summary>The role's last word, in lower case and singular: "Data Analyst" and "Financial Analysts" are both "analyst".</summary>
    public static string? RoleKind(string? role)
    {
        var last = role?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
        if (last is null || last.Length < 3 || last is "intern" or "internship" or "role" or "position" or "job")
        {
            return null;
        }

        return last.EndsWith('s') ? last[..^1] : last;
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}

/// <summary>
/// What <see cref="Patterns"/> compares of a finished case, in categories only (never the person's words).
/// The profile keeps the latest few, so finishing a case compares without reading the earlier ones.
/// </summary>
public sealed class CaseOutline
{
    public DateTimeOffset StartedAt { get; set; }
    public RejectionStage? Stage { get; set; }
    public Situation? Situation { get; set; }
    public ReasonKind? Reason { get; set; }
    /// <summary>The role's last word ("analyst"), see <see cref="Patterns.RoleKind"/>.</summary>
    public string? RoleKind { get; set; }

    public static CaseOutline Of(RejectionCase rejection) => new()
    {
        StartedAt = rejection.StartedAt,
        Stage = rejection.Stage,
        Situation = rejection.Situation,
        Reason = Reasons.KindOf(rejection.Reason),
        RoleKind = Patterns.RoleKind(rejection.Role),
    };
}
