using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;

namespace CoachBot.Coaching.Drafting;

/// <summary>The rubric's answer: every failure as a short stable code, a colon and a detail ("too-long: 212 words").</summary>
public sealed record RubricVerdict(IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;

    public override string ToString() => Passed ? "passed" : string.Join("; ", Failures);
}

/// <summary>
/// What every draft must be, whoever wrote it: the built-in drafter is tested against it, and a
/// model-written draft is checked with it at run time before the person sees it.
/// </summary>
/// <remarks>
/// Codes: <c>missing-company</c>, <c>missing-role</c>, <c>missing-contact</c>, <c>wrong-greeting</c>,
/// <c>repeated-opening</c> (two sentences opening on the same two words), <c>repeated-company</c> (named more than <see cref="CompanyMentions.Most"/> times after the greeting),
/// <c>no-thanks</c>, <c>no-ask</c>, <c>wrong-ask</c>, <c>too-long</c>, <c>placeholder</c>, <c>hostile</c>,
/// <c>begging</c>, <c>invented-name</c>, <c>invented-claim</c>, <c>repeated-word</c>, <c>unshaped-field</c>,
/// <c>thanks-for-rescinded</c> (thanking for an offer that was withdrawn, or for the news of it),
/// <c>presumes</c> (a fact the person never gave: an error in a report, what the recruiter felt, why they decided,
/// what the person will do), <c>wrong-count</c> (several meetings after one screening call), <c>unsaid-stage</c> (a
/// stage of the process the person never said they reached), <c>chat-text</c> (words typed as in a chat,
/// "tbh", "kinda", a lower-case "i", an emoticon: the person's raw words pasted in), <c>pasted-reason</c> (a
/// decline's reason exactly as the person typed it). The checks are deliberately literal:
/// a draft that fails one is rewritten or replaced, never shown with the failure explained away.
/// </remarks>
public static partial class DraftRubric
{
    public const int MaxWords = 180;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static RubricVerdict Check(string draft, DraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<string>();
        var body = WithoutSubjectLine(draft);
        var known = KnownFacts.From(request);

        CheckFacts(body, known, failures);
        CheckUnshapedFields(body, request, failures);
        CheckGreeting(body, known, failures);
        if (!Thanks().IsMatch(body))
        {
            failures.Add("no-thanks: the draft never thanks them");
        }

        CheckAsk(body, request, known, failures);
        var words = CountWords(body);
        if (words > MaxWords)
        {
            failures.Add($"too-long: {words} words");
        }

        AddFirst(failures, "placeholder", Placeholder().Match(draft));
        AddFirst(failures, "hostile", Hostile().Match(body));
        AddFirst(failures, "begging", Begging().Match(body));
        CheckInventedNames(body, known, failures);
        CheckInventedClaims(body, known, failures);
        CheckRescindedThanks(body, request, failures);
        CheckPresumptions(body, request, known, failures);
        CheckStage(body, request, failures);
        CheckMeetingCount(body, request, failures);
        CheckRepeatedWords(body, known, failures);
        CheckRepeatedOpenings(body, failures);
        CheckRawText(body, request, failures);
        return new RubricVerdict(failures);
    }

    // ----- Reading well -----

    /// <summary>
    /// The person's words as they typed them to a chatbot are not a letter: chat register anywhere, or a
    /// decline's reason word for word (it is worded by its kind, <see cref="DeclineReasons"/>, or left to them).
    /// </summary>
    private static void CheckRawText(string body, DraftRequest request, List<string> failures)
    {
        if (ChatRegister.Find(body) is { } chat)
        {
            failures.Add($"chat-text: \"{chat}\"");
        }

        var declining = request.Goal == ReplyGoal.DeclineOffer || request.Case.Situation == Situation.DeclinedOffer;
        if (declining && CaseText.Clean(request.Case.Reason) is { } reason && CountWords(reason) >= MinPastedWords
            && KnownFacts.OneLine(body).Contains(KnownFacts.OneLine(reason), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("pasted-reason: the reason for declining as the person typed it");
        }
    }

    /// <summary>Two sentences of one letter that open on the same two words ("Every conversation …", twice) read as a template.</summary>
    private static void CheckRepeatedOpenings(string body, List<string> failures)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var opening in Openings(body))
        {
            if (!seen.Add(opening))
            {
                failures.Add($"repeated-opening: \"{opening}\" opens two sentences");
                return;
            }
        }
    }

    /// <summary>
    /// The first two words of each sentence that counts for <c>repeated-opening</c>: sentences opening on "I"
    /// are left alone, since a letter in the first person opens many so. The drafter avoids repeating them too.
    /// </summary>
    internal static IEnumerable<string> Openings(string text)
    {
        foreach (var sentence in SentenceSplit().Split(text))
        {
            var words = sentence.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 3 && words[0] is not ("I" or "I'm" or "I'd" or "I've" or "I'll"))
            {
                yield return $"{words[0]} {words[1].TrimEnd(',', ';')}";
            }
        }
    }

    /// <summary>Shorter than this, a reason ("another offer") can be the letter's own words too.</summary>
    private const int MinPastedWords = 4;

    /// <summary>
    /// No content word (<see cref="RepeatsAWord"/>; the facts' own words aside) in two sentences in a row: "the call
    /// … our call", "the role … the role" read as a writer who did not look back.
    /// </summary>
    private static void CheckRepeatedWords(string body, KnownFacts known, List<string> failures)
    {
        string? previous = null;
        foreach (var sentence in SentenceSplit().Split(body))
        {
            if (sentence.Trim().Length == 0)
            {
                continue;
            }

            if (previous is not null && RepeatedWord(previous, sentence, known.Mentions) is { } word)
            {
                failures.Add($"repeated-word: \"{word.ToLowerInvariant()}\" in consecutive sentences");
                return;
            }

            previous = sentence;
        }
    }

    /// <summary>
    /// Whether two sentences share a content word: four letters or more, not a function word nor the subject every
    /// such letter names ("interview", "offer", "team"), alone or with a plural ending ("call", "calls"). What a
    /// writer avoids in consecutive sentences; the drafter asks it of every wording it weighs.
    /// </summary>
    /// <remarks>
    /// A word is a whole run of letters, so "meeting" is not in "meetings" nor "Montréal" in "montréalais".
    /// Compared run by run: a pattern built per word cost more than the rest of the drafting.
    /// </remarks>
    internal static bool RepeatsAWord(string first, string second) => RepeatedWord(first, second, _ => false) is not null;

    private static string? RepeatedWord(string first, string second, Func<string, bool> isFact)
    {
        var common = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var function = ShortFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var rest = first.AsSpan(); NextLetterRun(ref rest, out var word);)
        {
            if (word.Length < 4 || common.Contains(word) || function.Contains(word))
            {
                continue;
            }

            for (var other = second.AsSpan(); NextLetterRun(ref other, out var candidate);)
            {
                if (SameOrPlural(word, candidate) && !isFact(word.ToString()) && !isFact(candidate.ToString()))
                {
                    return word.ToString();
                }
            }
        }

        return null;
    }

    private static bool SameOrPlural(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || (a.Length == b.Length + 1 && (a[^1] is 's' or 'S') && a.StartsWith(b, StringComparison.OrdinalIgnoreCase))
        || (b.Length == a.Length + 1 && (b[^1] is 's' or 'S') && b.StartsWith(a, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether two passages share a content word of four letters or more, in any of its forms ("keen" and "keener",
    /// "really" twice, "call" and "calls"): what a reader notices when it comes back anywhere in a short letter.
    /// </summary>
    internal static bool SharesContentWord(string first, string second) => SharedContentWords(first, second, stopAtFirst: true) > 0;

    /// <summary>How many content words of <paramref name="first"/> come again in <paramref name="second"/> (<see cref="SharesContentWord"/>).</summary>
    internal static int SharedContentWords(string first, string second, bool stopAtFirst = false)
    {
        var count = 0;
        var common = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var function = ShortFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var rest = first.AsSpan(); NextLetterRun(ref rest, out var word);)
        {
            if (word.Length < 4 || common.Contains(word) || function.Contains(word))
            {
                continue;
            }

            for (var other = second.AsSpan(); NextLetterRun(ref other, out var candidate);)
            {
                if (SameWord(word, candidate))
                {
                    count++;
                    if (stopAtFirst)
                    {
                        return count;
                    }

                    break;
                }
            }
        }

        return count;
    }

    /// <summary>The same word, or one of them the other with an ending ("keen", "keener"; "call", "calls").</summary>
    private static bool SameWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (b.Length < 4 || !b.StartsWith(a, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var ending = b[a.Length..];
        if (ending.Length == 0)
        {
            return true;
        }

        foreach (var known in WordEndings)
        {
            if (ending.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] WordEndings = ["s", "es", "er", "est", "ly", "ed", "d", "ing"];

    /// <summary>Words of four letters or more any writer repeats: function words, and the letter's own subject words.</summary>
    private static readonly HashSet<string> ShortFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "with", "have", "from", "your", "will", "been", "were", "they", "them", "what", "when", "more", "some", "very", "also",
        "into", "than", "then", "just", "much", "such", "only", "ever", "each", "well", "here", "even", "both", "over", "again", "team",
        "thank", "thanks", "best", "dear", "kind", "hello", "regards", "yours", "ours", "mine", "myself", "it's", "i've", "i'll", "i'd", "i'm",
    };

    /// <summary>The next whole run of letters (<c>\p{L}</c>) in <paramref name="text"/>, which is moved past it.</summary>
    private static bool NextLetterRun(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> run)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        run = text[start..end];
        text = text[end..];
        return run.Length > 0;
    }

    /// <summary>Function words long enough to count, which any careful writer repeats.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "would", "could", "should", "there", "their", "about", "which", "these", "those", "other", "where", "while", "being", "still",
        // The subject of every such letter, named as often as it needs to be.
        "offer", "offers", "interview", "interviews", "position", "positions", "application", "applications", "roles",
    };

    // ----- Facts and greeting -----

    private static void CheckFacts(string body, KnownFacts known, List<string> failures)
    {
        if (known.Company is { } company && !body.Contains(company, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"missing-company: {company}");
        }
        else if (known.Company is { } named && CompanyMentions.CountAfterGreeting(body, named) is var mentions and > CompanyMentions.Most)
        {
            failures.Add($"repeated-company: named {mentions} times");
        }

        if (known.Role is { } role && !body.Contains(role, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"missing-role: {role}");
        }
    }

    /// <summary>
    /// A detail not of its field's shape (<see cref="FieldShape"/>: a sentence about oneself kept as a
    /// company, a feeling as a point) must not be in the draft. The detail names the field, never its text.
    /// </summary>
    private static void CheckUnshapedFields(string body, DraftRequest request, List<string> failures)
    {
        var @case = request.Case;
        var declining = request.Goal == ReplyGoal.DeclineOffer || @case.Situation == Situation.DeclinedOffer;
        var fields = new (string Field, string? Text, bool HasShape)[]
        {
            ("company", @case.Company, FieldShape.IsCompany(@case.Company)),
            ("role", @case.Role, FieldShape.IsRole(@case.Role)),
            ("contact", @case.ContactName, FieldShape.IsPerson(@case.ContactName)),
            ("signature", request.SenderName, FieldShape.IsPerson(request.SenderName)),
            ("reason", @case.Reason, FieldShape.IsReason(@case.Reason, declining)),
        };
        var text = KnownFacts.OneLine(body);
        foreach (var (field, value, hasShape) in fields.Concat(((request.Style ?? @case.Style)?.OwnPoints ?? []).Select(point => ("point", (string?)point, FieldShape.IsPointForEmployer(point)))))
        {
            if (!hasShape && CaseText.Clean(value) is { } written && text.Contains(KnownFacts.OneLine(written), StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"unshaped-field: the {field} is not of its shape and is in the draft");
                return;
            }
        }
    }

    private static void CheckGreeting(string body, KnownFacts known, List<string> failures)
    {
        var greeting = GreetingLine().Match(body);
        if (known.Contact is not { } contact)
        {
            return;
        }

        if (!greeting.Success)
        {
            failures.Add($"missing-contact: no greeting to {contact.Written}");
            return;
        }

        var addressed = greeting.Groups["name"].Value.Trim();
        if (!contact.AcceptsGreeting(addressed))
        {
            failures.Add($"wrong-greeting: \"{addressed}\" for {contact.Written}");
        }
    }

    // ----- The ask -----

    private static void CheckAsk(string body, DraftRequest request, KnownFacts known, List<string> failures)
    {
        var ask = request.Goal switch
        {
            ReplyGoal.ThankAndStayConnected => StayConnectedAsk(),
            ReplyGoal.AskForFeedback => FeedbackAsk(),
            ReplyGoal.OneLastPitch => PitchAsk(),
            ReplyGoal.AskAboutRescindedOffer => RescindedOfferAsk(),
            ReplyGoal.CheckOnStatus => StatusAsk(),
            ReplyGoal.DeclineOffer => DeclineAsk(),
            ReplyGoal.TakeOriginalOffer => OriginalOfferAsk(),
            _ => StayConnectedAsk(),
        };
        if (!ask.IsMatch(body))
        {
            failures.Add($"no-ask: nothing that does {request.Goal}");
        }

        var situation = request.Case.Situation;
        if (request.Goal == ReplyGoal.CheckOnStatus || situation == Situation.Ghosted)
        {
            AddFirst(failures, "wrong-ask", PresumesRejection().Match(body), "presumes a rejection");
        }

        if (request.Goal == ReplyGoal.DeclineOffer || situation == Situation.DeclinedOffer)
        {
            AddFirst(failures, "wrong-ask", AsksToStayInProcess().Match(body), "a decline that asks to be considered");
        }

        if (request.Goal != ReplyGoal.AskForFeedback && request.Goal != ReplyGoal.DeclineOffer && Feedback().Match(body) is { Success: true } feedback)
        {
            failures.Add($"wrong-ask: \"{feedback.Value}\" in a {request.Goal} draft");
        }

        if (request.Case.Stage == RejectionStage.Application)
        {
            AddFirst(failures, "wrong-ask", Interview().Match(body), "at the application stage");
        }

        if (known.HasReason)
        {
            AddFirst(failures, "wrong-ask", AsksForReason().Match(body), "asks for a reason they already gave");
        }
    }

    // ----- What the person said happened -----

    /// <summary>A withdrawn offer is not a gift: thanking for it, or for being told, reads as not having understood.</summary>
    private static void CheckRescindedThanks(string body, DraftRequest request, List<string> failures)
    {
        var declining = request.Goal == ReplyGoal.DeclineOffer || request.Case.Situation == Situation.DeclinedOffer;
        if (!declining && (request.Case.Stage == RejectionStage.OfferRescinded || request.Goal == ReplyGoal.AskAboutRescindedOffer))
        {
            AddFirst(failures, "thanks-for-rescinded", ThanksForOffer().Match(body), "for an offer that was withdrawn");
        }
    }

    /// <summary>
    /// Claims nobody made: an error in the report, what the recruiter felt ("this cannot have been an easy call"),
    /// why they decided ("your hands were tied"), or what the person will do ("I will apply again"). Only the
    /// person's own words may say such things.
    /// </summary>
    private static void CheckPresumptions(string body, DraftRequest request, KnownFacts known, List<string> failures)
    {
        var text = KnownFacts.OneLine(body);
        foreach (var presumption in (Regex[])[Presumption(), PresumedFeeling(), PresumedMotive(), PresumedPlan()])
        {
            if (presumption.Match(text) is { Success: true } presumed && !known.OwnPointsSay(presumed.Value)
                && !(CaseText.Clean(request.Case.Reason)?.Contains(presumed.Value, StringComparison.OrdinalIgnoreCase) ?? false))
            {
                failures.Add($"presumes: \"{presumed.Value}\"");
                return;
            }
        }
    }

    /// <summary>After one screening call there was one conversation: never "our conversations" or "every call".</summary>
    private static void CheckMeetingCount(string body, DraftRequest request, List<string> failures)
    {
        if (request.Case.Stage == RejectionStage.ScreeningCall && request.Goal != ReplyGoal.DeclineOffer && request.Case.Situation != Situation.DeclinedOffer)
        {
            AddFirst(failures, "wrong-count", SeveralMeetings().Match(KnownFacts.OneLine(body)), "after one screening call");
        }
    }

    /// <summary>Only the stage the person reached is named: no interviews they never had, no review of an application at the final round.</summary>
    private static void CheckStage(string body, DraftRequest request, List<string> failures)
    {
        var @case = request.Case;
        var declining = request.Goal == ReplyGoal.DeclineOffer || @case.Situation == Situation.DeclinedOffer;
        var text = KnownFacts.OneLine(body);
        var stage = @case.Stage ?? (request.Goal == ReplyGoal.AskAboutRescindedOffer ? RejectionStage.OfferRescinded : null);
        if (stage is not RejectionStage.Application && ApplicationReview().Match(text) is { Success: true } review)
        {
            failures.Add($"unsaid-stage: \"{review.Value}\" at the {(stage is null ? "unknown" : Feelings.StageName(stage.Value))}");
            return;
        }

        if (stage is not (RejectionStage.FinalRound or RejectionStage.OfferRescinded or RejectionStage.NegotiationBrokeDown) && !declining
            && FinalRound().Match(text) is { Success: true } final)
        {
            failures.Add($"unsaid-stage: \"{final.Value}\"");
            return;
        }

        if (stage is not (RejectionStage.OfferRescinded or RejectionStage.NegotiationBrokeDown) && !declining && Offer().Match(text) is { Success: true } offer)
        {
            failures.Add($"unsaid-stage: \"{offer.Value}\" without an offer");
        }
    }

    // ----- Invention -----

    private static void CheckInventedNames(string body, KnownFacts known, List<string> failures)
    {
        foreach (Match titled in TitledName().Matches(body))
        {
            var surname = titled.Groups["name"].Value;
            if (!known.Mentions(surname))
            {
                failures.Add($"invented-name: {titled.Value}");
                return;
            }
        }

        foreach (Match word in CapitalisedWord().Matches(body))
        {
            var value = word.Value;
            if (IsAcronym(value) || NotNames.Contains(value) || known.Mentions(value))
            {
                continue;
            }

            // Mid-sentence capitals are names or proper nouns; at a sentence start only a second capital
            // ("Sarah Jones") or a possessive ("Sarah's") says so.
            if (!StartsSentence(body, word.Index) || LooksLikeNameAtStart(body, word, known))
            {
                failures.Add($"invented-name: {value}");
                return;
            }
        }
    }

    private static void CheckInventedClaims(string body, KnownFacts known, List<string> failures)
    {
        var text = known.WithoutOwnPoints(body);
        foreach (Match claim in ExperienceClaim().Matches(text))
        {
            if (!known.OwnPointsSay(claim.Value))
            {
                failures.Add($"invented-claim: \"{claim.Value}\"");
                return;
            }
        }
    }

    private static bool LooksLikeNameAtStart(string body, Match word, KnownFacts known)
    {
        var after = word.Index + word.Length;
        if (after < body.Length && (body[after] == '\'' || body[after] == '\u2019') && after + 1 < body.Length && body[after + 1] is 's' or 'S')
        {
            return true;
        }

        var next = NextWord().Match(body, after);
        return next.Success && next.Index == after
            && next.Groups["word"].Value is { Length: > 0 } following
            && char.IsUpper(following[0])
            && !IsAcronym(following)
            && !NotNames.Contains(following)
            && !known.Mentions(following);
    }

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (char.IsWhiteSpace(c) || c is '"' or '(' or '\u201C' or '-' or '*')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':';
        }

        return true;
    }

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Capitalised words that are not people: greetings, sign-offs, the first person, calendar words, team words.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I'd", "I'll", "I've", "I\u2019m", "I\u2019d", "I\u2019ll", "I\u2019ve",
        "Dear", "Hi", "Hello", "Hey", "Best", "Kind", "Warm", "Regards", "Sincerely", "Thanks", "Thank", "Many", "With", "Subject", "Re",
        "Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Professor", "Let", "It", "That", "There", "Here", "What", "Who", "Should", "Might",
        "LinkedIn", "Hiring", "Team", "Manager", "Recruiter", "Recruiting", "Talent", "Acquisition", "Human", "Resources", "People", "Careers",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    // ----- Helpers -----

    private static void AddFirst(List<string> failures, string code, Match match, string? why = null)
    {
        if (match.Success)
        {
            failures.Add(why is null ? $"{code}: \"{match.Value}\"" : $"{code}: \"{match.Value}\" {why}");
        }
    }

    private static string WithoutSubjectLine(string draft)
    {
        var trimmed = draft.TrimStart();
        if (!trimmed.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            return trimmed;
        }

        var lineEnd = trimmed.IndexOf('\n');
        return lineEnd < 0 ? string.Empty : trimmed[(lineEnd + 1)..].TrimStart();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>The facts the draft must carry, cleaned the way a careful writer would write them.</summary>
    private sealed class KnownFacts
    {
        private readonly List<string> mentioned = [];
        private readonly List<string> ownPoints = [];

        public string? Company { get; private init; }
        public string? Role { get; private init; }
        public ContactNameParts? Contact { get; private init; }
        public bool HasReason { get; private init; }

        public static KnownFacts From(DraftRequest request)
        {
            var @case = request.Case;
            // Only details of their field's shape are facts the draft must carry (or may mention).
            var declining = request.Goal == ReplyGoal.DeclineOffer || @case.Situation == Situation.DeclinedOffer;
            var company = FieldShape.IsCompany(@case.Company) ? @case.Company : null;
            var role = FieldShape.IsRole(@case.Role) ? @case.Role : null;
            var contact = FieldShape.IsPerson(@case.ContactName) ? @case.ContactName : null;
            var reason = FieldShape.IsReason(@case.Reason, declining) ? @case.Reason : null;
            var facts = new KnownFacts
            {
                Company = CaseText.Clean(company),
                Role = CaseText.CleanRole(role),
                Contact = ContactNameParts.Parse(contact),
                HasReason = !string.IsNullOrWhiteSpace(reason),
            };
            foreach (var text in new[] { company, role, contact, FieldShape.IsPerson(request.SenderName) ? request.SenderName : null, reason })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    facts.mentioned.Add(text);
                }
            }

            foreach (var point in (request.Style ?? @case.Style)?.OwnPoints ?? [])
            {
                if (!string.IsNullOrWhiteSpace(point) && FieldShape.IsPointForEmployer(point))
                {
                    facts.ownPoints.Add(OneLine(point));
                    facts.mentioned.Add(point);
                }
            }

            return facts;
        }

        /// <summary>Whether the word is part of something the person or the employer said.</summary>
        public bool Mentions(string word)
        {
            foreach (var text in mentioned)
            {
                var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                while (at >= 0)
                {
                    var before = at == 0 || !char.IsLetter(text[at - 1]);
                    var end = at + word.Length;
                    var after = end >= text.Length || !char.IsLetter(text[end]);
                    if (before && after)
                    {
                        return true;
                    }

                    at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }

        public bool OwnPointsSay(string claim) =>
            ownPoints.Exists(point => point.Contains(claim, StringComparison.OrdinalIgnoreCase));

        public string WithoutOwnPoints(string body)
        {
            var text = OneLine(body);
            foreach (var point in ownPoints)
            {
                var trimmed = point.TrimEnd('.', '!', '?', ' ');
                if (trimmed.Length > 0)
                {
                    text = text.Replace(trimmed, " ", StringComparison.OrdinalIgnoreCase);
                }
            }

            return text;
        }

        public static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    }

    // ----- Patterns -----

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\b(?:thank|thanks|grateful|appreciate)", Options)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(?:dear|hi|hello|hey)[ ]+(?<name>[^,\n]{1,80})", Options | RegexOptions.Multiline)]
    private static partial Regex GreetingLine();

    [GeneratedRegex(@"\bfuture (?:openings|opportunities|roles|positions)\b|\b(?:stay|keep|remain) in touch\b|\bconnect\b", Options)]
    private static partial Regex StayConnectedAsk();

    [GeneratedRegex(@"\bfeedback\b", Options)]
    private static partial Regex FeedbackAsk();

    [GeneratedRegex(@"\b(?:interested|interest|keen|enthusiasm)\b[^.?!]*|\bconsidered\b|\bkeep me in mind\b", Options)]
    private static partial Regex PitchAsk();

    [GeneratedRegex(@"\boffer\b[\s\S]*\b(?:call|discuss|possible|talk)\b|\b(?:call|discuss|talk)\b[\s\S]*\boffer\b", Options)]
    private static partial Regex RescindedOfferAsk();

    [GeneratedRegex(@"\baccept\w*\b[^.?!]*\b(?:original|first|initial)\b|\b(?:original|first|initial)\b[^.?!]*\baccept\w*", Options)]
    private static partial Regex OriginalOfferAsk();

    [GeneratedRegex(@"\b(?:status|where things stand|update|next steps|timeline|still (?:under consideration|open|being considered))\b", Options)]
    private static partial Regex StatusAsk();

    [GeneratedRegex(@"\b(?:decline|declining|turn down|not (?:be )?(?:able to )?accept(?:ing)?)\b", Options)]
    private static partial Regex DeclineAsk();

    [GeneratedRegex(@"\b(?:your decision|the decision|not (?:be )?moving forward|unsuccessful|rejection|rejected|turned me down|not (?:been )?selected|unfortunately|the news|let me know about)\b", Options)]
    private static partial Regex PresumesRejection();

    [GeneratedRegex(@"\b(?:reconsider|considered for (?:this|the) (?:role|position)|still (?:very )?interested in (?:this|the) (?:role|position))\b", Options)]
    private static partial Regex AsksToStayInProcess();

    [GeneratedRegex(@"\bfeedback\b", Options)]
    private static partial Regex Feedback();

    [GeneratedRegex(@"\binterview\w*", Options)]
    private static partial Regex Interview();

    [GeneratedRegex(@"\b(?:thank\w*(?:\s+you)?|grateful|appreciat\w*)\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+|again\s+|once\s+again\s+)?for\s+(?:the|your|this|an?|my)\s+(?:\w+\s+){0,2}?offer\b|\bappreciat\w*\s+(?:the|your|this)\s+(?:\w+\s+){0,2}?offer\b|\b(?:kind|considerate|good)\s+of\s+you\s+to\s+(?:let\s+me\s+know|tell\s+me|inform\s+me)\b|\bthank\w*\s+(?:you\s+)?for\s+(?:letting\s+me\s+know|telling\s+me|informing\s+me|the\s+(?:news|update|change))\b", Options)]
    private static partial Regex ThanksForOffer();

    [GeneratedRegex(@"\b(?:incomplete|inaccurate|incorrect|out\s+of\s+date|outdated|mistaken|erroneous)\b|\b(?:an?\s+)?(?:error|mistake|mix-up|misunderstanding)\s+(?:in|on|with)\s+(?:the|my)\b", Options)]
    private static partial Regex Presumption();

    /// <summary>What the recruiter felt, said for them.</summary>
    [GeneratedRegex(@"\b(?:can(?:not|'t|\u2019t)|could(?:n't|\u2019t|\s+not))\s+have\s+been\s+(?:an?\s+)?(?:easy|simple|pleasant|nice)\b|\b(?:not|never)\s+(?:made|taken|reached)\s+lightly\b|\b(?:aren't|are\s+not|is\s+not|isn't|are\s+never|is\s+never|never)\s+(?:an?\s+)?easy\s+(?:for\s+(?:anyone|you|the\s+team)|decisions?|call|choice)\b|\bdecisions?\s+like\s+(?:this|these)\s+(?:are|is)\s+(?:never|not)\b|\b(?:must|must've|must\s+have)\s+(?:been|felt)\s+(?:hard|difficult|tough|painful)\b|\bI\s+know\s+(?:this|it)\s+(?:was|is|has\s+been)\s+(?:hard|difficult|tough)\s+for\s+you\b|\byou\s+(?:must|probably)\s+(?:feel|felt|regret\w*)\b", Options)]
    private static partial Regex PresumedFeeling();

    /// <summary>Why the employer decided, said for them.</summary>
    [GeneratedRegex(@"\byou\s+(?:had|have)\s+(?:no|little)\s+choice\b|\b(?:your|their)\s+hands\s+were\s+tied\b|\bI(?:'m|\u2019m|\s+am)\s+sure\s+(?:you|the\s+team|it)\s+(?:had|made|did|was)\b|\bfor\s+(?:good|the\s+right|sound)\s+reasons?\b|\bbeyond\s+your\s+control\b", Options)]
    private static partial Regex PresumedMotive();

    /// <summary>What the person will do, promised for them.</summary>
    [GeneratedRegex(@"\bI(?:\s+will|'ll|\u2019ll|\s+shall)\s+(?:definitely\s+|certainly\s+|surely\s+)?(?:re-?apply|apply\s+again|try\s+again|keep\s+(?:going|trying|applying)|persevere|be\s+(?:re-?applying|applying\s+again))\b", Options)]
    private static partial Regex PresumedPlan();

    /// <summary>More than one meeting, by number words or a plural.</summary>
    [GeneratedRegex(@"\b(?:our|the|these|those|both|all)\s+(?:\w+\s+)?(?:conversations|calls|chats|interviews|discussions|meetings)\b|\b(?:each|every)\s+(?:conversation|call|chat|interview|discussion|meeting)\b", Options)]
    private static partial Regex SeveralMeetings();

    [GeneratedRegex(@"\b(?:time\s+spent\s+reviewing|reviewing\s+(?:it|my\s+(?:application|resume|cv))|review\s+of\s+my\s+(?:application|resume|cv))\b", Options)]
    private static partial Regex ApplicationReview();

    [GeneratedRegex(@"\bfinal[- ]round\b|\bfinal\s+interviews?\b", Options)]
    private static partial Regex FinalRound();

    /// <summary>An offer as a thing received ("the offer", "your offer"), not the verb.</summary>
    [GeneratedRegex(@"\b(?:the|an|your|this|job|their)\s+offers?\b", Options)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:clarify|explain|share|understand|tell me|hear (?:a little )?more about|know more about)\b[^.?!]{0,40}\b(?:reason|reasons|why)\b", Options)]
    private static partial Regex AsksForReason();

    [GeneratedRegex(@"\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|<[^>\n]{1,40}>|\bX{3,}\b|\bXYZ\b|_{3,}|\bTBD\b|\bN/A\b|\b(?:Your|Company|Role|Hiring Manager|Recruiter|Contact) Name\b|\blorem ipsum\b", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:unfair|unacceptable|ridiculous|disgrace\w*|incompetent|unprofessional|insult\w*|shame on|how dare|waste of (?:my|our) time|you should have|terrible|awful|pathetic|stupid|lawyer|lawsuit|sue you|legal action|discriminat\w*)\b", Options)]
    private static partial Regex Hostile();

    [GeneratedRegex(@"\b(?:please,? reconsider|i beg|begging|beg you|desperate\w*|really need (?:this|the) job|one more chance|another chance|give me a chance|pleading|i'?ll do anything)\b", Options)]
    private static partial Regex Begging();

    [GeneratedRegex(@"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Miss)\.?[ ]+(?<name>\p{Lu}[\p{L}'\u2019-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();

    [GeneratedRegex(@"(?<![\p{L}'\u2019])\p{Lu}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"[ ]+(?<word>[\p{L}'\u2019-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\bI(?:'ve|\u2019ve| have)? (?:led|managed|built|developed|delivered|achieved|increased|launched|designed|created|grew|founded|spearheaded|shipped|implemented|mentored|supervised|earned|published|worked (?:on|at|with|as|for))\b|\bI (?:have|bring|had|gained) (?:\w+ ){0,3}?(?:years?|experience|expertise|background|skills?|track record)\b|\bmy (?:\w+ ){0,2}?(?:experience|expertise|background|skills?|track record|achievements?|accomplishments?)\b|\b(?:proven|extensive|deep|solid) (?:track record|experience|background|expertise|skills?)\b|\b\d+\+? years?\b|\d+ ?%", Options)]
    private static partial Regex ExperienceClaim();
}

/// <summary>
/// The contact's name as written ("Dr. Amara Okafor", "Tom", "Jordan Lee") and the greetings that use it
/// correctly: title and surname, or the first name, never the title with the first name.
/// </summary>
public sealed record ContactNameParts(string Written, string? Title, string? FirstName, string? Surname)
{
    private static readonly string[] Titles = ["Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Professor"];

    public static ContactNameParts? Parse(string? written)
    {
        var text = written?.Trim().TrimEnd(',', '.', ';', ':', '!').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? title = null;
        var start = 0;
        var bare = parts[0].TrimEnd('.');
        if (Array.Exists(Titles, t => t.Equals(bare, StringComparison.OrdinalIgnoreCase)))
        {
            title = bare.Length == 2 || bare.Length == 3 ? bare + "." : bare;
            start = 1;
        }

        var names = parts[start..];
        return names.Length switch
        {
            0 => new ContactNameParts(text, title, null, null),
            1 when title is not null => new ContactNameParts(text, title, null, names[0]),
            1 => new ContactNameParts(text, null, names[0], null),
            _ => new ContactNameParts(text, title, names[0], names[^1]),
        };
    }

    /// <summary>"Dr. Okafor" when there is a title and a surname, else the first name.</summary>
    public string Formal => Title is not null && Surname is not null ? $"{Title} {Surname}" : FirstName ?? Written;

    /// <summary>The first name when known, else the formal form.</summary>
    public string Familiar => FirstName ?? Formal;

    /// <summary>How a letter greets them, in every tone: title and surname when a title was given, else the first name.</summary>
    public string Addressed => Title is not null ? Formal : Familiar;

    public bool AcceptsGreeting(string addressed)
    {
        var name = addressed.Trim().TrimEnd(',', '.', ':', '!');
        if (Title is not null && FirstName is not null && name.Contains(FirstName, StringComparison.OrdinalIgnoreCase)
            && name.Contains(Title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Same(name, Formal) || Same(name, Formal.Replace(".", string.Empty, StringComparison.Ordinal))
            || (FirstName is not null && Same(name, FirstName))
            || (Title is null && FirstName is not null && Surname is not null && Same(name, $"{FirstName} {Surname}"));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
