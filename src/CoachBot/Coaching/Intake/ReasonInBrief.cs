using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// A reason as the coach keeps it: a few words that say what the employer decided or why ("other
/// candidates' experience matched more closely", "a hiring freeze", "not enough SQL"), never the e-mail's
/// whole sentence nor the person's words about themselves. The drafts and the summary quote it back, so a
/// reason that cannot be put in a few words is dropped and the person is asked.
/// </summary>
public static partial class ReasonInBrief
{
    private const int MatchTimeoutMs = 1_000;
    private const int MaxWords = 14;
    private const int MaxCauseWords = 8;
    private const int MaxShortWords = 8;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <returns>The reason in a few words; null when what was said gives none, or none that fits in a few words.</returns>
    public static string? Condense(string? said)
    {
        if (string.IsNullOrWhiteSpace(said))
        {
            return null;
        }

        var text = string.Join(' ', said.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim().Trim('"', '“', '”', '\'');
        try
        {
            if (Crowded().IsMatch(text) && !Decided().IsMatch(text))
            {
                // "we received an exceptionally high volume of applicants", "we had many strong candidates": true of
                // every opening, so it says nothing of why this person was not chosen. Repeating it in a draft ("I
                // understand you had many applicants") sounds like thanking them for a form letter; the person is asked.
                return null;
            }

            // A reason already short ("the role has been eliminated", "budget reductions this quarter") is kept as
            // said, but for the person's own voice ("i didnt have enough sql", "i already accepted one").
            return Words(text).Length <= MaxShortWords ? InOwnVoice(text) ?? InFewWords(text) : Kind(text) ?? InFewWords(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// The answer to the reason question, without its lead-in: "they said the role was filled" is "the role was
    /// filled"; "no reason, they just pulled it after i countered" says none was given (what follows is what
    /// happened, read as such), unless what follows is what they said ("no reason, just that it was filled").
    /// </summary>
    /// <returns>Null when the answer says no reason was given; else the reason in the person's words.</returns>
    public static string? FromAnswer(string answer)
    {
        var text = string.Join(' ', answer.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        try
        {
            if (NoneGivenLeadIn().Match(text) is { Success: true } none)
            {
                var rest = text[none.Length..];
                return SaidLeadIn().Match(rest) is { Success: true, Length: > 0 } said && rest.Length > said.Length
                    ? Tidied(AboutMe().IsMatch(rest[said.Length..]) ? rest : rest[said.Length..])
                    : null;
            }

            // "the background check, can they do that?": the question asked after the reason is no part of it.
            text = TrailingQuestion().Replace(text, string.Empty).Trim();
            var lead = SaidLeadIn().Match(text);
            // "They said I should stop by again next year": what they said of the person keeps its lead-in, or it
            // would read as the person's own words.
            var reason = lead.Success && text.Length > lead.Length && !AboutMe().IsMatch(text[lead.Length..]) ? Tidied(text[lead.Length..]) : text;
            // "the offer is no longer available", "they pulled it": what happened, said again, is no reason for it.
            return OnlyTheEnding().IsMatch(reason) ? null : reason;
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static string Tidied(string reason) => reason.Trim().Trim('"', '“', '”', '\'').Trim();

    /// <summary>A reason of a kind the coach knows, put in its few words; null for any other.</summary>
    public static string? Known(string said)
    {
        try
        {
            return Kind(string.Join(' ', said.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? Kind(string text)
    {
        // "due to unforeseen changes in business conditions, we have decided to rescind": the cause is the reason.
        // "the internship programme has been cancelled because of budget cuts": what was stopped is said with it.
        if (CauseAfterConnector().Match(text) is { Success: true } cause
            && Words(cause.Groups["cause"].Value) is var causeWords && causeWords.Length is > 0 and <= MaxCauseWords)
        {
            return StoppedBefore(text[..cause.Index]) is { } stopped ? $"{stopped} {cause.Value.Trim()}"
                : HiringFrozen().IsMatch(cause.Value) ? "a hiring freeze" : Expand(string.Join(' ', causeWords));
        }

        if (CloserMatch().IsMatch(text))
        {
            // "candidates whose experience more closely matches our needs": what the others had, in brief.
            return WhatTheyHad().Match(text) is { Success: true } had
                ? $"other candidates' {had.Value.ToLowerInvariant()} matched more closely"
                : "other candidates matched the role more closely";
        }

        if (InternalHire().IsMatch(text))
        {
            return FilledInternally().IsMatch(text) ? "the role was filled internally" : "the role went to an internal candidate";
        }

        if (RoleGone().Match(text) is { Success: true } gone)
        {
            var how = gone.Groups["how"].Value.ToLowerInvariant();
            return how.StartsWith("no longer", StringComparison.Ordinal) ? "the role is no longer available" : $"the role was {how}";
        }

        if (InOwnVoice(text) is { } reported)
        {
            return reported;
        }

        if (HiringFrozen().IsMatch(text))
        {
            return BudgetCut().IsMatch(text) ? "budget cuts and a hiring freeze" : "a hiring freeze";
        }

        // "budget freeze", "the budget was frozen": the company's money, said as such (never cut to "budget", read as pay).
        if (BudgetFrozen().IsMatch(text))
        {
            return "a budget freeze";
        }

        if (BudgetCut().IsMatch(text))
        {
            return "budget cuts";
        }

        return null;
    }

    /// <summary>
    /// A reason in the person's voice, put as what it is: "they said i didnt have enough sql" reports the
    /// employer's words ("not enough sql"); "I already accepted one at Corvid" is the commonest reason to decline.
    /// </summary>
    private static string? InOwnVoice(string text) =>
        NotEnough().Match(text) is { Success: true } lacking ? $"not enough {lacking.Groups["what"].Value.Trim()}"
        : AcceptedAnother().Match(text) is { Success: true } accepted ? WhatMakesItBetter(text, accepted) ?? "I accepted another offer"
        : null;

    /// <summary>
    /// "I accepted another offer closer to home": what the person says of the other offer is their reason, in their
    /// words (without the "I"); "I already accepted one at Corvid" says only that, and where.
    /// </summary>
    private static string? WhatMakesItBetter(string text, Match accepted)
    {
        var more = text[accepted.Length..].Trim().TrimEnd('.', '!', ',', ';');
        return more.Length > 0 && accepted.Groups["offer"].Success && BetterIn().IsMatch(more)
            ? text[accepted.Groups["verb"].Index..].Trim().TrimEnd('.', '!', ',', ';')
            : null;
    }

    /// <summary>Any other reason, without the e-mail's lead-in or what followed from it, when a few words say it.</summary>
    private static string? InFewWords(string text)
    {
        var reason = LeadIn().Replace(text, string.Empty, 1);
        // "they've over-hired and have to withdraw some offers": the reason, not what it led to.
        reason = Consequence().Match(reason) is { Success: true, Index: > 0 } then ? reason[..then.Index] : reason;
        var words = Words(reason);
        return words.Length is >= 1 and <= MaxWords ? Expand(string.Join(' ', words)) : null;
    }

    /// <summary>
    /// What the employer stopped, said just before its cause: "the role's been cancelled" (due to funding changes),
    /// "pausing the 2025 grad intake" (due to restructuring). Null when the words before the cause say no such thing.
    /// </summary>
    public static string? StoppedBefore(string textBefore)
    {
        try
        {
            return Stopped().Match(textBefore) is { Success: true } stopped ? stopped.Value.Trim().Trim('"', '“', '”').Trim() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string[] Words(string text) =>
        text.Trim().TrimEnd('.', ',', ';', ':', '!').Trim('"', '“', '”').Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Short forms a student writes that a draft should not repeat: "no relo" is "no relocation".</summary>
    private static string Expand(string reason) => ShortForm().Replace(reason, match => match.Value.ToLowerInvariant() switch
    {
        "relo" => "relocation",
        _ => match.Value,
    });

    [GeneratedRegex(@"\b(?:high|large|huge|overwhelming|record|unprecedented|significant|exceptional(?:ly\s+high)?|great)\s+(?:volume|number)\s+of\s+(?:applicants|applications|candidates|interest)|\bmany\s+(?:strong|qualified|talented|excellent|great|highly\s+qualified)\s+(?:applicants|applications|candidates)|\b(?:highly|very|extremely|incredibly)\s+competitive\b|\bcompetitive\s+(?:field|pool|process|year)|\b(?:got|had|received|get|gets)\s+(?:like\s+|over\s+|about\s+|around\s+|almost\s+|nearly\s+)?\d[\d,.]*k?\s+(?:apps|applications|applicants|candidates|cvs|resumes)\b|\b(?:so\s+many|tons\s+of|loads\s+of|thousands\s+of|hundreds\s+of)\s+(?:apps|applications|applicants|candidates)\b", Options, MatchTimeoutMs)]
    private static partial Regex Crowded();

    /// <summary>A crowded field beside a reason that is one: "many applicants, and we chose those with more experience".</summary>
    [GeneratedRegex(@"\bmore\s+(?:closely|relevant|direct)|\bcloser\s+(?:match|fit)|\bbetter\s+(?:match|fit|suited)|\bmore\s+experience|\bfilled|\bfreeze|\bbudget", Options, MatchTimeoutMs)]
    private static partial Regex Decided();

    [GeneratedRegex(@"\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to|in\s+light\s+of|following(?=\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+)?(?:review|restructur|reorgani|change|decision)))\s+(?:the\s+|an?\s+|some\s+)?(?:(?:unforeseen|unexpected|recent|ongoing|current|sudden|significant)\s+)?(?<cause>[^,;.!?]{3,120}?)(?=\s*[,;.!?]|\s+(?:we|it|and\s+we|the\s+(?:role|position|offer))\b|\s*$)", Options, MatchTimeoutMs)]
    private static partial Regex CauseAfterConnector();

    [GeneratedRegex(@"\bmore\s+closely\s+(?:match|align|fit|suit)|\bcloser\s+(?:match|fit|alignment)|\bbetter\s+(?:match(?:es|ed)?|fit|suited|aligned|alignment)\b", Options, MatchTimeoutMs)]
    private static partial Regex CloserMatch();

    [GeneratedRegex(@"\b(?:experience|backgrounds?|skills?(?:\s+and\s+experience)?|qualifications|profiles?|skill\s+sets?)\b", Options, MatchTimeoutMs)]
    private static partial Regex WhatTheyHad();

    [GeneratedRegex(@"\b(?:position|role|opening|vacancy|job|requisition|spot|post)\s+(?:has\s+(?:now\s+|since\s+|already\s+)?been|had\s+been|was|got|is|has)\s+(?:now\s+|since\s+|already\s+)?(?<how>filled|closed|cancell?ed|eliminated|put\s+on\s+hold|no\s+longer\s+(?:available|open))\b", Options, MatchTimeoutMs)]
    private static partial Regex RoleGone();

    [GeneratedRegex(@"\bfilled\s+internally|\binternal\s+(?:candidate|applicant|hire|transfer)s?\b|\bwent\s+(?:with\s+(?:someone\s+)?)?internal(?:ly)?\b|\bhired\s+(?:someone\s+)?internally\b", Options, MatchTimeoutMs)]
    private static partial Regex InternalHire();

    [GeneratedRegex(@"\bfilled\s+internally\b", Options, MatchTimeoutMs)]
    private static partial Regex FilledInternally();

    [GeneratedRegex(@"\s+(?:and|so)\s+(?:(?:they|we)\s+)?(?:have|had|need|needed|must|are|were|now|therefore)\s+(?:to\s+)?(?:withdraw|rescind|pull|cancel|let|reduce|cut|close)\b|\s+(?:and|so)\s+(?:they|we)\s+(?:can'?t|cannot|couldn'?t|won'?t)\b|,\s*(?:and|so)\s+(?:we|they)\b|\s+(?:and|so|but)\s+(?:they|she|he)\s+(?:said|told|say|says)\b", Options, MatchTimeoutMs)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"\b(?:i\s+)?(?:didn'?t|didn’t|didnt|did\s+not|don'?t|don’t|dont|do\s+not)\s+have\s+enough\s+(?<what>[\p{L}\d+#.\- ]{2,40}?)(?=\s*(?:[,;.!?]|$|\s+(?:and|but|so|for|lol|tbh)\b))|\bnot\s+enough\s+(?<what>[\p{L}\d+#.\- ]{2,40}?)(?=\s*(?:[,;.!?]|$|\s+(?:and|but|so|for|lol|tbh)\b))", Options, MatchTimeoutMs)]
    private static partial Regex NotEnough();

    [GeneratedRegex(@"\bhiring\s+freeze|\bfr(?:oze|eezing|ozen)\s+(?:all\s+)?hiring|\bhiring\s+(?:is\s+|was\s+|got\s+|has\s+been\s+)?(?:frozen|paused|on\s+hold)", Options, MatchTimeoutMs)]
    private static partial Regex HiringFrozen();

    [GeneratedRegex(@"\bbudget\s+(?:cuts?|got\s+cut|was\s+cut|(?:has\s+)?been\s+cut|reductions?|constraints?)|\bcut\s+(?:the|their|our)\s+budget", Options, MatchTimeoutMs)]
    private static partial Regex BudgetCut();

    [GeneratedRegex(@"\bbudget\s+(?:freeze|(?:is\s+|was\s+|got\s+|has\s+been\s+)?frozen)|\bfr(?:oze|ozen)\s+(?:the|their|our)\s+budget", Options, MatchTimeoutMs)]
    private static partial Regex BudgetFrozen();

    [GeneratedRegex(@"^(?:i\s+(?:have\s+|'ve\s+|’ve\s+)?(?:already\s+|just\s+|recently\s+)?)?(?<verb>accepted)\s+(?:(?<offer>one)|another(?:\s+(?:\w+\s+)?(?<offer>offer|role|job|position|place|one))?|an?\s+(?:\w+\s+)?(?<offer>offer|place|role|position|job)|a\s+different|an?\s+other|a\s+place|a\s+spot|an?\s+offer)\b", Options, MatchTimeoutMs)]
    private static partial Regex AcceptedAnother();

    /// <summary>What makes the other offer the better one: nearer, better paid, a better fit.</summary>
    [GeneratedRegex(@"^(?:that'?s\s+|which\s+is\s+|as\s+it'?s\s+)?(?:closer|nearer|near|better|more|higher|with|in|that\s+(?:pays|is|offers))\b", Options, MatchTimeoutMs)]
    private static partial Regex BetterIn();

    /// <summary>The e-mail's lead-in before its reason: "after careful consideration, we have decided to", "unfortunately,".</summary>
    [GeneratedRegex(@"^(?:after\s+(?:careful|much|long)\s+\w+,?\s+)?(?:unfortunately,?\s+|regrettably,?\s+|sadly,?\s+)?(?:we\s+(?:have\s+)?(?:decided|chosen)\s+to\s+|we\s+regret\s+to\s+inform\s+you\s+that\s+)?", Options, MatchTimeoutMs)]
    private static partial Regex LeadIn();

    /// <summary>"no reason,", "none -", "they didn't say why.", "no real reason given:" before more words.</summary>
    [GeneratedRegex(@"^\W*(?:no(?:\s+real)?\s+reason(?:\s+given)?|none|nope|nothing|not\s+really|no\s+explanation|(?:they|she|he)\s+(?:didn'?t|didn’t|did\s+not)\s+(?:say|give)(?:\s+(?:one|a\s+reason|why|any))?|didn'?t\s+say(?:\s+why)?)\s*(?:[,.;:!—–-]+\s*|\s+(?=(?:they|she|he|just|only)\b))", Options, MatchTimeoutMs)]
    private static partial Regex NoneGivenLeadIn();

    [GeneratedRegex(@"^\W*(?:i|i'?m|i’m|i'?d|i’d|i'?ve|i’ve|my|me)\b", Options, MatchTimeoutMs)]
    private static partial Regex AboutMe();

    [GeneratedRegex(@"(?:[,.;!]+\s*|\s+(?:but|and|so)\s+)[^,.;!?]*\?+\s*$", Options, MatchTimeoutMs)]
    private static partial Regex TrailingQuestion();

    [GeneratedRegex(@"^(?:(?:the|my|their)\s+)?offer\s+(?:is|was|has\s+been|got)\s+(?:now\s+)?(?:no\s+longer\s+(?:available|valid|on\s+the\s+table)|withdrawn|pulled|rescinded|revoked|off\s+the\s+table)\W*$|^(?:they|she|he)\s+(?:just\s+)?(?:pulled|withdrew|rescinded|revoked)\s+(?:it|the\s+offer|my\s+offer)\W*$", Options, MatchTimeoutMs)]
    private static partial Regex OnlyTheEnding();

    /// <summary>"they said", "the recruiter told me that", "apparently", "just that", "the reason was": words before what was said.</summary>
    [GeneratedRegex(@"^\W*(?:(?:they|she|he|hr|it|the\s+(?:recruiter|email|e-mail|letter|manager|hiring\s+manager|company|panel|interviewer))\s+(?:just\s+|only\s+|basically\s+)?(?:said|told\s+me|mentioned|explained|wrote|says)(?:\s+that)?|(?:just|only)\s+(?:said\s+)?that|apparently|basically|the\s+reason\s+(?:was|is)|reason\s*:)\s*[,:]?\s*", Options, MatchTimeoutMs)]
    private static partial Regex SaidLeadIn();

    [GeneratedRegex(@"(?:\b(?:the|their|our|my|this|its)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:programme|program|intake|internship|role|position|scheme|offer|job|vacancy|opening|hiring|project|contract)(?:'s|’s)?\s+(?:(?:has|have|had)\s+been|was|were|is|are|got|been)?\s*(?:now\s+|just\s+)?(?:cancell?ed|paused|frozen|closed|scrapped|put\s+on\s+hold|eliminated|withdrawn)|\b(?:paus|cancel+|freez|clos|scrapp)ing\s+(?:the|their|our|its)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:programme|program|intake|internship|role|position|scheme|hiring|project))\s*,?\s*$", Options, MatchTimeoutMs)]
    private static partial Regex Stopped();

    [GeneratedRegex(@"\brelo\b", Options, MatchTimeoutMs)]
    private static partial Regex ShortForm();
}
