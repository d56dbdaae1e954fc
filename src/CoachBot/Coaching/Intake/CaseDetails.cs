using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>What the case still lacks, and how a message's details go into it.</summary>
public static partial class CaseDetails
{
    /// <summary>{0}: the companies named ("Contoso or Fabrikam").</summary>
    public const string WhichCompanyFormat = "Two at once is a lot, and I'm sorry. Let's take them one at a time: which shall we start with, {0}?";

    /// <summary>The next detail to ask about, or null when intake has all it needs.</summary>
    public static CaseDetail? Next(RejectionCase rejection)
    {
        var declined = rejection.Situation == Situation.DeclinedOffer;
        var ghosted = rejection.Situation == Situation.Ghosted || rejection.HeardVia == HeardVia.NoWord;
        if (Missing(rejection, CaseDetail.Company, rejection.Company)) return CaseDetail.Company;
        if (Missing(rejection, CaseDetail.Role, rejection.Role)) return CaseDetail.Role;
        if (RoleSpellingInDoubt(rejection)) return CaseDetail.RoleSpelling;
        if (!declined && Missing(rejection, CaseDetail.Stage, rejection.Stage)) return CaseDetail.Stage;
        if (!declined && !ghosted && Missing(rejection, CaseDetail.HeardVia, rejection.HeardVia)) return CaseDetail.HeardVia;
        if (!declined && Missing(rejection, CaseDetail.HeardWhen, rejection.HeardWhen)) return CaseDetail.HeardWhen;
        if (!ghosted && Missing(rejection, CaseDetail.Reason, rejection.Reason)) return CaseDetail.Reason;
        var metSomeone = declined || rejection.Stage is not (RejectionStage.Application or null);
        if (metSomeone && Missing(rejection, CaseDetail.Contact, rejection.ContactName)) return CaseDetail.Contact;
        return null;
    }

    /// <summary>
    /// Puts what a message said into the case: only into empty details, unless the person is correcting
    /// one ("actually it was the final round"), when what they say now replaces what was kept.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public static bool Merge(RejectionCase rejection, MessageDetails details, bool replace)
    {
        var changed = false;
        var declining = (details.Situation ?? rejection.Situation) == Coaching.Situation.DeclinedOffer;
        // Whoever read the message, a detail is kept only in its shape (FieldShape): never a sentence about oneself.
        rejection.Company = Take(rejection.Company, FieldShape.IsCompany(details.Company) ? details.Company : null, replace, ref changed);
        var role = rejection.Role;
        rejection.Role = Take(rejection.Role, FieldShape.IsRole(details.Role) ? details.Role : null, replace, ref changed);
        if (!Equals(role, rejection.Role))
        {
            // A new title is checked for its spelling like the first one was.
            rejection.RoleSpellingSettled = false;
        }

        // "no reason, they just pulled it after i countered": a withdrawn offer told later to have followed the
        // person's ask is the talks breaking down, the same ending read more closely, so it is kept.
        var closerEnding = rejection.Stage == RejectionStage.OfferRescinded && details.Stage == RejectionStage.NegotiationBrokeDown;
        // "can I ask for more?" in one message, "the offer is no longer available" in the next: the offer ended right
        // after the ask, with no answer to it between, so the talks broke down (as when both are said in one message).
        var endedAfterAsk = rejection.AskedForTerms && details.Stage == RejectionStage.OfferRescinded && !details.AskTakenAway;
        var stage = endedAfterAsk ? RejectionStage.NegotiationBrokeDown : details.Stage;
        rejection.Stage = Take(rejection.Stage, stage, replace || closerEnding || (endedAfterAsk && rejection.Stage == RejectionStage.OfferRescinded), ref changed);
        rejection.AskedForTerms |= details.AskedForTerms;
        rejection.TurnedDownOtherOffers |= details.TurnedDownOtherOffers;
        rejection.HeardVia = Take(rejection.HeardVia, details.HeardVia, replace, ref changed);
        var heardWhen = rejection.HeardWhen;
        rejection.HeardWhen = Take(rejection.HeardWhen, details.HeardWhen, replace, ref changed);
        // The time as said goes with the bucket it was read with: a new bucket brings its own words, or none.
        rejection.HeardAgo = rejection.HeardWhen is null ? null
            : Equals(heardWhen, rejection.HeardWhen) ? rejection.HeardAgo ?? details.HeardAgo
            : details.HeardAgo;
        rejection.FollowedUpAlready = Take(rejection.FollowedUpAlready, details.FollowedUpAlready, replace, ref changed);
        // A decline's reason is the person's own, so one said in their voice comes first.
        var reason = declining ? details.OwnReason ?? details.Reason : details.Reason;
        rejection.Reason = Take(rejection.Reason, FieldShape.IsReason(reason, declining) ? reason : null, replace, ref changed);
        // "no reason given" in the story answers the reason question before it is asked; a decline's reason is the person's own.
        if (details.SaysNoReasonGiven && !declining && rejection.Reason is null && !rejection.IsNotGiven(CaseDetail.Reason))
        {
            rejection.MarkNotGiven(CaseDetail.Reason);
            changed = true;
        }

        rejection.ContactName = Take(rejection.ContactName, FieldShape.IsPerson(details.ContactName) ? details.ContactName : null, replace, ref changed);
        rejection.Situation = Take(rejection.Situation, details.Situation, replace, ref changed);
        // Not a detail of what happened (nothing to confirm or correct): only a name to offer at the signature.
        rejection.NameInEmail ??= details.GreetedName;
        if (rejection.HeardVia == HeardVia.NoWord && rejection.Situation is null)
        {
            rejection.Situation = Situation.Ghosted;
        }
        else if (rejection.Situation == Situation.Ghosted && rejection.HeardVia is null)
        {
            rejection.HeardVia = HeardVia.NoWord;
        }

        // "applied 5 weeks ago" is when they last heard only for someone who has heard nothing since.
        if (rejection.Situation == Situation.Ghosted && details.SinceLastStep is { } sinceLastStep)
        {
            var before = rejection.HeardWhen;
            rejection.HeardWhen = Take(rejection.HeardWhen, sinceLastStep, replace: false, ref changed);
            rejection.HeardAgo = Equals(before, rejection.HeardWhen) ? rejection.HeardAgo : details.HeardAgo;
        }

        // Several companies in one message: one case at a time, so the person picks which.
        if (rejection.Company is null && details.SeveralCompanies is { Count: >= 2 } several)
        {
            rejection.AskedAgain = CaseDetail.Company;
            rejection.AskAgainText = string.Format(System.Globalization.CultureInfo.InvariantCulture, WhichCompanyFormat, string.Join(" or ", several));
            return true;
        }

        if (changed && rejection.AskedAgain is { } again && !IsStillMissing(rejection, again))
        {
            rejection.AskedAgain = null;
            rejection.AskAgainText = null;
            rejection.AskAgainGuess = null;
        }

        return changed;
    }

    /// <summary>{0}: the role spelled as CoachBot thinks it was meant.</summary>
    public const string LateRoleSpellingFormat = "Just so I spell it right: did you mean \"{0}\"? If so, say \"the role was {0}\", and I'll update it.";
    public const string LateRoleSpellIt = "I want to spell the job title right. Could you type it as it should appear, like \"the role was Data Analyst\"?";

    /// <summary>
    /// A correction made after intake, where no question can be slipped in: a role that looks misspelt is
    /// not kept (the role stays as it was) and the person is asked to say it again as it should be spelled.
    /// </summary>
    /// <returns>Whether anything changed; <paramref name="spellingQuestion"/> is what to ask about a role held back, if one was.</returns>
    public static bool MergeLate(RejectionCase rejection, MessageDetails details, out string? spellingQuestion)
    {
        spellingQuestion = null;
        if (FieldShape.IsRole(details.Role) && !Equals(details.Role, rejection.Role) && RoleSpelling.Doubt(details.Role) is { } doubt)
        {
            spellingQuestion = doubt.Suggested is { } suggested
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, LateRoleSpellingFormat, suggested)
                : LateRoleSpellIt;
            details = details with { Role = null };
        }

        return Merge(rejection, details, replace: true);
    }

    /// <summary>"actually", "no, it was", "the role was", "his name is": the person is setting something right.</summary>
    public static bool IsCorrection(string text) => Correction().IsMatch(text);

    /// <summary>The role looks misspelt and the person has not yet said how it is spelled.</summary>
    public static bool RoleSpellingInDoubt(RejectionCase rejection) =>
        !rejection.RoleSpellingSettled && RoleSpelling.Doubt(rejection.Role) is not null;

    public static bool HasAny(MessageDetails details) =>
        details.Company is not null || details.Role is not null || details.Stage is not null || details.HeardVia is not null
        || details.HeardWhen is not null || details.Reason is not null || details.OwnReason is not null || details.ContactName is not null
        || details.FollowedUpAlready is not null;

    private static bool IsStillMissing(RejectionCase rejection, CaseDetail detail) => detail switch
    {
        CaseDetail.Company => rejection.Company is null,
        CaseDetail.Role => rejection.Role is null,
        CaseDetail.Stage => rejection.Stage is null,
        CaseDetail.HeardVia => rejection.HeardVia is null,
        CaseDetail.HeardWhen => rejection.HeardWhen is null,
        CaseDetail.Reason => rejection.Reason is null,
        CaseDetail.Contact => rejection.ContactName is null,
        CaseDetail.RoleSpelling => RoleSpellingInDoubt(rejection),
        _ => true,
    };

    private static bool Missing<T>(RejectionCase rejection, CaseDetail detail, T? value) =>
        value is null && !rejection.IsNotGiven(detail);

    private static T? Take<T>(T? kept, T? said, bool replace, ref bool changed) where T : class
    {
        if (said is null || (kept is not null && !replace) || Equals(kept, said))
        {
            return kept;
        }

        changed = true;
        return said;
    }

    private static T? Take<T>(T? kept, T? said, bool replace, ref bool changed) where T : struct
    {
        if (said is null || (kept is not null && !replace) || Equals(kept, said))
        {
            return kept;
        }

        changed = true;
        return said;
    }

    [GeneratedRegex(@"^\s*(?:actually|no[,!.]|nope|wait|sorry|oops|correction|not\s+quite|change)\b|\b(?:actually|i\s+meant|i\s+mean|should\s+be|instead)\b|\b(?:the\s+)?(?:company|role|position|job|title|stage|recruiter|interviewer|contact)\s+(?:is|was)\b|\b(?:his|her|their)\s+name\s+(?:is|was)\b|^\s*it\s+was\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();
}
