using System.Text.RegularExpressions;
using CoachBot.Organizations;

namespace CoachBot.Safety;

/// <summary>What a question outside coaching is about.</summary>
public enum OutOfScope
{
    None,
    AreYouHuman,
    Immigration,
    Legal,
    Medical,
    ResumeReview,
    InterviewPractice,
}

/// <summary>
/// Honesty and scope: CoachBot says it is an AI whenever asked, and it gives no therapy, medical, legal or
/// immigration advice; it says so kindly and names the office that can help. Only questions count: "they
/// couldn't sponsor my visa" is a reason for the rejection, "what happens to my visa?" is a question.
/// </summary>
public static partial class ScopeGuard
{
    public const string IAmAnAi = "I'm CoachBot, an AI, not a person. I'm a computer program that helps with job rejections, and I can get things wrong, so check anything important with {0}.";

    public static OutOfScope Classify(string text)
    {
        if (text.Length == 0 || text.Length > MaxQuestionLength)
        {
            return OutOfScope.None;
        }

        if (AreYouHuman().IsMatch(text))
        {
            return OutOfScope.AreYouHuman;
        }

        // Asked or told ("review my resume"), these are for the career office, not this chat.
        if (ResumeReview().IsMatch(text))
        {
            return OutOfScope.ResumeReview;
        }

        if (InterviewPractice().IsMatch(text))
        {
            return OutOfScope.InterviewPractice;
        }

        if (!LooksLikeQuestion().IsMatch(text))
        {
            return OutOfScope.None;
        }

        return Immigration().IsMatch(text) ? OutOfScope.Immigration
            : Legal().IsMatch(text) || OpensWithWhetherAllowed(text) ? OutOfScope.Legal
            : Medical().IsMatch(text) ? OutOfScope.Medical
            : OutOfScope.None;
    }

    public static string Answer(OutOfScope topic, OrganizationProfile organization) => topic switch
    {
        OutOfScope.AreYouHuman => string.Format(System.Globalization.CultureInfo.InvariantCulture, IAmAnAi, organization.CareerOfficeOrDefault),
        OutOfScope.Immigration => $"That's an important question, and it needs someone qualified: I can't advise on visas or immigration status. {organization.InternationalOfficeContact ?? "Your school's international student office"} can tell you what this means for your status, and your employer's HR or an immigration attorney can too. I can still help with the reply to the employer.",
        OutOfScope.Legal => $"I can't give legal advice. If you think something unlawful happened, {organization.LegalServicesContact ?? "your school's student legal services, if it has one, or an employment lawyer"} can look at it properly, and {organization.CareerOfficeOrDefault} can tell you where to start. I can still help with the reply to the employer.",
        OutOfScope.Medical => $"I'm a career coach, not a therapist or a doctor, so I can't advise on that. {organization.CounselingContact ?? "Your school's counseling or health service"} can, and talking to them is a good idea. I can still help with the job side of things.",
        OutOfScope.ResumeReview => $"I don't review resumes myself, but {organization.CareerOfficeOrDefault} does, and a counselor can go through yours with you{BookingLink(organization)}. Here, I can keep helping with this rejection and the reply.",
        OutOfScope.InterviewPractice => $"I don't run practice interviews, but {organization.CareerOfficeOrDefault} offers mock interviews with a counselor{BookingLink(organization)}. Here, I can keep helping with this rejection and the reply.",
        _ => string.Empty,
    };

    private static string BookingLink(OrganizationProfile organization) =>
        organization.BookingUrl is { } booking ? $": book a session at {booking}" : string.Empty;

    /// <summary>Pasted e-mails and long stories are not questions to CoachBot.</summary>
    private const int MaxQuestionLength = 300;

    [GeneratedRegex(@"\b(are|r) (you|u) (an? )?(real|human|person|bot|robot|ai|a\.i\.|machine|computer|program|chat ?bot)\b|\b(am i|are we) (talking|chatting|speaking|texting) (to|with) (an? )?(real |actual )?(human|person|bot|robot|ai|machine|computer)\b|\bis (this|that) (an? )?(real )?(bot|human|person|ai|robot|machine)\b|\bwho am i (talking|chatting|speaking) (to|with)\b|\bis (there )?(a|any) (real )?(human|person) (there|on the other end|behind this)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreYouHuman();

    [GeneratedRegex(@"\?|^\s*(can|could|should|shall|will|would|what|how|is|am|are|do|does|did|when|where|which|who|why)\b|\b(advice|advise|tell me|help me with|wondering)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeQuestion();

    [GeneratedRegex(@"\b(visa|visas|immigration|immigrant|stem opt|opt (status|extension|period|days|time)|(on|my) opt|cpt|h-?1b|f-?1|j-?1|green card|i-?20|sevis|deport(ed|ation)?|work permit|work authori[sz]ation|unemployment days)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Immigration();

    /// <summary>
    /// Whether the employer may do what it did, asked ("is that even allowed??", "can they do that?"), alone
    /// or inside a story: CoachBot is no lawyer, so it is acknowledged with <see cref="OutOfScope.Legal"/>'s
    /// answer, never answered. Only asked, to the question mark: "they said it's allowed" is no question.
    /// </summary>
    public static bool AsksWhetherAllowed(string text) => WhereWhetherAllowed(text) >= 0;

    /// <summary>
    /// The whole message is that question ("wait, is that even legal??"): a message that opens with an answer
    /// ("the background check, can they do that?") is read by the question it answers, which acknowledges it.
    /// </summary>
    private static bool OpensWithWhetherAllowed(string text) =>
        WhereWhetherAllowed(text) is var at and >= 0 && text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;

    /// <summary>Where the question starts; -1 when it is not asked (or the text is too tangled to tell).</summary>
    private static int WhereWhetherAllowed(string text)
    {
        try
        {
            return WhetherAllowed().Match(text) is { Success: true } asked ? asked.Index : -1;
        }
        catch (RegexMatchTimeoutException)
        {
            return -1;
        }
    }

    [GeneratedRegex(@"(?:\b(?:is|was|isn'?t|isn’t)\s+(?:that|this|it|what\s+they\s+did)\s+(?:even\s+|actually\s+|really\s+)?(?:allowed|legal|lawful|permitted|against\s+the\s+law)|\bcan\s+(?:they|companies|a\s+company|employers?|an\s+employer|he|she|the\s+company)\s+(?:even\s+|legally\s+|actually\s+|really\s+|just\s+)?(?:do\s+(?:that|this)|pull|rescind|withdraw|revoke|take\s+(?:it|back)|cancel)|\b(?:are|is)\s+(?:they|companies|employers?|the\s+company|the\s+employer)\s+(?:even\s+|legally\s+|actually\s+)?allowed\s+to)\b[^.!?\n]{0,60}\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex WhetherAllowed();

    [GeneratedRegex(@"\b(lawyer|attorney|sue|suing|lawsuit|legal action|legally|illegal|unlawful|discriminat(ion|ed|ing)|eeoc|breach of contract|file a complaint)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();

    [GeneratedRegex(@"\b(review|look (at|over)|check|go (over|through)|read|feedback on|improve|fix|help (me )?with|critique|edit|proofread|rewrite)\b[^.?!]{0,25}\b(resume|résumé|cv|cover letter)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResumeReview();

    [GeneratedRegex(@"\b(mock|practice|practise) interviews?\b|\binterview (practice|prep|preparation|coaching)\b|\b(prepare|prep|practice|practise) (me )?for (an? |my |the |next )?interviews?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterviewPractice();

    [GeneratedRegex(@"\b(medication|meds|antidepressants?|diagnos(e|is)|therapy|therapist|psychiatrist|prescri(be|ption)|depression|anxiety disorder|adhd|panic disorder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Medical();
}
