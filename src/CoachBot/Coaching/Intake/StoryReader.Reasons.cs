using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Which words before a clause mark it as the employer's stated reason. A wrong reason is shown in the summary and
/// goes into the draft without the bot asking, while no reason costs one question; so a clause is the reason only
/// behind a cue that reliably marks one, and what was said is shaped like a reason.
/// </summary>
public static partial class StoryReader
{
    /// <param name="cue">The words that led to the clause: "because", "she said", "feedback was", "they went with".</param>
    /// <param name="said">The clause after the cue.</param>
    /// <param name="before">The sentence before the cue.</param>
    private static bool CueMarksTheirReason(string cue, string said, string before)
    {
        // "i really wanted it", "I'm not sure": the person's own voice is a reason only where it says what they
        // lacked or needed ("i didn't have enough sql", "my visa only allows 20 hours").
        var spoken = Quoted().Match(said) is { Success: true, Index: 0 } quote ? quote.Groups["words"].Value : said;
        // "the partner said my case math was shaky", "said my contribution in the group exercise was limited": their
        // verdict on something of the person's is what they said, in the person's words.
        if (Matches(SaidCue(), cue) && FieldShape.IsVerdictOnMine(spoken))
        {
            return true;
        }

        if (Matches(InOwnVoice(), spoken) && !Matches(OwnShortfall(), Unquoted().Replace(spoken, string.Empty)))
        {
            return false;
        }

        var trimmed = cue.Trim();
        if (Matches(SureCue(), trimmed))
        {
            // "feedback was", "the reason was": nothing but a reason follows these ("emailed to say" may be the news itself).
            return true;
        }

        if (Matches(ChoseCue(), trimmed))
        {
            // "they went with someone who had done it before"; "went with my gut", "went with the other offer" are no reason.
            return Matches(SomeoneWho(), spoken);
        }

        if (Matches(CauseConnector(), trimmed))
        {
            // "I'm gutted because the team was lovely": how the person feels, and why.
            if (Matches(PointsBack(), spoken) || Matches(OwnFeelingBefore(), before))
            {
                return false;
            }

            // "they pulled it because the funding fell through"; "I feel bad because they were first",
            // "pushed the start date bc of my exams" are the person's, not why the employer decided.
            // "I'm declining because …" is the person's own reason, which is a decline's.
            return Matches(TheyDecided(), before) || Matches(Rejected(), before) || Matches(OfferWithdrawn(), before) || Matches(IDecline(), before);
        }

        // "she said", "told me", "mentioned": what was said is a reason only when it is shaped like one ("they need
        // someone who can relocate", "the role was filled", "due to budget"); "said the team was very positive",
        // "said to expect news within 10 days" are not.
        return Matches(Cause(), spoken) || Matches(ReasonShape(), spoken) || ReasonInBrief.Known(spoken) is not null;
    }

    /// <summary>
    /// "no reason given", "they didn't say why", "without giving a reason": the story says the employer gave none, so it
    /// is not asked. "for no reason" and "no reason to worry" are about something else.
    /// </summary>
    [GeneratedRegex(@"(?<!\bfor\s)\bno\s+(?:real\s+|actual\s+|specific\s+)?(?:reason|explanation)(?:\s+(?:was\s+)?(?:given|provided|stated|offered))?(?=\s*(?:[.,;:!)]|$|\s+(?:given|at\s+all|why|whatsoever|either|or\s+feedback|and\s+no\s+feedback)\b))|\b(?:didn'?t|didn’t|didnt|did\s+not|never|wouldn'?t|would\s+not|won'?t)\s+(?:even\s+)?(?:say|said|give|gave|tell\s+me|told\s+me|explain(?:ed)?|mention(?:ed)?|share[ds]?)\s+(?:me\s+)?(?:why|a\s+reason|any\s+reason|the\s+reason|a\s+reason\s+why)\b|\bwithout\s+(?:giving\s+|stating\s+|any\s+)?(?:a\s+|any\s+)?(?:reason|explanation)\b|\bgave\s+no\s+(?:reason|explanation)\b", Options, MatchTimeoutMs)]
    private static partial Regex NoReasonGiven();

    [GeneratedRegex(@"\b(?:said|says|saying|sayin|told\s+me|mentioned|explained)\b", Options, MatchTimeoutMs)]
    private static partial Regex SaidCue();

    [GeneratedRegex(@"^(?:feedback\b|the\s+reason\b|reason:)", Options, MatchTimeoutMs)]
    private static partial Regex SureCue();

    [GeneratedRegex(@"^(?:they\s+)?(?:went\s+with|chose|picked|hired)\b", Options, MatchTimeoutMs)]
    private static partial Regex ChoseCue();

    /// <summary>"someone with more experience", "a candidate who had done the job", "an internal applicant": whom they chose, and what that one had.</summary>
    [GeneratedRegex(@"^(?:someone|somebody|(?:a|an|another|the\s+other)\s+(?:\w+\s+){0,2}?(?:candidate|applicant|person|hire|grad(?:uate)?|student)|candidates|people|an?\s+internal\b)\s*(?:else\s+)?(?:who|with|that|whose|from|already|internally|more|local)\b", Options, MatchTimeoutMs)]
    private static partial Regex SomeoneWho();

    /// <summary>The employer decided, in the sentence before "because": "they pulled it", "she couldn't take me", "the offer was cancelled".</summary>
    [GeneratedRegex(@"\b(?:they|she|he|hr|the\s+(?:company|firm|team|recruiter|manager|hiring\s+manager|employer|bank|school|hospital|client|panel|council|trust|lab|agency|practice|studio|office))\s+(?:\w+\s+){0,3}?(?:can'?t|cannot|can’t|cant|couldn'?t|couldnt|could\s+not|won'?t|wont|wouldn'?t|would\s+not|decided|chose|went|didn'?t|didnt|did\s+not|cancel\w*|cut|dropped|passed|said\s+no|turned|let\s+me|had\s+to|have\s+to|declined|froze|closed|filled|stopped|ended|pulled|withdr\w*|rescind\w*|select\w*|gave|offered)\b|\b(?:got|been)\s+(?:pulled|withdrawn|rescinded|cancell?ed|revoked|scrapped|axed)\b|\b(?:offer|role|position|job|place|spot|internship|program(?:me)?|opening|vacancy|contract|start)\s+(?:was|is|got|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:pulled|withdrawn|rescinded|cancell?ed|closed|filled|frozen|revoked|eliminated|scrapped|cut|put\s+on\s+hold)\b", Options, MatchTimeoutMs)]
    private static partial Regex TheyDecided();

    /// <summary>The person's own words that say what they lacked or needed: "i didn't have enough sql", "my visa only allows 20 hours", "I need sponsorship".</summary>
    [GeneratedRegex(@"^\W*(?:i|i'?m|i’m|im|my\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+" + FewestWords.UpToFour + @"(?:(?:is|was|are|were)\s+(?:too|more|less|not|only)\b|didn'?t|didn’t|didnt|did\s+not|don'?t|don’t|dont|do\s+not|wasn'?t|wasnt|was\s+not|weren'?t|not|isn'?t|is\s+not|can'?t|cannot|couldn'?t|failed|lack\w*|need|needed|needs|require\w*|only|have\s+no|had\s+no|has\s+no|too)\b", Options, MatchTimeoutMs)]
    private static partial Regex OwnShortfall();

    /// <summary>
    /// What an employer's stated reason is made of: whom they need ("need someone who can relocate"), what they
    /// cannot do ("can't sponsor", "can't move the start date"), what was lost or cut ("lost the contract", "the role
    /// was filled", "budget"), what fell short ("not enough", "didn't meet"), a last word ("5 days or nothing",
    /// "non-negotiable", "the max"), what a candidate must have ("a licence", "sponsorship", "more experience").
    /// </summary>
    [GeneratedRegex(@"\b(?:need(?:s|ed)?|want(?:s|ed)?|looking\s+for|prefer(?:s|red)?|require[ds]?)\s+(?:someone|somebody|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:candidate|person|applicant|hire|graduate)|candidates|people|more\b|\d+\s*(?:h|hrs?|hours?|days?)\b)|\b(?:can'?t|cannot|can’t|cant|couldn'?t|couldnt|could\s+not|unable\s+to|not\s+able\s+to|won'?t|wont|will\s+not|don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:\w+\s+)?(?:sponsor|support|take|hire|offer|move|accommodate|go|change|extend|proceed|onboard|afford|wait|hold|match|meet|pay|budge|push|delay|defer|honou?r|confirm|employ)\b|\blost\s+(?:the|a|their|its|our)\s+(?:\w+\s+)?(?:contract|funding|client|grant|account|project|tender)\b|\b(?:not|n't|n’t|weren'?t|wasn'?t|didn'?t|didnt|did\s+not|does\s+not|doesn'?t)\s+(?:\w+\s+){0,3}?(?:enough|meet|met|pass|passed)\b|\bfailed\s+(?:the|my|a|an)\b|\btoo\s+(?:junior|senior|inexperienced|late|far|quiet)\b|\bor\s+nothing\b|\bnon[\s-]?negotiable\b|\bnot\s+negotiable\b|\b(?:is|was|are)\s+(?:fixed|final)\b|\bbest\s+and\s+final\b|\bthe\s+max(?:imum)?\b|\b(?:filled|frozen|freeze|cancell?ed|eliminated|no\s+longer|on\s+hold|restructur\w*|reorg\w*|budget\w*|funding|headcount|over-?hired|overhir\w*)\b|\b(?:visa|sponsor\w*|background|references?|clearance|licen[cs]e|certif\w*|degree|experience)\b|^\s*no\s+(?:further\s+)?(?:movement|flexibility|room|relo\w*|remote|wfh|hybrid|exceptions?|sponsorship|budget|headcount|way)\b|\b(?:that'?s|that’s|it'?s|it’s)\s+(?:fixed|final)\b|\bmax\b|\b\w+\s+only\b|\bfully\s+(?:on[\s-]?site|in[\s-]?office|remote|in[\s-]?person)\b|\btake\s+it\s+or\s+leave\s+it\b|\bdecided\s+not\s+to\b|\bnot\s+(?:to\s+)?(?:proceed|move\s+forward|moving\s+forward|go\s+ahead|continue)\b|\b(?:merg\w*|downsiz\w*|layoffs?|laid\s+off|acquired|acquisition|shut\w*\s+down)\b|\b(?:stronger|better|closer)\s+(?:fit|match)\b|\bother\s+candidates?\b|\b(?:ceiling|cap|limit|top\s+of\s+(?:the\s+)?(?:band|range))\b|\b(?:gave|given|giving|offered)\s+(?:it|the\s+\w+|my\s+\w+)\s+to\s+(?:someone|somebody|another|an?\s+|the\s+other|a\s+current|an\s+internal)|\binternal\w*|\bthere\s+(?:was|were|is|are)\s+(?:a|an|some)\s+[""“']?(?:[\w-]+\s+)?(?:discrepancy|discrepancies|problem|issue|gap|mismatch|concern|error|red\s+flag)\b", Options, MatchTimeoutMs)]
    private static partial Regex ReasonShape();

    private const int FeelingLookBehindChars = 40;

    /// <summary>"because that's why i went to law school", "bc it's what i want": a cause that points back to the choice, not a reason in itself.</summary>
    [GeneratedRegex(@"^\s*(?:that|this|it)(?:'s|’s|s|\s+is|\s+was)\s+(?:literally\s+|exactly\s+|basically\s+)?(?:why|what|the\s+(?:one|reason|dream))\b", Options, MatchTimeoutMs)]
    private static partial Regex PointsBack();

    /// <summary>"I feel bad because they were first": what the person feels, and why; not why they decline.</summary>
    [GeneratedRegex(@"\b(?:feel|feels|felt|feeling)\s+(?:\w+\s+)?(?:bad|guilty|awful|terrible|sorry|weird|rude|strange)\s*$|\b(?:i'?m|i’m|im|i\s+am)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:sad|sorry|gutted|nervous|worried|torn|conflicted|guilty)\s*$", Options, MatchTimeoutMs)]
    private static partial Regex OwnFeelingBefore();

    [GeneratedRegex(@"[""“”']", Options, MatchTimeoutMs)]
    private static partial Regex Unquoted();

    /// <summary>A clause given as the cause: "because …", "bc …", "as it's better pay", "as my partner is moving".</summary>
    [GeneratedRegex(@"^(?:" + CauseWords + @"|as(?=\s+(?:it'?s|its|it’s|it\s+is|my|i)\b))\b", Options, MatchTimeoutMs)]
    private static partial Regex OwnCause();
}
