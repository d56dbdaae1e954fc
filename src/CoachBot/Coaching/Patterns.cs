namespace CoachBot.Coaching;

/// <summary>
/// What repeats across the person's cases (the same stage, the same kind of role, the same reason), said
/// briefly with one practical next step, and with the caution that a few cases are a small sample.
/// </summary>
public static class Patterns
{
    public const string Caution = "A few cases are a small sample, so take it as a hint, not a verdict.";
    private const int Looked = 5;

    public static async Task SendAsync(CoachingTurn turn, RejectionCase finished, string office, CancellationToken ct)
    {
        var earlier = await turn.ReadRecentCasesAsync(Looked, ct);
        if (earlier.Count == 0 || Notice(finished, earlier, office) is not { } noticed)
        {
            return;
        }

        await turn.Context.SendAsync($"{noticed} {Caution}", ct);
    }

    /// <summary>The first thing that repeats, with its next step; null when nothing does.</summary>
    public static string? Notice(RejectionCase latest, IReadOnlyList<RejectionCase> earlier, string office)
    {
        if (latest.Stage is { } stage && latest.Situation is not (Situation.Ghosted or Situation.DeclinedOffer))
        {
            var same = 1 + earlier.Count(other => other.Stage == stage && other.Situation is not (Situation.Ghosted or Situation.DeclinedOffer));
            if (same >= 2)
            {
                return $"I notice {Times(same)} it ended at the {Feelings.StageName(stage)}. {StageStep(stage, office)}";
            }
        }

        if (Reasons.KindOf(latest.Reason) is { } kind and not ReasonKind.Other)
        {
            var same = 1 + earlier.Count(other => Reasons.KindOf(other.Reason) == kind);
            if (same >= 2)
            {
                return $"I notice {Times(same)} the reason was about {ReasonWords(kind)}. {ReasonStep(kind, office)}";
            }
        }

        if (RoleKind(latest.Role) is { } roleKind)
        {
            var same = 1 + earlier.Count(other => RoleKind(other.Role) == roleKind);
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
    private static string? RoleKind(string? role)
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
