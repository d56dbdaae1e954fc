using System.Text.RegularExpressions;

namespace CoachBot.Coaching;

/// <summary>The kinds of reason employers give that change the advice and the draft.</summary>
public enum ReasonKind
{
    Other,
    InternalCandidate,
    MoreExperience,
    Salary,
    HiringFreeze,
    BackgroundCheck,
}

/// <summary>Which kind of reason the employer's words are; the words themselves stay as given.</summary>
public static partial class Reasons
{
    public static ReasonKind? KindOf(string? reason) => reason is null ? null
        : BackgroundCheck().IsMatch(reason) ? ReasonKind.BackgroundCheck
        : InternalCandidate().IsMatch(reason) ? ReasonKind.InternalCandidate
        : HiringFreeze().IsMatch(reason) ? ReasonKind.HiringFreeze
        : Salary().IsMatch(reason) ? ReasonKind.Salary
        : MoreExperience().IsMatch(reason) ? ReasonKind.MoreExperience
        : ReasonKind.Other;

    /// <summary>What career-services guidance says about each kind of reason. Never legal advice.</summary>
    public static string? Advice(ReasonKind? kind, string office) => kind switch
    {
        ReasonKind.InternalCandidate => "They went with an internal candidate: that's about someone already on the inside, not a verdict on your interviews. Staying connected keeps you in mind for the next opening.",
        ReasonKind.MoreExperience => "They wanted more experience: that's about where you are in your career, not your potential. A project, an internship or a course that builds that experience is the practical answer, and they may well hire you later.",
        ReasonKind.Salary => "It came down to pay: that's a budget question, not a judgement of you. If the role still matters to you, you can say you'd be glad to talk again if their budget changes.",
        ReasonKind.HiringFreeze => "A hiring or budget freeze is about the company's plans, not about you. Asking to be kept in mind for when hiring reopens is reasonable.",
        ReasonKind.BackgroundCheck => $"After a background check, you can ask for a copy of the report and for the chance to respond to anything in it, especially if something is wrong or out of date; {office} can help you think through next steps. I can't give legal advice, but asking for the report is a normal, calm request.",
        _ => null,
    };

    [GeneratedRegex(@"\b(?:background|reference|criminal|credit)\s+(?:check|screening|report)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundCheck();

    [GeneratedRegex(@"\binternal(?:ly)?\b|\bpromot\w+\s+(?:from\s+)?within\b|\bexisting\s+employee", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalCandidate();

    /// <summary>The company's money ("a budget freeze", "budget cuts", "budget" alone), not the person's pay, unless said of the pay (<see cref="Salary"/>).</summary>
    [GeneratedRegex(@"\bhiring\s+freeze|\bfr(?:ee|o)z\w*|\bbudget\b(?!\s+for\s+(?:the|this)\s+(?:role|position|job))(?<!\bover\s+(?:\w+\s+)?budget)|\bheadcount|\brestructur\w*|\breorgani[sz]\w*|\b(?:role|position)\s+(?:was\s+)?(?:cancell?ed|closed|eliminated)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringFreeze();

    [GeneratedRegex(@"\bsalary|\bcompensation|\bpay\b|\bover\s+(?:\w+\s+)?budget\b|\bbudget\s+for\s+(?:the|this)\s+(?:role|position|job)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salary();

    [GeneratedRegex(@"\bexperience|\bmore\s+senior|\bqualifi\w+|\bskills?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreExperience();
}
