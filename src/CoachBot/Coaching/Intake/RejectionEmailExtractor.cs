using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Reads a pasted rejection e-mail and fills in what intake would otherwise ask: company, role, stage,
/// how the news came, the reason given and who sent it. Deliberately cautious: whatever it is unsure
/// about stays null so the bot can ask. Never throws on odd input; every pattern is linear in the input
/// and also has a match timeout, after which it simply counts as "not found".
/// </summary>
public static partial class RejectionEmailExtractor
{
    private const int MaxInputChars = 20_000;
    private const int MaxReasonChars = 300;
    private const int MaxCompanyChars = 60;
    private const int MaxRoleChars = 80;
    private const int MaxRoleWords = 8;
    private const int ShortAnswerChars = 160;
    /// <summary>
    /// A safety net only: the patterns are linear and input is clipped, so real matches take microseconds.
    /// Generous, because a wall-clock timeout can also fire when the machine is merely busy.
    /// </summary>
    private const int MatchTimeoutMs = 1_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions LineOptions = Options | RegexOptions.Multiline;

    // ----- Public API -----

    /// <summary>Everything the e-mail says, as <see cref="MessageDetails"/>; a pasted rejection e-mail was heard by e-mail.</summary>
    public static MessageDetails Read(string emailText)
    {
        var email = Normalize(emailText);
        var found = new RejectionCase();
        Fill(email, found);
        return new MessageDetails
        {
            Company = found.Company,
            Role = found.Role,
            Stage = found.Stage,
            HeardVia = found.HeardVia,
            Reason = found.Reason,
            ContactName = found.ContactName,
            Situation = Coaching.Situation.Rejected,
            GreetedName = FindGreetedName(email),
        };
    }

    /// <summary>"Hi Jordan," at the top: the person the e-mail was written to, when it is a name written as one ("Dear Applicant" is none).</summary>
    private static string? FindGreetedName(string email) =>
        FirstMatch(Salutation(), email) is { Success: true } greeting && !GreetsSomeoneElse(email, greeting.Index) && greeting.Groups["name"].Value.Trim() is var written
        && written.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words
        && Array.TrueForAll(words, word => char.IsUpper(word[0]) && !Addressees.Contains(word.TrimEnd('.', '!')))
        && Names.Person(written) is { } name ? name : null;

    /// <summary>"Hi Priya, thank you for letting me know … Best, Jordan": the person's own letter greets the one they write to.</summary>
    private static bool GreetsSomeoneElse(string email, int greetingAt)
    {
        var signOff = AllMatches(SignOff(), email).FirstOrDefault(match => match.Index > greetingAt);
        return SpeaksAsThePerson(email[greetingAt..(signOff?.Index ?? email.Length)]);
    }

    /// <summary>Greetings to no one by name.</summary>
    private static readonly HashSet<string> Addressees = new(StringComparer.OrdinalIgnoreCase)
    {
        "applicant", "candidate", "candidates", "sir", "madam", "sir/madam", "team", "all", "there", "friend", "student", "hiring", "manager", "colleague", "colleagues", "everyone",
    };

    /// <summary>
    /// True when the text reads like a pasted e-mail (several lines, long, or starting with a salutation)
    /// and contains typical rejection wording; false for short answers such as "Contoso".
    /// </summary>
    public static bool LooksLikeRejectionEmail(string text)
    {
        var email = Normalize(text);
        if (email.Length == 0)
        {
            return false;
        }

        var signals = CountMatches(RejectionWording(), email, stopAt: 2);
        if (signals == 0)
        {
            return false;
        }

        // A long story in the person's own words ("they said the other candidate had more experience") is not
        // an e-mail: without lines or a greeting, only text in the employer's voice ("we", "your") is one.
        var shapedLikeEmail = NonBlankLineCount(email) >= 3
            || IsMatch(Salutation(), email)
            || (email.Length >= ShortAnswerChars && SpeaksAsTheEmployer(email));
        return shapedLikeEmail || (signals >= 2 && email.Length >= 60 && SpeaksAsTheEmployer(email));
    }

    /// <summary>"We have decided…", "your application": the employer writing to the person, more than the person writing about them.</summary>
    private static bool SpeaksAsTheEmployer(string text) =>
        CountMatches(EmployerVoice(), text, stopAt: 50) > CountMatches(PersonVoice(), text, stopAt: 50);

    /// <summary>
    /// Extracts what it can from <paramref name="emailText"/> and sets only the fields of
    /// <paramref name="target"/> that are still null. Fields it is not sure about are left alone.
    /// </summary>
    public static void FillMissing(string emailText, RejectionCase target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Fill(Normalize(emailText), target);
    }

    private static void Fill(string email, RejectionCase target)
    {
        if (email.Length == 0)
        {
            return;
        }

        target.HeardVia ??= HeardVia.Email;
        target.Company ??= FindCompany(email);
        target.Role ??= FindRole(email, target.Company);
        target.Stage ??= FindStage(email);
        target.Reason ??= FindReason(email);
        target.ContactName ??= FindContactName(email, target.Company);
    }
}
