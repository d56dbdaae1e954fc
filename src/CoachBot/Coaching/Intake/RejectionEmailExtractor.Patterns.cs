using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>The patterns, compiled at build time.</summary>
public static partial class RejectionEmailExtractor
{
    // ----- Patterns -----
    // Keywords match case-insensitively; names are matched case-sensitively inside (?-i:...) so that a
    // capitalised run of words ("Contoso", "Data Analyst Intern") marks where a name starts and ends.
    // Words are separated by a single mandatory space and word characters exclude spaces, so a run can
    // only be split one way and backtracking stays linear.

    /// <summary>Up to five capitalised words, optionally joined by "of", "and" or "&amp;". Atomic: never re-split.</summary>
    private const string ProperName =
        @"(?-i:(?>[\p{Lu}\d][\p{L}\p{N}&'’-]*(?:[ ](?:(?:of|and|&)[ ])?[\p{Lu}\d][\p{L}\p{N}&'’-]*){0,4}))";

    private const string CompanyGroup =
        "(?<company>" + ProperName + @")(?!\s+(?:position|role|internship|intern\b|opening|job|opportunity|program|vacancy|posting))";

    private const string RoleWord = @"\(?[\p{Lu}\d][\p{L}\p{N}&/+#'’()-]*";

    /// <summary>Up to eight capitalised words; commas, "of", "and", "&amp;", dashes and slashes may join them.</summary>
    private const string RoleTitle = @"(?-i:" + RoleWord + @"(?:,?[ ](?:(?:of|and|&|-|–|—|/)[ ])?" + RoleWord + @"){0,7})";

    private const string Article = @"(?:(?:the|our|this|your|an?)\s+)?";

    [GeneratedRegex(@"\b(?:unfortunately|regret|not\s+(?:to\s+)?(?:be\s+)?(?:move|moving|proceed|proceeding|pursue|pursuing|advance|advancing)|(?:other|another)\s+(?:candidates?|applicants?)|decided\s+to|after\s+careful\s+(?:consideration|review)|not\s+(?:been\s+)?selected|(?:position|role)\s+has\s+been\s+filled|rescind\w*|withdraw\w*\s+(?:the|our|your)\s+offer|unable\s+to\s+(?:offer|move|proceed|continue)|no\s+longer\s+(?:able|hiring|recruiting|considering)|(?:wish|wishing)\s+you\s+(?:the\s+best|all\s+the\s+best|success|luck|every\s+success)|best\s+of\s+luck|keep\s+your\s+(?:resume|résumé|cv|information|details)\s+on\s+file)", Options, MatchTimeoutMs)]
    private static partial Regex RejectionWording();

    /// <summary>The employer's own voice: "we", "our", "your application".</summary>
    [GeneratedRegex(@"\b(?:we|we'?ve|we’ve|we'?re|we’re|our|us|your|you)\b", Options, MatchTimeoutMs)]
    private static partial Regex EmployerVoice();

    /// <summary>The person's own voice: "I", "my", "me".</summary>
    [GeneratedRegex(@"\b(?:i|i'?m|i’m|im|i'?ve|i’ve|ive|i'?d|i’d|my|me)\b", Options, MatchTimeoutMs)]
    private static partial Regex PersonVoice();

    [GeneratedRegex(@"^[ ]*(?:dear|hi|hello)[ ]+(?<name>[^,\n:]{1,60})", LineOptions, MatchTimeoutMs)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"\b(?:position|role|internship|opportunit(?:y|ies)|opening|job|vacancy|career|roles|positions|openings|jobs)\s+(?:here\s+)?(?:at|with)\s+(?:the\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterRoleNoun();

    [GeneratedRegex(@"(?:\b(?:from|on\s+behalf\s+of)[ ]+|^[ ]*)(?:the[ ]+)?" + CompanyGroup + @"[ ]*(?:[.,]|$)", LineOptions, MatchTimeoutMs)]
    private static partial Regex CompanyAsTeam();

    [GeneratedRegex(@"\binterest\s+in\s+(?:joining\s+|working\s+(?:at|for|with)\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterInterest();

    [GeneratedRegex(@"\b(?:here\s+at|everyone\s+at|all\s+of\s+us\s+at|we\s+at|us\s+at|join(?:ing)?|work(?:ing)?\s+(?:at|for)|considering|appl(?:y|ying|ied|ication)\s+(?:to|at|with))\s+(?:the\s+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterVerb();

    /// <summary>A signature line such as "Recruiter, Contoso" or "University Recruiting | Contoso Ltd.".</summary>
    [GeneratedRegex(@"^[ ]*(?:[\p{L}-]+[ ]+){0,3}?(?:recruit\w*|talent(?:[ ]+acquisition)?|hr|human[ ]+resources|people[ ]+(?:team|operations|partner)|hiring[ ]+manager|sourcer|coordinator|partner|manager|specialist)(?:[ ]+[\p{L}-]+){0,2}?[ ]*(?:,|\||@|at\b|-|–|—)[ ]*(?:the[ ]+)?" + CompanyGroup + @"\.?[ ]*$", LineOptions, MatchTimeoutMs)]
    private static partial Regex CompanyInSignature();

    /// <summary>
    /// A signature's company on its own line under the signer's title ("University Recruiting Lead" then
    /// "Kestrel &amp; Finch Technologies"), or after it on one line ("Clara Nguyen, HR Business Partner, Driftwood Hospitality Group").
    /// </summary>
    [GeneratedRegex(@"\b(?:lead|head\s+of\s+[\p{L} ]{2,30}|partner|manager|recruit\w*|careers|officer|coordinator|specialist|director|advisor|talent\s+acquisition)[ ]*(?:\n[ ]*|,[ ]*)(?:the[ ]+)?" + CompanyGroup + @"\.?[ ]*[""”]?[ ]*$", LineOptions, MatchTimeoutMs)]
    private static partial Regex CompanyUnderTitle();

    /// <summary>A capitalised title followed by "at": "Research Assistant at Tailspin Labs".</summary>
    [GeneratedRegex(@"(?-i:\b\p{Lu}\p{L}+)[ ]+at[ ]+(?:the[ ]+)?" + CompanyGroup, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterTitle();

    [GeneratedRegex(@"\b(?:for|to|in|as|about|regarding|with|into|on|discuss(?:ing)?)\s+" + Article + "(?<role>" + RoleTitle + @")\s+(?<noun>position|role|internship|opening|job|opportunity|vacancy|posting)\b", Options, MatchTimeoutMs)]
    private static partial Regex RoleBeforeNoun();

    [GeneratedRegex(@"\b(?:role|position)\s+of\s+(?:an?\s+)?(?<role>" + RoleTitle + ")", Options, MatchTimeoutMs)]
    private static partial Regex RoleAfterRoleOf();

    [GeneratedRegex(@"\b(?:application|applying|applied|candidacy|consideration|interview(?:s|ed|ing)?)\s+for\s+" + Article + "(?<role>" + RoleTitle + ")", Options, MatchTimeoutMs)]
    private static partial Regex RoleAfterApplicationFor();

    [GeneratedRegex(@"\brescind\w*|\b(?:withdraw\w*|revok\w*|retract\w*|pull\w*)\s+(?:\w+\s+){0,3}?offer\b|\boffer\s+(?:\w+\s+){0,6}?(?:withdrawn|revoked|retracted|pulled)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferWithdrawn();

    [GeneratedRegex(@"\bnegotiat\w*|\b(?:reach|come\s+to)\s+(?:an?\s+)?(?:agreement|terms)\b", Options, MatchTimeoutMs)]
    private static partial Regex NegotiationWording();

    [GeneratedRegex(@"(?<!\bto\s+(?:the\s+|an?\s+)?)\b(?:final[\s-]+(?:round|interview|stage)|on-?site\s+(?:interview|visit|round)|super\s*day)|\b(?:came|coming|come|visited|visiting)\s+on-?site\b", Options, MatchTimeoutMs)]
    private static partial Regex FinalRoundWording();

    [GeneratedRegex(@"\bphone\s+(?:screen\w*|interview|call|conversation)|\bscreening\s+(?:call|interview|conversation)|\brecruiter\s+(?:screen\w*|call|conversation|chat)|\b(?:initial|introductory|intro)\s+(?:call|conversation|chat|phone\s+call)", Options, MatchTimeoutMs)]
    private static partial Regex ScreeningWording();

    [GeneratedRegex(@"(?<!\b(?:phone|screening)\s+)\binterview(?:s|ed|ing)\b|\b(?:technical|panel|team|in-person|second|follow-up|hiring\s+manager)\s+interview", Options, MatchTimeoutMs)]
    private static partial Regex StrongInterviewWording();

    [GeneratedRegex(@"(?<!\bto\s+(?:an?\s+|the\s+)?)(?<!\bfor\s+an?\s+)(?<!\b(?:phone|screening)\s+)\binterview\b(?!\s+(?:stage|phase))|\btime\s+to\s+(?:interview|meet|speak|talk)\b|\bmeeting\s+with\b|\bspeaking\s+with\s+(?:us|me|you|our|the)\b|\b(?:met|spoke)\s+with\b|\bconversations?\s+with\s+(?:us|me|you|our|the)\b", Options, MatchTimeoutMs)]
    private static partial Regex InterviewWording();

    [GeneratedRegex(@"\bnot\s+(?:been\s+|be\s+)?(?:selected|invited|shortlisted|chosen|progressed)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:interview|next\s+(?:stage|step|round))|\bnot\s+to\s+(?:invite|progress|move)\s+you\s+(?:forward\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?(?:interview|next\s+(?:stage|step|round))", Options, MatchTimeoutMs)]
    private static partial Regex NotInvitedToInterview();

    /// <summary>
    /// Wording that says the application itself was screened ("after reviewing your application", "not
    /// selected for an interview"). "your application" alone is in nearly every rejection, at every stage,
    /// so it says nothing of the stage and the person is asked.
    /// </summary>
    [GeneratedRegex(@"\b(?:review(?:ed|ing)?|consider(?:ed|ing)?|assess(?:ed|ing)?|screen(?:ed|ing)?|evaluat(?:ed|ing))\s+(?:of\s+)?(?:your|all|the)\s+(?:\w+\s+){0,2}?(?:applica\w*|resume|résumé|cv|materials)\b|\b(?:review|consideration|assessment|screening)\s+of\s+(?:your|all|the)\s+(?:\w+\s+){0,2}?(?:applica\w*|resume|résumé|cv)|\bnot\s+(?:be\s+)?(?:selected|invited|chosen|moving\s+(?:you\s+)?forward)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:interview|next\s+(?:stage|step|round))|\b(?:applica\w*|resume|cv)\s+(?:stage|phase|screen\w*)\b", Options, MatchTimeoutMs)]
    private static partial Regex ApplicationWording();

    [GeneratedRegex(@"\b(?:candidates?|applicants?)\s+(?:whose|who|with)\b|\bmore\s+closely\s+(?:match|align|fit)|\bcloser\s+(?:match|fit|alignment)|\bbetter\s+(?:match|fit|suited|aligned|alignment)|\bmore\s+(?:relevant\s+|direct\s+|hands-on\s+|professional\s+|industry\s+|specialized\s+)?experience|\b(?:years?|level)\s+of\s+experience|\b(?:position|role|opening|requisition|vacancy|req)\s+(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:filled|closed|cancell?ed|eliminated|put\s+on\s+hold|withdrawn)|\bno\s+longer\s+(?:hiring|available|open|recruiting)|\bhiring\s+freeze|\b(?:reach|come\s+to)\s+(?:an?\s+)?agreement|\bcompensation|\bsalary|\bbudget|\bfunding\b|\brestructur\w*|\breorgani[sz]\w*|\bheadcount|\bbusiness\s+(?:needs|conditions|priorities|circumstances)|\b(?:economic|market)\s+(?:conditions|uncertainty)|\binternal\s+(?:candidate|applicant|hire|transfer)|\bfilled\s+internally|\bsponsorship|\bwork\s+authori[sz]ation|\bvisa\b|\b(?:minimum|basic|required)\s+(?:qualifications|requirements)|\b(?:looking|searching)\s+for\s+(?:someone|a\s+candidate|candidates)\s+(?:with|who)", Options, MatchTimeoutMs)]
    private static partial Regex ReasonWording();

    [GeneratedRegex(@"^[ ]*(?:best(?:[ ]+(?:regards|wishes))?|kind[ ]+regards|warm(?:est)?[ ]+regards|regards|warmly|sincerely(?:[ ]+yours)?|yours[ ]+(?:sincerely|truly|faithfully)|thanks(?:[ ]+again)?|thank[ ]+you(?:[ ]+again)?|many[ ]+thanks|all[ ]+the[ ]+best|cheers|respectfully|with[ ]+(?:appreciation|gratitude)|take[ ]+care)[ ]*[,.!-]?[ ]*(?<inline>[^\n]{0,80})$", LineOptions, MatchTimeoutMs)]
    private static partial Regex SignOff();

    /// <summary>A sign-off run into the last line of a flattened e-mail: "... We wish you well. Regards, Dana Whitfield".</summary>
    [GeneratedRegex(@"\b(?:best[ ]+regards|kind[ ]+regards|warm[ ]+regards|regards|sincerely|best|thanks|cheers)[ ]*[,.]?[ ]+(?<inline>[^\n,.!?]{1,60})\z", Options, MatchTimeoutMs)]
    private static partial Regex SignOffAtEnd();

    /// <summary>One to four capitalised words (initials allowed), with lower-case particles such as "van" or "de".</summary>
    [GeneratedRegex(@"^(?-i:\p{Lu}[\p{L}'’-]*\.?(?:[ ](?:(?:van|von|de|der|den|da|del|di|la|le|du|bin|al)[ ]){0,2}\p{Lu}[\p{L}'’-]*\.?){0,3})$", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex PersonName();

    /// <summary>"due to budget cuts", "because the position is no longer available", "as a result of restructuring": the reason follows.</summary>
    [GeneratedRegex(@"\b(?:due\s+to|because\s+of|because|as\s+a\s+result\s+of|owing\s+to|in\s+light\s+of|in\s+view\s+of|following|as(?=\s+(?:the\s+(?:role|position|team|company|budget|opening)|we\s+(?:are|have|had|need|must|were)|our\s+)))\s+(?!(?:this|that|these|the\s+above)\b)(?<reason>[^,;.!?\n]{3,200})", Options, MatchTimeoutMs)]
    private static partial Regex ReasonAfterConnector();

    /// <summary>Where a sentence's clauses part: ", and", ", but", ", so", ";", or after an opening such as "Unfortunately,".</summary>
    [GeneratedRegex(@",\s+(?:and|but|so|which\s+means)\s+|;\s+|(?<=^(?:unfortunately|regrettably|sadly|however|after\s+(?:much|careful|long)\s+\w+|after\s+(?:discussing|reviewing)\s+\w+|at\s+this\s+time))\s*,\s+", Options, MatchTimeoutMs)]
    private static partial Regex ClauseBreak();

    /// <summary>The words that bring the news rather than give the reason: "We regret to inform you that", "I'm sorry to share that".</summary>
    [GeneratedRegex(@"^\s*(?:(?:we|i)\s+(?:regret|are\s+sorry|am\s+sorry|'m\s+sorry|’m\s+sorry|are\s+writing|am\s+writing|wanted|want)\s+to\s+(?:inform\s+you|let\s+you\s+know|tell\s+you|share(?:\s+with\s+you)?|advise\s+you|say)\s+(?:that\s+)?|(?:unfortunately|regrettably|sadly)[,]?\s+)", Options, MatchTimeoutMs)]
    private static partial Regex ReasonLeadIn();
}
