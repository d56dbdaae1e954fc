using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// The situation, read from who did what rather than from single words: the company withdrew an offer, the
/// person asked for other terms and the company would not move, the person turns an offer down (or takes
/// another), the company said no, or nothing has come yet. A story that fits two readings is left for the
/// questions, whose buttons settle it.
/// </summary>
public static partial class StoryReader
{
    /// <summary>How an offer ended, when the story says it did.</summary>
    private enum OfferEnding
    {
        /// <summary>The company took the offer back for its own reasons.</summary>
        Rescinded,
        /// <summary>The person asked for other terms and the company would not give them (whether or not it then pulled the offer).</summary>
        Negotiation,
    }

    private static Situation? FindSituation(string story)
    {
        // "not even a no", "I never said I'd turn it down": news denied is no news, and no decision of the person's.
        var silenceDenied = Matches(NoDecisionYet(), story);
        var said = SafeReplace(DeniedDecline(), SafeReplace(NoDecisionYet(), story));
        // "I'm still waiting on Deloitte but Accenture rejected me today": the wait is for another company's answer.
        said = WithoutOtherCompanies(said) is var others && Matches(Rejected(), others) ? others : said;
        var ending = FindOfferEnding(said);
        if (ending is null && PersonDeclines(said))
        {
            return Coaching.Situation.DeclinedOffer;
        }

        if (ending is not null)
        {
            // A rescinded offer and a negotiation that broke down are held as a rejection at that stage.
            return Coaching.Situation.Rejected;
        }

        // "heard nothing for ages, then yesterday she emailed", "no feedback. nothing.", "nobody told me this
        // requirement": a silence that news ended, or that is about the feedback, is not the wait for an answer.
        var silence = SafeReplace(SilenceThatIsNotTheWait(), said);
        return silenceDenied || Matches(Ghosted(), silence) || Matches(Silence(), silence) ? Coaching.Situation.Ghosted
            : Matches(Rejected(), said) ? Coaching.Situation.Rejected
            // "still waiting on Northwind", "they said they'd let me know by Friday": no answer yet, unless a rejection came.
            : Matches(Waiting(), said) || Matches(StillPending(), said) ? Coaching.Situation.Ghosted
            : null;
    }

    /// <summary>
    /// The offer's ending. The person asking for other terms (pay, remote days, a later start) and the company
    /// refusing is a negotiation that broke down, whether the company then pulled the offer or the person
    /// walked away; an offer pulled with no ask of the person's before it is rescinded.
    /// </summary>
    private static OfferEnding? FindOfferEnding(string story)
    {
        var offered = Matches(AnOffer(), story);
        // "accepted it 2 weeks ago ... they lost their biggest client and can't afford a new hire", "I signed ... the
        // position had been eliminated": an offer taken up, then lost to the company's own loss, was withdrawn.
        // "I had an offer from Shopify … they're pulling it", "they cancelled it": the offer said, then ended by them.
        var withdrawn = Matches(OfferWithdrawn(), story) || Matches(OfferCancelled(), story) || (offered && Matches(TheyEndedIt(), story))
            || (offered && Matches(OfferTakenUp(), story) && Matches(CompanysLoss(), story));
        var asked = AskedForTerms(story, offered);
        var refused = Matches(TheyWouldNotMove(), story) || Matches(TheyMovedOn(), story);
        if (asked && refused && (withdrawn || offered || Matches(Terms(), story)))
        {
            return OfferEnding.Negotiation;
        }

        // "I asked for a 4 day week ... she said they'd have to withdraw", "I countered, then they said the offer is no
        // longer available": an offer ended right after the ask, with no answer to it between, is the talks breaking down.
        if (asked && withdrawn && EndedRightAfterTheAsk(story))
        {
            return OfferEnding.Negotiation;
        }

        // "asked for a higher stipend ... they said they'd get back to me. instead the offer is withdrawn": no refusal
        // of the ask is said, so the company's act is what happened.
        return withdrawn ? OfferEnding.Rescinded : null;
    }

    /// <summary>"I asked for 58", "asked if it could be remote" (terms named); "i asked if they could match" after an offer.</summary>
    private static bool AskedForTerms(string story, bool offered) =>
        Matches(AskedForTerms(), story) || (offered && (Matches(IAskedForMore(), story) || Matches(CanIAskForMore(), story)));

    /// <summary>Whether the person asked for other terms of an offer; a later message's end of the offer is read with it (CaseDetails.Merge).</summary>
    private static bool AskedForTerms(string story) => AskedForTerms(story, Matches(AnOffer(), story));

    /// <summary>The person's ask, put as a question: "can I ask for more?", "could I get a higher salary?".</summary>
    [GeneratedRegex(@"\b(?:can|could|may)\s+i\s+(?:ask|get|negotiate|push)\s+(?:for\s+)?(?:more|a\s+(?:higher|better|bigger)\b|a\s+raise)", Options, MatchTimeoutMs)]
    private static partial Regex CanIAskForMore();

    /// <summary>The first ask of the person's comes before the offer's end, and nothing between says the ask was taken away to think over.</summary>
    private static bool EndedRightAfterTheAsk(string story)
    {
        var ask = SafeMatch(AskedForTerms(), story, 0);
        if (ask is not { Success: true })
        {
            return false;
        }

        var after = ask.Index + ask.Length;
        var ended = SafeMatch(OfferWithdrawn(), story, after) is { Success: true } pulled ? pulled
            : SafeMatch(OfferCancelled(), story, after) is { Success: true } cancelled ? cancelled
            : null;
        return ended is not null && !Matches(AskTakenAway(), story[after..ended.Index]);
    }

    /// <summary>The person turns down an offer made to them, or takes another one instead.</summary>
    private static bool PersonDeclines(string story)
    {
        if (Matches(DeclinedOffer(), story) || Matches(OfferThenNo(), story) || Matches(DeclineLetter(), story) || Matches(DecliningIt(), story))
        {
            return true;
        }

        if (!Matches(AnOffer(), story))
        {
            return false;
        }

        // "need to decline Kinsley", "want to say no nicely", "help me say no", "declining Greenway's offer": the person declines, said without "I".
        // "I took the one with the council instead", "I've decided to accept an offer from another firm": the person chose another.
        // "two offers ... going with Everly": of two offers, the one the person did not choose is declined.
        // A choice between offers says a decline only where no one said no to the person: "rejected by Contoso,
        // but I have two offers and I'm going with Northwind" is about the rejection.
        return Matches(DecliningAnOffer(), story) || Matches(IDecline(), story) || Matches(DeclineUnsaid(), story)
            || (Matches(IChoose(), story) && (Matches(ChoseElsewhere(), story) || TwoOffers(story)) && !Matches(Rejected(), story));
    }

    /// <summary>"I have two offers", "got offered X ... also been offered Y": more than one offer to choose from.</summary>
    private static bool TwoOffers(string story)
    {
        if (Matches(SeveralOffers(), story))
        {
            return true;
        }

        var count = 0;
        foreach (var _ in Overlapping(AnOffer(), story))
        {
            count++;
        }

        return count >= 2;
    }

    /// <summary>The story without what it says of other companies: one still to answer, or one that said yes.</summary>
    private static string WithoutOtherCompanies(string story) => SafeReplace(OtherCompanies(), story);

    /// <summary>
    /// "still waiting on Legal Aid Chicago", "I still haven't heard from HubSpot where …", "Bain said yes (!!)": a company
    /// named in capitals that has not answered, or said yes, to the end of its clause; "still waiting on an amazon warehouse
    /// role too": another job still to answer.
    /// </summary>
    [GeneratedRegex(@"\b(?:still\s+)?waiting\s+(?:on|for)\s+(?:an?|another|one\s+more)\s+(?:[\p{L}&/-]+\s+){0,4}?(?:role|job|position|internship|application|offer)\b[^.!?;\n]*?(?=\s+(?:but|and)\b|[.!?;\n]|$)|(?:\b(?:i'?m|i’m|im|i\s+am)\s+)?\b(?:still\s+)?(?:waiting\s+(?:on|for)|(?:haven'?t|haven’t|havent|have\s+not)\s+(?:yet\s+)?heard\s+(?:back\s+)?from)\s+(?-i:\p{Lu})[\p{L}\d&'’-]*(?:\s+(?-i:\p{Lu})[\p{L}\d&'’-]*){0,3}\b[^.!?;\n]*?(?=\s+(?:but|and)\b|[.!?;\n]|$)|(?-i:\p{Lu})[\p{L}\d&'’-]*(?:\s+(?-i:\p{Lu})[\p{L}\d&'’-]*){0,3}\s+said\s+yes\b[^.!?;\n]*?(?=\s+(?:but|and)\b|[.!?;\n]|$)", Options, MatchTimeoutMs)]
    private static partial Regex OtherCompanies();

    private static string SafeReplace(Regex pattern, string text)
    {
        try
        {
            return pattern.Replace(text, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    /// <summary>"heard nothing for ages then yesterday she emailed", "no feedback. nothing.", "nobody told me this requirement before I applied".</summary>
    [GeneratedRegex(@"\bno\s+(?:feedback|reason|explanation|details?)\b[^.!?\n]*(?:[.!?]+\s*(?:just\s+|and\s+)?nothing\b[^.!?\n]*)?|\b(?:nobody|no\s+one|no-one)\s+(?:had\s+|has\s+|ever\s+)?told\s+me\s+(?:this|that|about|the|it\s+was|there\s+was)\b[^.!?\n]*|\b(?:heard\s+nothing|nothing|no\s+word|silence|radio\s+silence)\b[^.!?\n]{0,30}?\b(?:then|until|till)\b(?=[^.!?\n]{0,40}?\b(?:emailed|e-mailed|called|rang|phoned|wrote|messaged|texted|replied|got\s+(?:an?|the)\s+(?:email|e-mail|call|rejection|no)))", Options, MatchTimeoutMs)]
    private static partial Regex SilenceThatIsNotTheWait();

    /// <summary>The person took the offer up: "accepted it", "I signed", "signed the contract", "received the offer letter".</summary>
    [GeneratedRegex(@"\b(?:i\s+(?:had\s+|'d\s+|have\s+|'ve\s+|already\s+)?)?(?:accepted|signed)\b(?!\s+(?:another|a\s+different|the\s+other|with\s+(?:another|someone)))|\b(?:received|got|had)\s+(?:the|my|an|their)\s+offer\s+(?:letter|contract)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferTakenUp();

    /// <summary>What the company lost that ended the job: funding, a client, the role itself, the programme it was part of.</summary>
    [GeneratedRegex(@"\blost\s+(?:their|its|the|our|a)\s+(?:[\w-]+\s+){0,2}?(?:funding|client|contract|grant|investor|round|series\s+\w)\b|\b(?:can'?t|cannot|can’t|cant|couldn'?t|could\s+not)\s+afford\b|\b(?:position|role|job|offer|headcount|internship|programme|program|placement|scheme|intake)\s+(?:had\s+|has\s+|was\s+)?(?:been\s+)?[""“'‘]?(?:eliminated|cut|cancell?ed|scrapped|axed)\b", Options, MatchTimeoutMs)]
    private static partial Regex CompanysLoss();

    /// <summary>Between the ask and the offer's end: the ask taken away to think over, or agreed to.</summary>
    [GeneratedRegex(@"\b(?:get\s+back\s+to\s+me|think\s+(?:it\s+)?(?:about|over)|let\s+me\s+know|check\s+with|agreed|said\s+yes|accepted\s+(?:my|the)\s+(?:counter|request|ask))\b", Options, MatchTimeoutMs)]
    private static partial Regex AskTakenAway();

    /// <summary>
    /// "cancelled my offer", "my offer for the teaching job got pulled", "the offer is cancelled", "unable to confirm your appointment";
    /// offers ended for a whole intake ("withdrawing all graduate offers", "all joinings for our batch are cancelled").
    /// </summary>
    [GeneratedRegex(@"\b(?:withdraw(?:ing|n)?|withdrew|rescind(?:ing|ed)?|cancell?(?:ing|ed)|revok(?:ing|ed)|pull(?:ing|ed))\s+(?:all|every|its|their|our|the)\s+(?:[\w'’-]+\s+){0,2}?offers\b|\b(?:joinings|joining\s+dates?|onboarding)\b[^.!?\n]{0,60}?\b(?:are|were|is|was|have\s+been|has\s+been|got)\s+(?:now\s+|all\s+)?(?:cancell?ed|withdrawn|revoked|called\s+off|scrapped)\b|\b(?:cancell?ed|cancel(?:l?ing)?|closed|scrapped|killed|pulled)\s+(?:my|the|their|our|your|this)\s+(?:[\w'’-]+\s+){0,3}?offer\b|\boffer\b[^.!?\n]{0,80}?\b(?:got|was|were|been|is|has\s+been|had\s+been)\s+(?:now\s+|just\s+|officially\s+)?(?:pulled|cancell?ed|withdrawn|revoked|rescinded|retracted|taken\s+back|closed|scrapped|off\s+the\s+table|no\s+longer\s+(?:available|valid|on\s+the\s+table|standing|open))\b|\boffer\s+(?:is\s+|was\s+)?gone\b|\b(?:they'?d|they’d|they\s+would|they)\s+(?:have|had)\s+to\s+(?:withdraw|pull|rescind)\b|\b(?:unable|not\s+able|no\s+longer\s+able)\s+to\s+(?:confirm|offer|proceed\s+with|go\s+ahead\s+with)\s+(?:your|the|my)\s+(?:\w+\s+)?(?:appointment|offer|place|start|hire|contract)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferCancelled();

    /// <summary>The company ending something named before ("they're pulling it", "they cancelled it"), read as the offer when one was said.</summary>
    [GeneratedRegex(@"\b(?:they|they'?re|they’re|they'?ve|they’ve|they\s+have|they\s+had|the\s+company|hr)\s+(?:\w+\s+){0,2}?(?:pull(?:ed|ing)?|cancell?(?:ed|ing)?|withdr[ae]w(?:n|ing)?|revok(?:ed|ing)|retract(?:ed|ing)?|rescind(?:ed|ing)?|scrap(?:ped|ping)?)\s+it\b", Options, MatchTimeoutMs)]
    private static partial Regex TheyEndedIt();

    /// <summary>
    /// The person asked for other terms: "I asked for 58", "asked for 85 as i had another offer", "asked if the internship could be remote", "i
    /// countered", "I requested relocation support", "i wanted a 4 day week", "your counter-proposal".
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:they|she|he|it|we|company|recruiter|manager|hr)\s+(?:\w+\s+)?)\b(?:asked|requested|request|pushed|wanted|tried\s+to\s+get|tried\s+to\s+negotiate|negotiated|negotiating|countered|ask(?:ing)?\s+for)\s+(?:\w+\s+){0,3}?(?:for|if|to|whether|about|them|him|her)?\b[^.!?\n]{0,80}?" + TermWords + @"|\bcounter[\s-]?(?:offer|proposal)s?\b|\bi\s+(?:\w+\s+)?(?:countered|negotiated|tried\s+to\s+negotiate)\b|(?<!\b(?:they|she|he|it|we|company|recruiter|manager|hr)\s+(?:\w+\s+)?)\basked\s+for\s+[$£€]?\d[\d,.]*k?\b(?!\s*(?:more\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|%))|" + TermWords + @"[^.!?\n]{0,20}?\b(?:i|i'?d|i’d)\s+(?:had\s+)?asked\s+for\b", Options, MatchTimeoutMs)]
    private static partial Regex AskedForTerms();

    /// <summary>
    /// Other offers given up for this one: "i already turned down two other offers", "I declined my other offer for this",
    /// "said no to Contoso's offer because of this one", "I withdrew from my other applications".
    /// </summary>
    [GeneratedRegex(@"\b(?:turned|turning|turn)\s+down\s+(?:\w+\s+){0,3}?(?:other|another|\d+|two|three|both|my)\s+(?:\w+\s+){0,2}?(?:offers?|jobs?|roles?)\b|\b(?:declined|rejected|said\s+no\s+to|passed\s+on|gave\s+up|withdrew\s+from|walked\s+away\s+from)\s+(?:\w+\s+){0,3}?(?:other|another|\d+|two|three|both)\s+(?:\w+\s+){0,2}?(?:offers?|jobs?|roles?|applications?)\b|\b(?:other|another)\s+offers?\s+(?:\w+\s+){0,2}?(?:i|I)\s+(?:turned|said\s+no\s+to|declined|rejected|gave\s+up)\b", Options, MatchTimeoutMs)]
    private static partial Regex OtherOffersTurnedDown();

    /// <summary>The terms of an offer: pay, hours, where and when the work starts.</summary>
    private const string TermWords = @"(?:\b\d+(?:[.,]\d+)?\s*k\b|\b\d+\s*%|[$£€]\s?\d|\b(?:salary|pay|base|raise|more\s+money|remote(?:ly)?|hybrid|wfh|work\s+from\s+home|part[\s-]?time|full[\s-]?time|start(?:ing)?\s+date|start\s+later|start\s+in\s+\d+\s+(?:weeks?|months?)|later\s+start|relocation|relo|signing\s+bonus|bonus|equity|flexib\w+|hours|stipend|allowance|contract|office|location|higher|match|\d+\s*-?\s*day\s+week|days?\s+a\s+week|days?\s+(?:from\s+)?home|visa|sponsorship|title|notice\s+period)\b)";

    [GeneratedRegex(TermWords, Options, MatchTimeoutMs)]
    private static partial Regex Terms();

    /// <summary>"we'll go with our second choice then", "they'd have to move on", "will not be able to hold the position open".</summary>
    [GeneratedRegex(@"\bgo(?:ing)?\s+with\s+(?:our|their|the|a|another)\s+(?:second|other|next|backup|back-up)\b|\b(?:gone|went)\s+with\s+(?:another|someone\s+else|a\s+different)\b|\b(?:have|had|need|needed)\s+to\s+move\s+on\b|\b(?:not|unable\s+to|can'?t|cannot)\s+(?:be\s+able\s+to\s+)?hold\s+(?:the|this)\s+(?:position|role|offer|place)\b|\b\w+\s+or\s+nothing\b|\btake\s+it\s+or\s+leave\s+it\b|\b(?:refused|the\s+ceiling|(?:is|was)\s+firm|no\s+room|not\s+possible|best\s+they\s+(?:can|could)\s+do|as\s+(?:high|far)\s+as\s+they\s+(?:can|could)\s+go)\b|\b(?:declined|rejected|turned\s+down)\s+(?:my|the|that)\s+(?:request|ask|counter\w*|proposal)\b|\b(?:that'?s|that’s|it'?s|is)\s+(?:their\s+)?final\b", Options, MatchTimeoutMs)]
    private static partial Regex TheyMovedOn();

    /// <summary>
    /// The person declines, said without "I": "Need to decline Kinsley", "want to say no nicely", "declining
    /// Greenway Transit's offer", "Decline offer - Sparrow", "need to tell them no", "need help to reject an offer".
    /// </summary>
    [GeneratedRegex(@"(?:^|[.!?;:,\n—–]\s*|\s-\s+|\b(?:need|have|want|going|gotta|got|trying|planning|how|best\s+way)\s+to\s+|\bhelp(?:\s+me)?(?:\s+(?:to|with))?\s+|\bhow\s+(?:do|should|can|would)\s+i\s+)(?<!\b(?:they|she|he|we|it|company|employer|recruiter)\s+(?:\w+\s+)?(?:need|have|want|going|trying|planning)\s+to\s+)(?:decline|declining|turn(?:ing)?\s+(?:\w+\s+){0,3}?down|say(?:ing)?\s+no\b|tell(?:ing)?\s+(?:them|him|her|the\s+\w+)\s+no\b|pass(?:ing)?\s+on\s+(?:the|their|this|that|it)\b|reject(?:ing)?\s+(?:an?|the|their|this|that|my)\s+(?:[\w-]+\s+)?offer\b)", Options, MatchTimeoutMs)]
    private static partial Regex DeclineUnsaid();

    /// <summary>The person chooses: "I'm going with that", "I took the one with the council", "gonna take that", "I have decided to accept an offer".</summary>
    [GeneratedRegex(@"(?:\b(?:i|i'?m|i’m|im|i'?ve|i’ve|i'?ll|i’ll|i'?d|i’d|so|and|but)\s+|(?:^|[.!?;:]\s*))(?:(?:have|am|will|just|already|also|now|decided\s+to|going\s+to|gonna|want\s+to|plan\s+to|planning\s+to)\s+){0,3}(?:accept(?:ed|ing)?|tak(?:e|ing)|took|go(?:ing)?\s+with|went\s+with|chose|choosing|sign(?:ed|ing)?\s+with|join(?:ing)?)\b", Options, MatchTimeoutMs)]
    private static partial Regex IChoose();

    /// <summary>What was chosen is elsewhere: "an offer from another firm", "somewhere else", "instead".</summary>
    [GeneratedRegex(@"\b(?:another|a\s+different|an\s+other|the\s+other)\s+(?:\w+\s+)?(?:offer|one|firm|company|place|role|job|position)\b|\b(?:somewhere|someplace)\s+else\b|\belsewhere\b|\binstead\b", Options, MatchTimeoutMs)]
    private static partial Regex ChoseElsewhere();

    [GeneratedRegex(@"\b(?:two|2|both|multiple|several|three|3)\s+(?:\w+\s+)?offers\b|\boffers\s+from\s+(?:both|two)\b|\b(?:also|another)\s+(?:been\s+|got\s+|have\s+)?(?:an?\s+)?offer(?:ed)?\b", Options, MatchTimeoutMs)]
    private static partial Regex SeveralOffers();

    /// <summary>"not even a no", "I haven't even had a rejection", "no rejection yet": the decision has not come.</summary>
    [GeneratedRegex(@"\b(?:not\s+even|still\s+no|no|haven'?t\s+(?:even\s+)?(?:had|got|gotten|received)|haven’t\s+(?:even\s+)?(?:had|got|gotten|received)|have\s+not\s+(?:even\s+)?(?:had|got|received)|didn'?t\s+(?:even\s+)?(?:get|receive)|not\s+(?:yet\s+)?(?:had|got|received))\s+(?:a|an|any)?\s*(?:rejection|no|decision|answer|outcome)\b(?:\s+(?:e-?mail|letter|message|yet|either))?", Options, MatchTimeoutMs)]
    private static partial Regex NoDecisionYet();

    /// <summary>"I never even said I'd turn it down", "I didn't say no": a decline denied, to the clause's end.</summary>
    [GeneratedRegex(@"\b(?:never|didn'?t|didn’t|did\s+not|wasn'?t|was\s+not)\s+(?:even\s+)?(?:said|say|going\s+to|gonna|planning\s+to|mean\s+to|meant\s+to|threatened\s+to)\b[^.!?\n]*?(?=\s+but\b|[.!?\n]|$)", Options, MatchTimeoutMs)]
    private static partial Regex DeniedDecline();

    /// <summary>"crickets", "and then... nothing", "I got... nothing", "hasn't said anything", a sentence that is only "Nothing.".</summary>
    [GeneratedRegex(@"\bcrickets\b|\b(?:then|got|since)\s*(?:\.{2,}|…)?\s*nothing\b(?!\s+(?:to|but|else|about|wrong|from\s+(?:that|this)))|(?:^|[.!?]\s*)(?:and\s+)?(?:still\s+)?nothing(?:\s+(?:yet|since|back|at\s+all))?\s*(?:[.!?]|$)|\b(?:hasn'?t|hasnt|hasn’t|haven'?t|havent|haven’t|has\s+not|have\s+not)\s+(?:even\s+)?(?:said|sent|told\s+me)\s+(?:me\s+)?anything\b|\bnot\s+(?:a\s+)?(?:single\s+)?(?:word|peep)\b|\b(?:since\s+then|and\s+then|since)\W+silence\b|\bzero\s+(?:news|word|reply|response|contact|updates?)\b", Options, MatchTimeoutMs)]
    private static partial Regex Silence();

    /// <summary>
    /// A step taken whose answer is still to come: a promised time ("they said they'd let me know by Friday", "the offer
    /// letter will be released in 2-3 days", "said I'd get feedback in 2 weeks", "results by mid-December"), a status still open ("portal still says under review"), a question about
    /// the wait ("how long do they usually take", "is it ok to chase", "what should I do in the meantime").
    /// </summary>
    [GeneratedRegex(@"\b(?:offer\s+letter|results?|decision|outcome)\s+(?:\w+\s+){0,2}?(?:will|would)\s+be\s+(?:released|sent|out|shared|issued)\b|\b(?:said|saying|says|told\s+me|mentioned|promised)\s+(?:that\s+)?(?:they|she|he|i|we|it)(?:'?d|’d|'?ll|’ll|\s+would|\s+will|\s+should)\s+[""“']?(?:\w+\s+){0,2}?(?:hear|let\s+me\s+know|get\s+back|be\s+in\s+touch|decide|come\s+back|reach\s+out|update|contact|know|send|get\s+(?:feedback|an?\s+(?:answer|update|decision))|have\s+(?:an?\s+)?(?:answer|decision))|\b(?:said|saying|says|told\s+me)\s+[""“']?(?:by|within|end\s+of|early\s+next|next)\s+(?!e-?mail|phone|text|the\s+way)|\b(?:said|saying|says|told\s+me)\s+[""“']?(?:in\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|\d+(?:\s*-\s*\d+)?|one|two|three)\s+(?:more\s+)?(?:days?|weeks?|business\s+days|working\s+days)\s*(?:[""”'.,!?;]|$|max|tops|or\s+so)|\b(?:results?|decisions?|outcomes?|answers?|feedback)\s+(?:by|within|expected)\b|\btold\s+(?:me\s+)?to\s+expect\b|\bexpect\s+(?:an?\s+|the\s+)?(?:answer|decision|outcome|reply|response|to\s+hear)\b|\b(?:still\s+)?(?:says|shows|showing|saying|reads|stuck\s+(?:at|on))\s+(?:as\s+)?[""“']?(?:under\s+review|in\s+progress|in\s+review|pending|being\s+reviewed|application\s+received)|\bstill\s+(?:under\s+review|in\s+progress|pending)\b|\bhow\s+long\s+(?:do|does|should|will|before|until|is\s+it|they)\b|\bis\s+it\s+(?:ok|okay|too\s+early|too\s+soon|normal|rude|fine)\s+to\s+(?:chase|follow\s+up|email|e-mail|call|ring|nudge|check\s+in)\b|\bshould\s+i\s+(?:chase|follow\s+up|ring|call|nudge|check\s+in|send\s+a\s+(?:thank|follow))\b|\bthank[\s-]?you\s+(?:note|email|e-mail|message)\b|\bin\s+the\s+meantime\b|\bkeep\s+refreshing\b|\bhaven'?t\s+chased\b", Options, MatchTimeoutMs)]
    private static partial Regex StillPending();

    /// <summary>"that's final", "final exams", "final offer": the word "final" that is not the final round.</summary>
    [GeneratedRegex(@"\b(?:that'?s|that’s|it'?s|it’s|is|was)\s+(?:their\s+)?final\b|\bfinal\s+(?:exams?|year|offer|answer|decision|word|say|number|salary|figure|semester|term|deadline|grades?|results?)\b", Options, MatchTimeoutMs)]
    private static partial Regex NotAFinalRound();
}
