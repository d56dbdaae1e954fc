using System.Text.RegularExpressions;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// Reads what a person types in their own words ("contoso rejected me for the data analyst role after
/// the final round, found out by email this morning") for every detail it holds. Cautious like the
/// e-mail reader: anything it is unsure of stays null, so the dialog asks.
/// </summary>
public static partial class StoryReader
{
    private const int MaxInputChars = 2_000;
    private const int MaxReasonChars = 200;
    private const int MatchTimeoutMs = 1_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static MessageDetails Read(string text) => Read(text, today: null);

    /// <param name="text">What the person typed.</param>
    /// <param name="today">The day it is by the bot's clock, for "last thurs" and "on tuesday"; null reads them without it.</param>
    public static MessageDetails Read(string text, DayOfWeek? today)
    {
        var whole = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        if (ChoiceRecognizer.Normalize(whole).Length == 0)
        {
            return MessageDetails.None;
        }

        // "my friend got rejected from X yesterday", "in case it's a no": someone else's news and news that has
        // not come say nothing of what happened to this person, nor when.
        var story = WithoutOthersNews(whole);
        var situation = FindSituation(story);
        // "It was Dr. Okafor who interviewed me" names the contact; its words say nothing of the stage.
        var (contact, aboutTheRest) = FindContact(story);
        // "didn't even get a call", "never got an interview": a step that did not happen says the stage was
        // before it, and its words say neither that it happened nor how the news came.
        var (neverGotFurther, happened) = FindStepsNotReached(aboutTheRest);
        // "screening call" and "phone interview" say how far they got, not how the news came.
        // "didn't get a call back" is the answer that never came, not a call.
        var heardVia = situation == Coaching.Situation.Ghosted ? Coaching.HeardVia.NoWord : Pick(Choices.HeardVia, HeardViaChoices, NoCallBack().Replace(StageCalls().Replace(happened, " "), " "));
        // "they said 5 days a week or nothing": news that came (a no, a pulled offer, a decline) is not "no word at all".
        heardVia = heardVia == Coaching.HeardVia.NoWord && situation is not (null or Coaching.Situation.Ghosted) ? null : heardVia;
        // "rejected by both Contoso and Fabrikam": two companies, so which one this case is about is asked.
        var several = FindSeveralCompanies(whole);
        // "contoso, data analyst internship, final round, email today": a list's first items are the company and the role.
        // "I'm declining ... I took a grad job closer to home instead": the job chosen instead is not the one declined,
        // so its company and title are not this case's.
        // "my offer was withdrawn ... i turned down a place on the HSBC scheme for this": what the person turned down
        // in a story of their own no is the other job.
        var thisJob = situation == Coaching.Situation.DeclinedOffer ? WithoutTheOtherJob(story) : SafeReplace(OwnDeclineBefore(), story);
        // "Salesforce said no …, but I still haven't heard from HubSpot": a no names its company; the one still to answer is another case.
        thisJob = situation == Coaching.Situation.Rejected ? WithoutOtherCompanies(thisJob) : thisJob;
        var (listedCompany, listedRole) = FindListed(thisJob);
        // "Sarah said they'd decide by Friday": a person named as the contact is never the company.
        // A friend's news may still name the company both applied to ("my friend got rejected from X too").
        // "offers from both KPMG and Loop Analytics ... need to turn down KPMG": in a decline, the company the person says no to.
        var declined = situation == Coaching.Situation.DeclinedOffer ? FindDeclinedCompany(thisJob, contact) : null;
        several = declined is null ? several : null;
        var company = declined ?? (several is null ? FindCompany(thisJob, contact) ?? listedCompany ?? (thisJob == story ? FindCompany(whole, contact) : null) : null);
        // "contoso rejected me, got a call from sarah": one word in lower case after a call or an e-mail "from" is the
        // person who sent it when the story names a company too; alone, it may still be the company ("email from contoso").
        if (contact is null && several is null && declined is null && company is not null && PersonSentIt(thisJob) is { } sender
            && Names.Person(char.ToUpperInvariant(sender[0]) + sender[1..]) is { } person
            && string.Equals(company, person, StringComparison.OrdinalIgnoreCase)
            && (FindCompany(thisJob, person) ?? listedCompany) is { } named)
        {
            (company, contact) = (named, person);
        }

        var role = RoleBesideCompany(thisJob, company) ?? FindRole(thisJob) ?? listedRole ?? FindRoleInParentheses(thisJob) ?? FindRoleAlone(thisJob);
        // "the Bunnings team member job", "the Spotify Data Science Internship": the company said as the title's first words.
        if (several is null && company is null && CompanyBeforeTitle(thisJob, role) is var (owner, title))
        {
            (company, role) = (owner, title);
        }

        role = role is null ? null : WithItsField(thisJob, role);
        // "Paystack frontend engineer", "the Unilever Future Leaders Programme": the company said before the title is not part of it.
        if (company is not null && role is not null && role.Length > company.Length + 1 && role.StartsWith(company + " ", StringComparison.OrdinalIgnoreCase))
        {
            role = Names.Role(role[(company.Length + 1)..]) ?? role;
        }

        var stage = FindStage(happened) ?? (neverGotFurther ? RejectionStage.Application : (RejectionStage?)null) ?? GhostedAfterApplying(situation, happened);
        return new MessageDetails
        {
            Company = company,
            Role = role,
            Stage = stage,
            HeardVia = heardVia,
            HeardWhen = FindWhen(situation, aboutTheRest, today),
            SinceLastStep = ElapsedTime.Read(aboutTheRest),
            HeardAgo = ElapsedTime.ReadAgo(aboutTheRest, today),
            Reason = situation == Coaching.Situation.Ghosted ? null : stage == RejectionStage.NegotiationBrokeDown ? WhatBrokeTheTalks(story, FindReason(story)) : FindReason(story),
            OwnReason = FindOwnReason(story),
            ContactName = contact,
            Situation = situation,
            SeveralCompanies = several,
            AskedForTerms = AskedForTerms(story),
            AskTakenAway = Matches(AskTakenAway(), story),
            TurnedDownOtherOffers = Matches(OtherOffersTurnedDown(), story),
            SaysNoReasonGiven = situation != Coaching.Situation.Ghosted && Matches(NoReasonGiven(), story),
            FollowedUpAlready = FollowUpReading.Read(story, ghosted: situation == Coaching.Situation.Ghosted, today),
        };
    }

    /// <summary>"they didn't even look at my portfolio", "never got an interview": the story says no step after the application came.</summary>
    public static bool SaysNoStepAfterApplying(string text) =>
        FindStepsNotReached(text.Length > MaxInputChars ? text[..MaxInputChars] : text).NeverGotFurther;

    /// <summary>"applied ... then a trial day", "applied, then interviewed": a step after applying, so applying was not the last (a test is part of applying).</summary>
    [GeneratedRegex(@"\b(?:interview\w*|trial\s+(?:day|shift|run|period)|rounds?|screen(?:ed|ing)?|met|spoke|talked|presentation|assessment\s+(?:centre|center|day)|invited|shortlisted)\b", Options, MatchTimeoutMs)]
    private static partial Regex StepAfterApplying();

    /// <summary>"applied ... and never heard back": applying was the last step, so the stage is the application.</summary>
    private static RejectionStage? GhostedAfterApplying(Situation? situation, string story) =>
        situation == Coaching.Situation.Ghosted && Matches(Applied(), story) && !Matches(StepAfterApplying(), story) ? RejectionStage.Application : null;

    /// <summary>
    /// "rejected yesterday" says it outright; otherwise time gone by ("it's been 10 days"). Time since a step
    /// ("applied two weeks ago", "the final round was a month ago") is when the news came only for someone
    /// who has heard nothing since; anyone else is asked.
    /// </summary>
    private static HeardWhen? FindWhen(Situation? situation, string story, DayOfWeek? today)
    {
        if (ElapsedTime.SaidOutright(story) is { } said)
        {
            return said;
        }

        // "Just got this: ... I signed the contract last month": the news is what just came; the other times are
        // of other things.
        if (JustCameWithoutTime(story))
        {
            return Coaching.HeardWhen.Today;
        }

        if (ElapsedTime.Find(story, today) is { } elapsed)
        {
            var before = story[Math.Max(0, elapsed.Index - StepLookBehindChars)..elapsed.Index];
            return situation != Coaching.Situation.Ghosted && Matches(StepJustBefore(), before) ? null : elapsed.When;
        }

        // "just got this", "the portal just changed to not selected": the news has only now come.
        return Pick(Choices.HeardWhen, HeardWhenChoices, story) ?? (Matches(JustCame(), story) ? Coaching.HeardWhen.Today : null);
    }

    private const int StepLookBehindChars = 60;

    /// <summary>"just got this", "just heard back": news that came now, said in a sentence that names no other time.</summary>
    private static bool JustCameWithoutTime(string story)
    {
        foreach (var sentence in Sentence().Split(story))
        {
            if (Matches(JustCame(), sentence) && ElapsedTime.Find(sentence) is null && Pick(Choices.HeardWhen, HeardWhenChoices, sentence) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The story without someone else's news ("my roommate got in tho", "my friend got rejected yesterday") and news not yet come ("in case it's a no").</summary>
    private static string WithoutOthersNews(string story)
    {
        try
        {
            return NotYetNews().Replace(OthersNews().Replace(story, " "), " ");
        }
        catch (RegexMatchTimeoutException)
        {
            return story;
        }
    }

    /// <returns>
    /// Whether the story says a step after the application never came ("never got an interview", "rejected
    /// straight off my CV"), and the story without those words, so they count for no stage nor channel.
    /// </returns>
    private static (bool NeverGotFurther, string Happened) FindStepsNotReached(string story)
    {
        try
        {
            var found = false;
            var happened = StepNotReached().Replace(story, _ =>
            {
                found = true;
                return " ";
            });
            return (found, happened);
        }
        catch (RegexMatchTimeoutException)
        {
            return (false, story);
        }
    }

    /// <summary>
    /// The person's own reason for their choice ("I'm turning it down, I'm moving to another city"): a clause
    /// in their voice that is neither the decline itself, nor the request, nor how they feel. Only a decline
    /// keeps it (CaseDetails.Merge); an employer's reason is <see cref="FindReason"/>.
    /// </summary>
    private static string? FindOwnReason(string story)
    {
        // "I'm going with Elm Street because it's closer to home", "I took the other one as it's closer": the clause given as the cause comes first.
        var clauses = Clauses().Split(story);
        foreach (var clause in clauses.Where(clause => Matches(OwnCause(), clause.Trim())).Concat(clauses))
        {
            var trimmed = clause.Trim().TrimEnd('.', '!', '?', ')', '(', ':');
            // "because it has structured mentorship": whatever follows "because" is the cause, in any words.
            // ("since" is left to the rules below: "since I might want to work there later" is why to say no kindly.)
            if (OwnCause().Match(trimmed) is { Success: true } cause && !cause.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase)
                && !Matches(NotAnOwnReason(), trimmed) && !PersonalText.IsAboutWellbeing(trimmed) && !Matches(PointsBack(), trimmed[cause.Length..])
                && story.IndexOf(trimmed, StringComparison.Ordinal) is var causeAt && !(causeAt > 0 && Matches(OwnFeelingBefore(), story[Math.Max(0, causeAt - FeelingLookBehindChars)..causeAt]))
                && trimmed[cause.Length..].Trim() is var caused && caused.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !(caused.LastIndexOf('(') is var bracket && bracket >= 0 && caused.IndexOf(')', bracket) < 0))
            {
                var end = story.IndexOf(caused, StringComparison.Ordinal) + caused.Length;
                caused += end >= caused.Length && SafeMatch(ReasonGoesOn(), story, end) is { Success: true } goesOn && goesOn.Index == end ? goesOn.Value.TrimEnd('.', ',', ';', '!', '?') : string.Empty;
                return caused.Length > MaxReasonChars ? caused[..MaxReasonChars].TrimEnd() + "…" : caused;
            }

            // "my visa ...", "the hours ...": a clause about something of the person's or the job's is a reason only
            // when it is of a kind a letter can word (DeclineReasons decides the kinds, here and in the draft).
            if (OwnReasonStart().Match(trimmed) is { Success: true } start
                && !(start.Groups["subject"].Success && DeclineReasons.KindOf(trimmed) is null)
                && !Matches(NotAnOwnReason(), trimmed) && !PersonalText.IsAboutWellbeing(trimmed))
            {
                var reason = trimmed[start.Groups["connector"].Length..].Trim();
                // "my mum is unwell and I need to stay near home": what follows from it is part of the reason.
                var at = story.IndexOf(reason, StringComparison.Ordinal);
                if (at >= 0 && SafeMatch(ReasonGoesOn(), story, at + reason.Length) is { Success: true } more && more.Index == at + reason.Length)
                {
                    reason += more.Value.TrimEnd('.', ',', ';', '!', '?');
                }

                // 'the pay is £0 (its "expenses only"': a bracket the clause cut open is left out.
                reason = reason.LastIndexOf('(') is var open and >= 0 && reason.IndexOf(')', open) < 0 ? reason[..open].TrimEnd() : reason;
                if (reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                {
                    return reason.Length > MaxReasonChars ? reason[..MaxReasonChars].TrimEnd() + "…" : reason;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<string>? FindSeveralCompanies(string story)
    {
        if (SeveralCompanies().Match(story) is { Success: true } match
            && Names.Company(match.Groups["first"].Value) is { } first && Names.Company(match.Groups["second"].Value) is { } second
            && !string.Equals(first, second, StringComparison.OrdinalIgnoreCase))
        {
            return [first, second];
        }

        return null;
    }

    /// <summary>The company and role of a story written as a list, when the second item is clearly a job title.</summary>
    private static (string? Company, string? Role) FindListed(string story)
    {
        var items = story.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length >= 3 && ListedPair(items[0], items[1]) is var (company, title))
        {
            // "it was tailspin toys, the game tester role, ...": the list of a second message, said as an answer.
            return (Names.Company(company), Names.Role(title));
        }

        // "rescinded. Cinder Labs. product mgmt intern.", "Copperline Studios (motion graphics intern)": a short
        // item that is a name, then one that ends like a job title, anywhere in the story; both must be names.
        var fragments = story.Split([',', ';', '\n', '.', '!', '?', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i + 1 < fragments.Length; i++)
        {
            // "Microsoft ADC (Africa Development Centre)": a name in brackets spells out the one before it.
            if (story.Contains("(" + fragments[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (ListedPair(fragments[i], fragments[i + 1]) is var (name, job) && Names.Company(name) is { } listedCompany && Names.Role(job) is { } listedRole)
            {
                return (listedCompany, listedRole);
            }
        }

        return (null, null);
    }

    /// <summary>A list's company and title, when the first item is a few words and the second ends like a job title.</summary>
    private static (string Company, string Title)? ListedPair(string first, string second)
    {
        var company = ListLeadIn().Replace(first, string.Empty, 1);
        var title = ListRoleNoun().Replace(second, string.Empty);
        return company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 3 && RoleSpelling.EndsLikeATitle(title) && !Matches(SomeoneThere(), title)
            ? (company, title)
            : null;
    }

    /// <summary>"Hearth &amp; Home Lettings (property management trainee)": the title in brackets right after the company is its role.</summary>
    private static string? RoleBesideCompany(string story, string? company)
    {
        if (company is null)
        {
            return null;
        }

        var at = story.IndexOf(company + " (", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : FindRoleInParentheses(story[(at + company.Length)..]);
    }

    /// <summary>
    /// "ghosted by Kestrel. web dev intern. 3 weeks.", "it was for swe intern": a title said on its own, as a
    /// sentence or a list's item, ending in a word that makes it a position (intern, trainee, co-op...).
    /// </summary>
    private static string? FindRoleAlone(string story)
    {
        foreach (var match in Overlapping(TitleAlone(), story))
        {
            var title = match.Groups["title"].Value.Trim();
            if (RoleSpelling.EndsLikeATitle(title) && !Matches(SomeoneThere(), title) && Names.Role(title) is { } role)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Where a quote the text did not open closes ('restructuring" and the offer's withdrawn'); -1 when none does.</summary>
    private static int ClosingQuote(string text)
    {
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '"' or '“' or '”')
            {
                var closes = text[i] == '”' || (text[i] == '"' && i > 0 && !char.IsWhiteSpace(text[i - 1]));
                if (closes && !open)
                {
                    return i;
                }

                open = !closes;
            }
        }

        return -1;
    }

    /// <summary>
    /// A negotiation's reason is what the employer would not do ("they wouldn't budge on 52k"): a last word
    /// alone ("thats final", "non-negotiable") says only that it was final, so the refusal comes first.
    /// </summary>
    private static string? WhatBrokeTheTalks(string story, string? reason)
    {
        if (reason is not null && !Matches(OnlyALastWord(), reason.Trim()))
        {
            return reason;
        }

        return SafeMatch(WouldNotMove(), story, 0) is { Success: true } refused ? refused.Value.Trim() : reason;
    }

    /// <summary>The story without the clauses about the job the person chose instead ("i got a diesel mechanic apprenticeship with Cummins").</summary>
    private static string WithoutTheOtherJob(string story)
    {
        try
        {
            return OtherJob().Replace(story, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            return story;
        }
    }

    /// <summary>
    /// A title whose first words are a company's name: capitalised words that are no title's words, before a title
    /// written in lower case ("Bunnings team member", "Commonwealth Bank grad program") or one that names a
    /// programme ("Spotify Data Science Internship"). Only read when the story names the company nowhere else.
    /// </summary>
    private static (string Company, string? Role)? CompanyBeforeTitle(string story, string? role)
    {
        if (role is null)
        {
            return null;
        }

        // A title typed all in lower case comes back capitalised (Names.Tidy): the name's capitals must be the person's own.
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var split = 1; split <= Math.Min(3, words.Length - 1); split++)
        {
            var owner = words[..split];
            var rest = words[split..];
            if (!owner.All(word => char.IsUpper(word[0]) && !RoleSpelling.IsTitleWord(word)) || !ContainsWords(story, string.Join(' ', owner))
                || Names.Company(string.Join(' ', owner)) is not { } company)
            {
                continue;
            }

            // "Commonwealth Bank grad program": the title in lower case after the name; a title that says only the
            // kind of position is left to ask.
            if (rest.All(word => !word.Any(char.IsUpper)))
            {
                return (company, Names.Role(string.Join(' ', rest)));
            }

            // "GovTech Associate Software Engineer": a title in capitals that starts and ends with title words.
            if (rest.All(word => char.IsUpper(word[0])) && RoleSpelling.IsTitleWord(rest[0]) && RoleSpelling.EndsLikeATitle(string.Join(' ', rest))
                && Names.Role(string.Join(' ', rest)) is { } capitalised)
            {
                return (company, capitalised);
            }

            // "Spotify Data Science Internship": a programme's name in capitals, made of title words.
            if (rest.Length >= 2 && RoleSpelling.IsKindOfPosition(rest[^1]) && RoleSpelling.IsTitleWord(rest[0]) && rest.All(word => char.IsUpper(word[0]))
                && Names.Role(string.Join(' ', rest)) is { } title)
            {
                return (company, title);
            }
        }

        return null;
    }

    /// <summary>The words as a whole in the story, in the same case: "Game" is not in "Pixel Harbour Games".</summary>
    private static bool ContainsWords(string story, string words)
    {
        for (var at = story.IndexOf(words, StringComparison.Ordinal); at >= 0; at = story.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(story[at - 1])) && (end == story.Length || !char.IsLetterOrDigit(story[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A title read without what the story says right after it: "Registered Nurse (Intern)", "Software Engineer
    /// (Backend)", "PhD position (Doctoral Researcher in Computational Biology)", "graduate trainee program (retail
    /// management)", "Trainee Program Purchasing &amp; Supplier Network". The whole is the title; where the two cannot
    /// be put together as one ("Werkstudent position (Marketing)", "dual study program Business Informatics"), it is asked.
    /// </summary>
    internal static string? WithItsField(string story, string role)
    {
        var last = role.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var programme = RoleSpelling.IsKindOfPosition(last) && last.ToLowerInvariant() is "program" or "programme" or "scheme";
        foreach (var match in Overlapping(FieldAfterTitle(), story))
        {
            if (!match.Groups["last"].Value.Equals(last, StringComparison.OrdinalIgnoreCase) || (!programme && !match.Groups["bracket"].Success))
            {
                continue;
            }

            var field = (match.Groups["bracket"].Success ? match.Groups["bracket"] : match.Groups["named"]).Value.Trim();
            var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (programme)
            {
                // "Graduate Trainee Program (Retail Management)": the programme is the kind; its field makes the title.
                // "Technology Associate Programme (TAP)": the programme's short name in capitals says no more.
                if (words.Length == 1 && words[0].All(char.IsUpper))
                {
                    return role;
                }

                var kind = head[..^1];
                var named = field.Any(char.IsUpper) ? words : [.. words.Select(word => char.ToUpperInvariant(word[0]) + word[1..])];
                return kind.Length > 0 && Array.TrueForAll(kind, RoleSpelling.IsTitleWord) && Names.Role(string.Join(' ', kind.Concat(named))) is { } whole ? whole : null;
            }

            if (match.Groups["noun"].Success && !RoleSpelling.EndsLikeATitle(role))
            {
                // "PhD position (Doctoral Researcher ...)": the bracket says the title the word before it did not.
                return TitleHead().Match(field) is { Success: true } titled && RoleSpelling.EndsLikeATitle(titled.Groups["head"].Value) ? Names.Role(field) : null;
            }

            // "Registered Nurse (Intern)", "Software Engineer (Backend)": kept as the person wrote it, the bracket too.
            return words.Length is >= 1 and <= 3 && Array.TrueForAll(words, word => word.All(char.IsLetter) && (RoleSpelling.IsTitleWord(word) || RoleSpelling.IsKindOfPosition(word)))
                && RoleSpelling.EndsLikeATitle(role)
                ? $"{role} ({string.Join(' ', words.Select(word => char.ToUpperInvariant(word[0]) + word[1..]))})"
                : role;
        }

        return role;
    }

    /// <summary>A title's last word, then a field: in brackets ("Nurse (Intern)", "position (Marketing)"), or in capitals after a programme ("Program Purchasing &amp; Supplier Network", "Programme - Audit &amp; Assurance").</summary>
    [GeneratedRegex(@"\b(?<last>[\p{L}-]+)(?:\s+(?<noun>position|role|job|post))?(?:\s*\((?<bracket>[^()\n]{2,60})\)|(?:\s+[-–]\s+|\s+)(?<named>(?-i:\p{Lu}[\p{L}-]*)(?:\s+(?:&\s+)?(?-i:\p{Lu}[\p{L}-]*)){0,3})(?=\s+(?:at|for|with|after|in)\b|\s*[,.;!?()]|\s*$))", Options, MatchTimeoutMs)]
    private static partial Regex FieldAfterTitle();

    /// <summary>A title's words before what it is in or of: "Doctoral Researcher" of "Doctoral Researcher in Computational Biology".</summary>
    [GeneratedRegex(@"^(?<head>[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?:\s+(?:in|of|for)\b|$)", Options, MatchTimeoutMs)]
    private static partial Regex TitleHead();

    /// <summary>Words the loose reading of a stage would take for one: "responded" for "rescinded".</summary>
    [GeneratedRegex(@"\b(?:respond\w*|resend\w*|reminded)\b", Options, MatchTimeoutMs)]
    private static partial Regex NearStageWord();

    /// <summary>"Copperline Studios (motion graphics intern)", "(audit associate, grad)": a title said in brackets.</summary>
    private static string? FindRoleInParentheses(string story)
    {
        foreach (var match in Overlapping(Bracketed(), story))
        {
            var title = ListRoleNoun().Replace(match.Groups["title"].Value.Trim(), string.Empty);
            if (RoleSpelling.EndsLikeATitle(title) && Names.Role(title) is { } role)
            {
                return role;
            }
        }

        return null;
    }

    // ----- Situation, stage, how and when -----

    /// <summary>The stage the story names; two stages named apart are left for the question, which asks which.</summary>
    private static RejectionStage? FindStage(string story)
    {
        // How an offer ended is read from who did what (StoryReader.Situation); a story that could be either is asked.
        if (FindOfferEnding(story) is { } ending)
        {
            return ending == OfferEnding.Negotiation ? RejectionStage.NegotiationBrokeDown : RejectionStage.OfferRescinded;
        }

        var choices = StageChoices;
        if (IsNumber(story))
        {
            return null;
        }

        // "fully on site only" is where the work is done, not the onsite round; "fnal round" is the final round.
        // "OA" is too short a word to be matched loosely, so it is written out.
        var said = FinalMisspelt().Replace(WorkOnSite().Replace(NotAFinalRound().Replace(story, " "), " "), word => RoleSpelling.Distance(word.Value.ToLowerInvariant(), "final") <= 1 ? "final" : word.Value);
        said = OnlineAssessment().Replace(said, "online assessment");
        // "Leah hasn't responded": a real word a letter or two from a stage's word ("rescinded") is not that stage.
        said = SafeReplace(NearStageWord(), said);
        if (ChoiceRecognizer.Recognize(said, choices) is { } found)
        {
            return Choices.Stages[found.Index].Value;
        }

        return FurthestNamed(ChoiceRecognizer.Ambiguous(said, choices));
    }

    /// <summary>
    /// Several steps named ("interviewed there, final round was 3 weeks ago", "in the first call ... the
    /// negotiation fell through"): an offer's ending comes after every step, and the final round after the
    /// interviews, so that is where it ended. Any other pair is left for the question, which asks which.
    /// </summary>
    private static RejectionStage? FurthestNamed(IReadOnlyList<int> named)
    {
        if (named.Count < 2)
        {
            return null;
        }

        var stages = named.Select(index => Choices.Stages[index].Value).ToList();
        var ending = stages.Where(stage => stage is RejectionStage.OfferRescinded or RejectionStage.NegotiationBrokeDown).ToList();
        if (ending.Count == 1)
        {
            return ending[0];
        }

        // An interview and the final round are one path's steps; a screen and an onsite ("a phone screen and
        // then an onsite", answering which stage) may be the person unsure which to pick, so it is asked.
        return ending.Count == 0 && stages.Count == 2 && stages.Contains(RejectionStage.Interview) && stages.Contains(RejectionStage.FinalRound)
            ? RejectionStage.FinalRound
            : null;
    }

    private static T? Pick<T>(Option<T>[] options, List<Choice> choices, string story) where T : struct, Enum =>
        !IsNumber(story) && ChoiceRecognizer.Recognize(story, choices) is { } found ? options[found.Index].Value : null;

    /// <summary>A bare number picks a button in a prompt, but says nothing in a story.</summary>
    private static bool IsNumber(string story) =>
        int.TryParse(ChoiceRecognizer.Normalize(story), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    // Built once: every message is read against them.
    private static readonly HashSet<string> AmbiguousStageWords = new(StringComparer.OrdinalIgnoreCase) { "applied", "application", "resume", "cv", "online application" };

    /// <summary>
    /// "assessment centre" answers the stage question as the final round, but a story may name one it never reached ("not
    /// moving me forward to the assessment centre") or a group assessment day its writer files elsewhere: asked there.
    /// </summary>
    private static readonly HashSet<string> AnsweredOnlyStageWords = new(StringComparer.OrdinalIgnoreCase) { "assessment centre", "assessment center", "assessment day" };

    /// <summary>
    /// Stages as a story names them. "application", "applied", "resume" are left out: almost every story
    /// and e-mail says them whatever the stage ("they rejected my application" after a final round), so
    /// only words that say the application stage itself ("after applying", "never got an interview") count.
    /// </summary>
    private static readonly List<Choice> StageChoices = Choices.Stages.Select(option => option.Value == RejectionStage.Application
            ? new Choice { Value = "application stage", Synonyms = [.. option.Synonyms.Where(word => !AmbiguousStageWords.Contains(word)), .. MoreStageWords(option.Value)] }
            : new Choice { Value = option.Label, Synonyms = [.. option.Synonyms.Where(word => !AnsweredOnlyStageWords.Contains(word)), .. MoreStageWords(option.Value)] }).ToList();

    /// <summary>
    /// How stories name the stages besides the buttons' words: an online assessment or test comes before any
    /// interview (the automated screen of the application stage); a numbered round or interview is an
    /// interview ("2nd round", "3rd interview": only "final" says it was the last); a counter-offer is a negotiation.
    /// </summary>
    private static string[] MoreStageWords(RejectionStage stage) => stage switch
    {
        RejectionStage.Application => ["oa", "online assessment", "online test", "online tests", "coding test", "aptitude test", "psychometric test", "numerical test", "coding challenge"],
        RejectionStage.ScreeningCall => ["screening call", "screen call", "phone screening", "recruiter screening"],
        RejectionStage.Interview => ["1st round", "2nd round", "3rd round", "4th round", "third round", "1st interview", "2nd interview", "3rd interview", "first interview", "second interview", "third interview", "in person interview", "first round interview", "second round interview"],
        RejectionStage.NegotiationBrokeDown => ["negotiate", "negotiated", "countered", "counter offer", "counteroffer"],
        _ => [],
    };
    private static readonly List<Choice> HeardViaChoices = Choices.ToChoices(Choices.HeardVia);
    private static readonly List<Choice> HeardWhenChoices = Choices.ToChoices(Choices.HeardWhen);

    // ----- Names -----

    private static string? FindCompany(string story, string? contact)
    {
        // "a recruiter from Hays put me forward for a role at Lendlease": the agency's people are not the employer's.
        var throughAnAgency = Matches(ThroughAnAgency(), story);
        var agencies = throughAnAgency ? Overlapping(CompanyOfSomeone(), story).Select(match => Names.Company(match.Groups["name"].Value)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        foreach (var pattern in (Regex[])[CompanyIs(), CompanyCalled(), CompanyOfSomeone(), CompanyAfterPreposition(), CompanyPlannedStart(), CompanyAfterTitle(), CompanyBeforeVerb(), CompanyDeclined(), CompanyWaitedOn(), CompanyItWas(), CompanyTurnedDown(), CompanyTestFor(), CompanyAskedOrWrittenTo(), CompanyOfTitledPerson(), CompanyBeforeItsTitle()])
        {
            foreach (var match in Overlapping(pattern, story))
            {
                // "Left my job at Marriott", "I worked at Chipotle": where the person works or worked is not who decided.
                // "Background check came back ...": the words of a known reason are no company.
                if (Matches(OwnJobBefore(), story[Math.Max(0, match.Groups["name"].Index - OwnJobLookBehindChars)..match.Groups["name"].Index])
                    || Matches(PlaceMovedTo(), story[Math.Max(0, match.Groups["name"].Index - OwnJobLookBehindChars)..match.Groups["name"].Index])
                    || SafeMatch(KnownReason(), story, match.Groups["name"].Index) is { Success: true } known && known.Index == match.Groups["name"].Index
                    || (pattern == CompanyAfterTitle() && !RoleSpelling.EndsLikeATitle(match.Groups["title"].Value)))
                {
                    continue;
                }

                // A name never runs across a sentence's end ("honestly relieved. cronus said no").
                // "email from harbourview insurance. actuarial intern.": after a preposition the name ends there.
                var name = match.Groups["name"].Value;
                var sentenceEnd = pattern == CompanyBeforeVerb() ? name.LastIndexOf(". ", StringComparison.Ordinal) : -1;
                var firstEnd = pattern == CompanyBeforeVerb() ? -1 : name.IndexOf(". ", StringComparison.Ordinal);
                name = sentenceEnd >= 0 ? name[(sentenceEnd + 2)..] : firstEnd >= 0 ? name[..firstEnd] : name;
                // "rejected from the UX researcher spot at fabrikam", "the ECT post": words that end in a position's
                // noun name the position; its first word in capitals is part of the title, not the employer.
                // "a small Galway studio called …", "a Munich consultancy": where a workplace is, before what kind it is.
                if (Matches(NamesAPosition(), name)
                    || (pattern != CompanyCalled() && SafeMatch(PlaceBeforeWorkplace(), story, match.Groups["name"].Index) is { Success: true } place && place.Index == match.Groups["name"].Index))
                {
                    continue;
                }

                if (Names.Company(name) is { } company && !RoleSpelling.EndsLikeATitle(company) && !agencies.Contains(company)
                    && (contact is null || !contact.Contains(company, StringComparison.OrdinalIgnoreCase)))
                {
                    return FullName(story, company);
                }
            }
        }

        return null;
    }

    /// <summary>"a phone call from sarah", "an email from priya": one word in lower case, the sender of a call or message.</summary>
    private static string? PersonSentIt(string story) => SafeMatch(SenderInLowerCase(), story, 0) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex(@"\b(?:call|e-?mail|mail|message|text|voicemail|note|dm|ring|whatsapp)\s+from\s+(?<name>(?-i:[a-z][a-z'-]+))\b(?!\s*(?:-|&|\.(?:com|co)\b))", Options, MatchTimeoutMs)]
    private static partial Regex SenderInLowerCase();

    /// <summary>"say no to EY", "turn down KPMG", "declining Contoso": the company a decline names, in capitals, as the one said no to ("decline nicely" names none).</summary>
    private static string? FindDeclinedCompany(string story, string? contact)
    {
        foreach (var match in Overlapping(CompanySaidNoTo(), story))
        {
            if (Names.Company(match.Groups["name"].Value) is { } company && !RoleSpelling.EndsLikeATitle(company)
                && (contact is null || !contact.Contains(company, StringComparison.OrdinalIgnoreCase)))
            {
                return FullName(story, company);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:turn(?:ing|ed)?\s+down|say(?:ing)?\s+no\s+to|declin(?:e|ing))\s+(?=(?-i:\p{Lu}))(?!(?:the|their|an?|this|that|my|it|them|offers?|other|another|one|both|\d+)\b)" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanySaidNoTo();

    /// <summary>
    /// "two offers, one from Halcyon Media ... I need to turn down Halcyon": a short name said again is the
    /// longer name the story gave first, when exactly one longer name begins with it.
    /// </summary>
    private static string FullName(string story, string company)
    {
        var longer = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var match in Overlapping(CapitalisedName(), story))
        {
            var name = match.Value.TrimEnd('.');
            if (name.Length > company.Length && name.StartsWith(company + " ", StringComparison.OrdinalIgnoreCase) && Names.Company(name) is { } full
                && !RoleSpelling.EndsLikeATitle(full) && full.Length > company.Length)
            {
                longer.Add(full);
            }
        }

        if (longer.Count == 0 && SafeMatch(OfAName(), story, 0) is { } of)
        {
            // "the City of Austin", "the University of Lagos": a name that goes on with "of" and a name in capitals.
            for (; of.Success; of = of.NextMatch())
            {
                if (of.Groups["head"].Value.Equals(company, StringComparison.Ordinal) && Names.Company(of.Value) is { } whole && whole.Length > company.Length)
                {
                    return whole;
                }
            }
        }

        return longer.Count == 1 ? longer.First() : company;
    }

    /// <summary>A name that ends in the noun of a position, with no owner before it: "the UX researcher spot", "the ECT post".</summary>
    [GeneratedRegex(@"^(?![^ ]*(?:'s|’s)\b)(?:(?!(?:'s|’s)\b).)*?\b(?:role|position|job|spot|post|opening|vacancy|posting|gig)$", Options, MatchTimeoutMs)]
    private static partial Regex NamesAPosition();

    /// <summary>A place in capitals, then the kind of workplace in lower case: "a small Galway studio", "a Munich consultancy".</summary>
    [GeneratedRegex(@"\G(?:(?:a|an|the|small|little|local|tiny|big|boutique)\s+)*(?-i:\p{Lu}[\p{L}'’-]*)\s+(?-i:studio|consultancy|startup|start-up|agency|firm|company|bakery|cafe|café|clinic|practice|school|hospital|nonprofit|non-profit|charity)\b", Options, MatchTimeoutMs)]
    private static partial Regex PlaceBeforeWorkplace();

    [GeneratedRegex(@"(?-i:(?<head>\p{Lu}[\p{L}&'’-]*(?:[ ]\p{Lu}[\p{L}&'’-]*)?)[ ]of[ ](?:the[ ])?\p{Lu}[\p{L}&'’-]*(?:[ ]\p{Lu}[\p{L}&'’-]*){0,2})", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex OfAName();

    private static readonly HashSet<string> TitleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "internship", "placement", "scheme", "programme", "program", "co-op", "coop", "apprenticeship", "traineeship", "fellowship", "secondment",
    };

    /// <summary>Nouns after which the words before are a title only when they end like one ("the data analyst thing").</summary>
    private static readonly HashSet<string> LooseNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "thing", "spot", "post", "app", "application", "opportunity",
    };

    private static string? FindRole(string story)
    {
        foreach (var pattern in (Regex[])[RoleIs(), RoleBeforeNoun(), RoleAfterAs(), RoleForTitle(), RoleOffered(), RoleOpensClause()])
        {
            foreach (var match in Overlapping(pattern, story))
            {
                // "as a result", "for a while": after "as" or a bare "for" only a title is a role. "I worked at Chipotle
                // as a shift lead", "retraining as an electrician": the person's own work is not the job of this case.
                // A clause's opening words are a title only when they end like one ("data engineer role"; "the whole thing" is none).
                if ((pattern == RoleAfterAs() || pattern == RoleForTitle() || pattern == RoleOpensClause())
                    && (!RoleSpelling.EndsLikeATitle(match.Groups["name"].Value) || Matches(SomeoneThere(), match.Groups["name"].Value)
                        || Matches(OwnWorkBefore(), story[Math.Max(0, match.Index - OwnJobLookBehindChars * 2)..match.Index])))
                {
                    continue;
                }

                // "it was a budget thing", "my visa application", "a blog post": after a noun this loose only a title is a role.
                if (pattern == RoleBeforeNoun() && LooseNouns.Contains(match.Groups["noun"].Value) && !RoleSpelling.EndsLikeATitle(match.Groups["name"].Value))
                {
                    continue;
                }

                // "I already resigned from my teaching job": the job the person leaves is not the one of this case.
                if (pattern == RoleBeforeNoun() && match.Value.StartsWith("my ", StringComparison.OrdinalIgnoreCase)
                    && Matches(LeftOwnJob(), story[Math.Max(0, match.Index - OwnJobLookBehindChars)..match.Index]))
                {
                    continue;
                }

                // "the data analyst internship", "the graduate scheme", "the mech eng co-op": the kind of position is part of the title.
                var noun = match.Groups["noun"].Value;
                var kind = TitleNouns.Contains(noun) ? " " + noun : string.Empty;
                // "the role was data analyst. they said no": a title never runs across a sentence's end.
                var name = match.Groups["name"].Value;
                var sentenceEnd = name.IndexOf(". ", StringComparison.Ordinal);
                if (Names.Role((sentenceEnd >= 0 ? name[..sentenceEnd] : name) + kind) is { } role && (pattern != RoleOffered() || RoleSpelling.EndsLikeATitle(role)))
                {
                    return role;
                }
            }
        }

        return null;
    }

    /// <returns>The contact's name, and the story without the words that named them.</returns>
    private static (string? Name, string Others) FindContact(string story)
    {
        foreach (var pattern in (Regex[])[ContactIs(), ContactWho(), ContactDid(), ContactInBrackets(), ContactCameFrom(), ContactTitled(), ContactOfATeam()])
        {
            foreach (var match in Overlapping(pattern, story))
            {
                // "Prof. Ramanathan's lab": the person, without the possessive.
                // "Kavitha ma'am from HR": the honorific after a name is respect, not part of it.
                if (Names.Person(HonorificAfter().Replace(Possessive().Replace(match.Groups["name"].Value, string.Empty), string.Empty)) is { } name)
                {
                    return (name, string.Concat(story.AsSpan(0, match.Index), " ", story.AsSpan(match.Index + match.Length)));
                }
            }
        }

        return (null, story);
    }

    /// <summary>A reason named in a few known words ("background check") is kept as those words; else the clause after "because", "said" and the like.</summary>
    private static string? FindReason(string story)
    {
        if (KnownReason().Match(story) is { Success: true } known && !Matches(OnlyWhenItHappened(), story[Math.Max(0, known.Index - WhenLookBehindChars)..known.Index]))
        {
            // "the budget got cut so they froze hiring": the sentence says more than its first known words.
            var start = story.LastIndexOfAny(['.', '!', '?', '\n'], known.Index) + 1;
            var end = story.IndexOfAny(['.', '!', '?', '\n'], known.Index);
            var knownSentence = story[start..(end < 0 ? story.Length : end)];
            return ReasonInBrief.Known(knownSentence) ?? KnownInItsClause(knownSentence, known.Index - start) ?? known.Value;
        }

        // "they hired someone with more experience than me" says what they decided; "I have more experience
        // than the person they hired" is the person's own comparison, and no reason at all.
        if (MoreExperience().Match(story) is { Success: true } more)
        {
            return Matches(IComparedMyself(), story) ? null
                : Matches(TheyWanted(), story[..more.Index]) ? $"they wanted a candidate with {more.Value}"
                : $"they chose a candidate with {more.Value}";
        }

        foreach (var clause in Overlapping(ReasonClause(), story))
        {
            // "she said she'd call by Monday" is a promise, not a reason.
            // "because I've received an offer elsewhere" is the person's story, not why anyone decided anything.
            var said = clause.Groups["reason"].Value;
            // "prob because my gpa", "i think it was because of the gap": the person's guess, not what the employer said.
            // "i asked if they could do 34k bc that's what other banks pay": why the person asked, not why the employer decided.
            var before = story[Math.Max(0, story.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, clause.Index - 1)) + 1)..clause.Index];
            if (Matches(Promise(), said) || Matches(OwnGuess(), story[Math.Max(0, clause.Index - GuessLookBehindChars)..clause.Index])
                || (Matches(CauseConnector(), clause.Value) && Matches(PersonAsked(), before))
                || !CueMarksTheirReason(clause.Value[..(clause.Groups["reason"].Index - clause.Index)], said, before))
            {
                continue;
            }

            // 'the email said "the role is no longer available due to restructuring"': the employer's words, and
            // of them the cause.
            said = Quoted().Match(said) is { Success: true, Index: 0 } quote ? quote.Groups["words"].Value : said;
            // "the role's been cancelled due to funding changes", 'saying they're "pausing the grad intake due to
            // restructuring"': what was stopped is part of the reason, said before its cause.
            var connector = clause.Value[..(clause.Groups["reason"].Index - clause.Index)].Trim();
            var stopped = Matches(CauseConnector(), connector) ? ReasonInBrief.StoppedBefore(story[..clause.Index]) : null;
            if (Cause().Match(said) is { Success: true } cause)
            {
                stopped = ReasonInBrief.StoppedBefore(said[..cause.Index]);
                connector = cause.Value.Trim();
                said = said[(cause.Index + cause.Length)..];
            }

            // 'pausing the intake due to restructuring" and the offer's withdrawn': a quote the cause ends closes the reason.
            said = ClosingQuote(said) is var closing and > 0 ? said[..closing] : said;
            // "they went with someone else for the barista role after my second interview": the reason ends where the story goes on.
            var reason = (ReasonRunsOn().Match(said) is { Success: true } on ? said[..on.Index] : said).Trim().Trim('"', '“', '”').TrimEnd('.', ',', ';', '!');
            // "they said no, london only": the position after the no is the reason; "said no once", "said no and pulled it" give none.
            if (BareNo().Match(reason) is { Success: true } no)
            {
                reason = reason[no.Length..].Trim();
                if (reason.Length == 0 || Matches(NoThenMore(), reason))
                {
                    continue;
                }
            }

            if (Matches(InOwnVoice(), reason) && Matches(NotAnOwnReason(), reason))
            {
                continue;
            }

            // 'said they'd "filled the role internally"': what they had done, without the quote the clause cut open.
            reason = TheyHad().Replace(reason, "${who} had ", 1);
            reason = reason.Count(c => c == '"') % 2 == 1 ? reason.Replace("\"", string.Empty, StringComparison.Ordinal) : reason;
            reason = reason.Count(c => c is '“' or '”') % 2 == 1 ? reason.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal) : reason;
            // "DSA round feedback was not strong": what the feedback was on is part of it.
            var cue = clause.Value[..(clause.Groups["reason"].Index - clause.Index)].Trim();
            if (cue.StartsWith("feedback", StringComparison.OrdinalIgnoreCase) && FeedbackOn().Match(before) is { Success: true } feedbackOn)
            {
                reason = $"{feedbackOn.Groups["what"].Value} {cue} {reason}";
            }

            reason = stopped is null ? reason : $"{stopped} {connector} {reason}";
            if (reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                return reason.Length > MaxReasonChars ? reason[..MaxReasonChars].TrimEnd() + "…" : reason;
            }
        }

        // An e-mail's sentence of the reason, if the story quotes one; never a sentence in the person's own voice.
        // "withdrawn after the background check", with nothing else said of why: the check is the reason.
        return RejectionEmailExtractor.FindReason(story) is { } sentence && !Matches(InOwnVoice(), sentence) ? sentence
            : KnownReason().Match(story) is { Success: true } checkedFirst ? checkedFirst.Value
            : null;
    }

    private const int WhenLookBehindChars = 12;
    private const int MaxKnownClauseWords = 12;

    /// <summary>
    /// "Background check came back with a gap in my employment history (I was caring for my mum)", "they cannot
    /// continue because the role does not offer visa sponsorship and I am on student visa": the clause that holds
    /// the known words, without what the person adds about themselves; null when it runs long.
    /// </summary>
    private static string? KnownInItsClause(string sentence, int at)
    {
        var cue = SafeMatch(ClauseOpening(), sentence[..at], 0);
        var start = 0;
        for (var opening = cue; opening is { Success: true }; opening = opening.NextMatch())
        {
            start = opening.Index + opening.Length;
        }

        var ending = SafeMatch(ClauseEnding(), sentence, at);
        var clause = sentence[start..(ending is { Success: true } ? ending.Index : sentence.Length)].Trim().TrimEnd(',', ';', ':');
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 3 and <= MaxKnownClauseWords && !Matches(InOwnVoice(), clause) ? clause : null;
    }

    /// <summary>"…, DSA round feedback was": the words a feedback was on, when they are more than "the" or "my".</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?<what>(?!(?:the|my|their|his|her|your|our|a|an|some|any|no|and|but|so|got|i|they|she|he)\b)[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})\s*$", Options, MatchTimeoutMs)]
    private static partial Regex FeedbackOn();

    /// <summary>"after the background check", "following the reference check": when the offer ended, said before what they told.</summary>
    [GeneratedRegex(@"\b(?:after|following|post)\s+(?:the|a|my|their)?\s*$", Options, MatchTimeoutMs)]
    private static partial Regex OnlyWhenItHappened();

    [GeneratedRegex(@"\b(?:because(?:\s+of)?|bc|due\s+to|said(?:\s+that)?|told\s+me(?:\s+that)?|that|since)\s+|[,;:]\s*", Options, MatchTimeoutMs)]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"\s*\(|\s*[,;:]|\s+(?:and|but|so)\s+(?:i|i'?m|i’m|my|now|they|she|he)\b", Options, MatchTimeoutMs)]
    private static partial Regex ClauseEnding();

    private const int GuessLookBehindChars = 30;

    /// <summary>
    /// Every match, also those that begin inside one already found: "my application for the copywriter role"
    /// is refused as a title, and "for the copywriter role", inside it, is the one meant.
    /// </summary>
    private static IEnumerable<Match> Overlapping(Regex pattern, string text)
    {
        // The next search starts past the last one's start even when a match reports an earlier position (an engine
        // fault once did, and the search never ended).
        for (var start = 0; start < text.Length && SafeMatch(pattern, text, start) is { Success: true } match; start = Math.Max(start, match.Index) + 1)
        {
            yield return match;
        }
    }

    private static Match? SafeMatch(Regex pattern, string text, int start)
    {
        try
        {
            return pattern.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // ----- Patterns -----

    /// <summary>
    /// Up to four words of a name, the fewest first, stopping before the words that end it. The fewest-first choice is
    /// written as alternatives, not as a lazy loop ("{0,3}?"), for the reason <see cref="FewestWords"/> gives.
    /// </summary>
    private const string NameWords = "(?<name>" + NameWord + "(?:|[ ]" + NameWord + "|[ ]" + NameWord + "[ ]" + NameWord + "|[ ]" + NameWord + "[ ]" + NameWord + "[ ]" + NameWord + "))";

    private const string NameWord = @"[\p{L}\d&][\p{L}\d&'’.-]*";

    private const string NameEnd = @"(?=[ ]+(?:for|after|as|because|and|but|today|yesterday|this|last|by|via|on|in|when|about|back|over|since|earlier|at|with|to|after|just|said|says|told|sent|emailed|called|rang|phoned|messaged|texted|wrote|reached|contacted|replied|responded|got|let|letting|saying|telling|asking|that|fell|fall|falls|collapsed|ended|stalled|rejected|ghosted|finally|never|didn't|did|has|have|had|is|was|were|who|which|where|so|then|again|though|too|yet|a|an|the|me|my|went|twice|once|broke|pulled|came|turned|decided|offered|seems|seemed|over|from|of)\b|[ ]*[,.!?;:()]|[ ]*$|[ ]+-|[ ]+\d+\s*(?:days?|weeks?|wks?|months?|hours?|hrs?|mins?)\b)";

    private const string RoleEnd = @"(?=[ ]+(?<noun>role|position|job|internship|opening|opportunity|posting|gig|placement|scheme|programme|program|co-?op|apprenticeship|traineeship|fellowship|secondment|thing|spot|post|vacancy|requisition|app|application)\b)";

    /// <summary>Words that end a person's name written in lower case ("sarah lim if that matters", "kevin was rude"); a title alone ("Mr.") is none.</summary>
    private const string NameStop = @"(?:dr|mr|mrs|ms|mx|prof|if|and|but|or|i|who|from|at|on|in|last|just|so|she|he|they|was|is|said|says|told|called|emailed|rang|phoned|messaged|wrote|texted|the|a|an|to|for|with|by|via|over|about|this|that|yesterday|today|twice|again|never|has|had|did|didn't|didnt|hasn't|hasnt|kind|there|then|too|also|though|lol|tho|btw|i'm|im|maybe|probably|early|let|sent|reached|got|interviewed|me|my|no|not|nothing|seems|seemed)";

    /// <summary>One to three words of a person's name, in any case, with a title before them if there is one.</summary>
    private const string PersonName = @"(?<name>(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?(?!" + NameStop + @"\b)[\p{L}'’-]+(?:[ ]+(?!" + NameStop + @"\b)[\p{L}'’-]+){0,2})";

    /// <summary>Who at a company a contact is: "recruiter", "the HM", "studio mgr".</summary>
    private const string ContactRole = @"(?:recruiter|interviewer|hiring\s+(?:manager|mgr)|hm|(?:[\p{L}]+\s+)?mgr|manager|director|talent\s+partner|hr\s+(?:person|rep|manager))";

    [GeneratedRegex(@"\b(?:company|employer|firm)(?:'s name)?(?:\s+(?:is|was)|\s*:)\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyIs();

    [GeneratedRegex(@"\b(?:rejected|rejection|turned\s+down|rejecting|ghosted|declined|negotiations?|negotiating|silence|nothing|heard(?:\s+back)?|hear(?:\s+back)?|news|email|e-mail|call|offer|letter|message|no|reply|response|interview(?:ed|s)?|inte?r?v(?:ie|ei|e|i)w(?:ed|s)?|applied|application|applying|role|position|job|internship|opening|spot|gig|post|vacancy|secondment|onsite|round|screen|work(?:ing)?|interning|cv|resume|portfolio|it's|it’s|it\s+(?:is|was)|waiting(?:\s+to\s+hear)?|ago|back|negot\w*|rescinded|withdrawn|pulled|revoked|interviewing|round|rounds|screening|assessment|oa|test)(?:\s*,(?=\s*from\b))?\s+(?:(?:twice|once|again|is|was)\s+)?(?:from|by|at|with|w/|w|to(?!\s+(?:hear|be|get|see|know|start|go|do|make|say|ask|move|join|work|decline|accept|thank|follow|check|reply|respond|write|tell|turn|let|keep|push|negotiate|discuss|reject|apply|explain|share|give|take|talk|speak|help|find|send|come)\b))\s+" + NameWords + NameEnd + @"|\b(?:portal\s+(?:for|at)|(?:placement|scheme|programme|program|co-?op|apprenticeship)\s+(?:at|with|w/))\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterPreposition();

    /// <summary>"Operations Analyst Intern at Sysco", "Junior Graphic Designer at Studio Kowhai": a title, then where it is (checked to end like a title).</summary>
    [GeneratedRegex(@"\b(?<title>[\p{L}-]+)\s+(?:at|with)\s+(?-i:(?=\p{Lu}))" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyAfterTitle();

    private const int OwnJobLookBehindChars = 40;

    /// <summary>"Ms Greta Lindqvist of Halvorsen Engineering", "Dr Okafor at the University of Queensland": a titled person's organisation.</summary>
    [GeneratedRegex(@"\b(?:dr|mr|mrs|ms|mx|prof)\.?\s+(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)?\s+(?:of|at|from)\s+(?:the\s+)?(?<name>(?-i:\p{Lu})[\p{L}\d&'’-]*(?:\s+(?:(?:of|and|&|for)\s+)?(?-i:\p{Lu})[\p{L}\d&'’-]*){0,4})", Options, MatchTimeoutMs)]
    private static partial Regex CompanyOfTitledPerson();

    /// <summary>"a little bakery called Rise &amp; Co", "a startup named Ember": a workplace, then its name.</summary>
    [GeneratedRegex(@"\b(?:company|firm|startup|start-up|agency|studio|consultancy|bakery|cafe|café|restaurant|shop|store|clinic|practice|business|charity|school|hospital|bank|hotel|lab)(?:\s+(?:called|named)\s+|\s*,\s*(?-i:(?=\p{Lu}))(?=[^,.!?\n]{2,40},)|\s*\(\s*(?-i:(?=\p{Lu}))(?=[^()\n]{2,50}\)))" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyCalled();

    /// <summary>"applied to Patagonia's environmental grants intern role": a name in capitals owning the title of a position.</summary>
    [GeneratedRegex(@"(?<name>(?-i:\p{Lu})[\p{L}\d&-]*(?:\s+(?-i:\p{Lu})[\p{L}\d&-]*){0,2}(?:'s|’s))\s+(?:[\p{L}&/-]+\s+){1,4}?(?:role|position|job|internship|placement|scheme|programme|program|co-?op|apprenticeship|traineeship|fellowship)\b", Options, MatchTimeoutMs)]
    private static partial Regex CompanyBeforeItsTitle();

    /// <summary>What the employer would not do in a negotiation, to the end of its clause: "they wouldn't budge on 52k", "she couldn't go above 48k".</summary>
    [GeneratedRegex(@"\b(?:they|she|he|the\s+(?:recruiter|company|manager|hiring\s+manager|hm|firm))\s+(?:wouldn'?t|wouldn’t|would\s+not|won'?t|won’t|will\s+not|couldn'?t|couldn’t|could\s+not|can'?t|can’t|cannot|(?:were|was|are|is)(?:\s+not|n'?t|n’t)\s+able\s+to)\s+(?:budge|move|go\s+(?:above|over|higher|past|beyond|any\s+higher)|offer\s+more|meet|match|increase|raise|stretch|agree)\b[^.!?;\n,]*?(?=\s+(?:and|but|so)\b|[.!?;\n,]|$)", Options, MatchTimeoutMs)]
    private static partial Regex WouldNotMove();

    /// <summary>A last word that says only that it was final.</summary>
    [GeneratedRegex(@"^(?:(?:that'?s|thats|that’s|it'?s|its|it’s|this\s+is)\s+(?:final|the\s+final\s+offer|the\s+max(?:imum)?|their\s+final\s+offer)|best\s+and\s+final|(?:it'?s\s+)?non[\s-]?negotiable|final)$", Options, MatchTimeoutMs)]
    private static partial Regex OnlyALastWord();

    /// <summary>The person's own work or training in the clause before a title: "I worked at X for 3 years", "retraining", "I'm a".</summary>
    [GeneratedRegex(@"\b(?:worked|working|work|interned|volunteered|retrain\w*|train(?:ed|ing)|studying|studied|qualified|served|employed|years?\s+experience)\b[^.!?;\n]*$", Options, MatchTimeoutMs)]
    private static partial Regex OwnWorkBefore();

    /// <summary>The person's own job, just before a company: "my job at", "left my old job at", "my old manager at", "I worked at", "interned at".</summary>
    [GeneratedRegex(@"(?:\bmy\s+(?:[\w-]+\s+)?(?:job|role|position|work|employer|manager|boss|supervisor|colleagues?|team)|\b(?:i|i've|i’ve|i\s+have|i'd|i’d|i\s+had)\s+" + FewestWords.UpToTwo + @"(?:worked|work|working|interned|volunteered)|\b(?:worked|interned|volunteered)|\bi'?m\s+(?:still\s+)?(?:working|employed))\s+" + FewestWords.UpToTwo + @"(?:at|for|with)\s+$", Options, MatchTimeoutMs)]
    private static partial Regex OwnJobBefore();

    /// <summary>A recruitment agency between the person and the employer: "put me forward", "through an agency".</summary>
    /// <summary>
    /// "I was supposed to start at Brightline Health", "was meant to join Contoso": the job the person was to begin,
    /// which then ended. Only a start that was planned and did not happen: "I'm starting at Contoso instead" in a
    /// decline is the other job.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:supposed|meant|due|set|scheduled|going)\s+to|was\s+to|were\s+to)\s+(?:start|begin|join|resume)(?:\s+(?:work(?:ing)?|there))?\s+(?:(?:at|with)\s+)?" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyPlannedStart();

    [GeneratedRegex(@"(?:'s|’s)$", Options, MatchTimeoutMs)]
    private static partial Regex Possessive();

    /// <summary>"I'm moving back to Halifax", "relocating to Leeds": a place the person goes, never the company.</summary>
    [GeneratedRegex(@"\b(?:mov(?:e|ed|ing)|relocat\w*|liv(?:e|ed|ing)|head(?:ed|ing)?|go(?:ing)?|went)\s+(?:back\s+|home\s+|up\s+|down\s+)?to\s+$", Options, MatchTimeoutMs)]
    private static partial Regex PlaceMovedTo();

    /// <summary>"i turned down a place on the HSBC scheme for this", "I'd declined my other offer": to the clause's end.</summary>
    [GeneratedRegex(@"\bi\s+(?:had\s+|'d\s+|’d\s+|already\s+|just\s+|even\s+)*(?:turned\s+down|declined|rejected|said\s+no\s+to|gave\s+up|passed\s+on)\s+(?:a|an|the|my|another|other|their)\b[^.!?;\n]*", Options, MatchTimeoutMs)]
    private static partial Regex OwnDeclineBefore();

    [GeneratedRegex(@"\b(?:resign\w*|quit\w*|left|leav\w*|keep\w*|from|current(?:ly)?)\s+(?:from\s+|in\s+)?$", Options, MatchTimeoutMs)]
    private static partial Regex LeftOwnJob();

    [GeneratedRegex(@"\b(?:put\s+me\s+(?:forward|up)|submitted\s+me|put\s+my\s+(?:cv|resume|name)\s+forward|(?:recruitment|staffing|temp(?:ing)?|employment)\s+agency|through\s+(?:an?\s+)?(?:agency|recruiter|recruitment\s+firm))\b", Options, MatchTimeoutMs)]
    private static partial Regex ThroughAnAgency();

    /// <summary>
    /// The job the person chose instead of the one they decline, to the end of its clause: "i got a diesel mechanic
    /// apprenticeship with Cummins", "I took a grad job closer to my mum instead", "I've accepted a role in Melbourne", "I was
    /// accepted for a caregiver job in Canada".
    /// </summary>
    [GeneratedRegex(@"\b(?:got|took|taken|accepted|signed|landed|chose|picked|started|(?:was|been|got|am|i'?m|i’m)\s+accepted\s+(?:for|into|on|to))\s+(?:(?:an?|one)\s+(?:(?!(?:offer|from|at|with|for)\b)[\p{L}&/-]+\s+){0,4}?(?:job|role|position|apprenticeship|internship|placement|place|spot|contract|traineeship|gig|post)\b(?!\s+offers?\b)|(?:another|the\s+other|a\s+different|a\s+better)\s+(?:(?!(?:from|at|with|for)\b)[\p{L}&/-]+\s+){0,4}?(?:job|role|position|apprenticeship|internship|placement|place|spot|contract|traineeship|gig|post|offer)\b)[^.!?;\n,]*?(?=\s+(?:and|but|so|because|bc|though)\b|[.!?;\n,]|$)", Options, MatchTimeoutMs)]
    private static partial Regex OtherJob();

    [GeneratedRegex(@"(?:^|[.!?,:]\s+|\b(?:" + ChatOpeners + @"|that|now)[, ]+)(?!(?:" + ChatOpeners + @"|that|then|now|update)\b)" + NameWords + @"[ ]+(?:just\s+|finally\s+|officially\s+|has\s+|have\s+|still\s+)?(?:rejected|turned\s+me\s+down|ghosted|passed\s+on\s+me|rescinded|withdrew|pulled|said\s+no|went\s+with|never\s+(?:even\s+)?(?:got|wrote|called|replied|answered)|hasn'?t\s+(?:even\s+)?(?:replied|responded|answered|called|written|got|gotten)|has\s+not\s+(?:replied|responded|answered|called)|didn't\s+(?:pick|choose|select|hire|want|take|get\s+back)|went\s+with|dropped|let\s+me\s+go|sent\s+me|emailed|called|offered|said|told\s+me|went\s+(?:quiet|silent|dark|cold)|stopped\s+(?:responding|replying|answering)|got\s+back|came\s+back|replied|responded|decided|cancell?ed|invited\s+me|interviewed\s+me|asked\s+me|reached\s+out|wrote|messaged|rang|texted)\b", Options, MatchTimeoutMs)]
    private static partial Regex CompanyBeforeVerb();

    [GeneratedRegex(@"\b(?:(?:role|position|job(?:\s+title)?|title)(?:\s+(?:is|was)|\s*:)|offer\s*:)\s+(?:an?\s+|the\s+)?" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleIs();

    /// <summary>"final round and everything, data engineer role": a title of two words or more opening a clause, before the noun of a position ("analyst role in their strategy practice" may be part of one).</summary>
    [GeneratedRegex(@"(?:^|(?<=[,;:!?\n]|\.\s))\s*(?=\S+\s+\S+\s+(?:role|position|job)\b)" + NameWords + RoleEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleOpensClause();

    /// <summary>"for the data analyst role", "Pfizer's R&amp;D co-op": a title before the noun of a position.</summary>
    [GeneratedRegex(@"(?:\b(?:for|the|an?|my|their|as)|(?-i:\p{Lu})[\p{L}&-]*(?:'s|’s))\s+(?:the\s+|an?\s+)?" + NameWords + RoleEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleBeforeNoun();

    /// <summary>"for Systems Engineer Trainee 1 month ago", "rejected me for the gameplay programmer intern after": a title after "for" (checked to end like one).</summary>
    [GeneratedRegex(@"\bfor\s+(?:the\s+|their\s+)?" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleForTitle();

    /// <summary>"Lumen Labs offered me junior dev at 58k": the title offered (checked to be one once its short forms are written out).</summary>
    [GeneratedRegex(@"\boffered\s+me\s+(?:an?\s+|the\s+)?" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleOffered();

    [GeneratedRegex(@"\b(?:as\s+an?|for\s+an?|applied\s+to\s+be\s+an?)\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex RoleAfterAs();

    [GeneratedRegex(@"\b(?:(?:his|her|their|the\s+recruiter'?s|the\s+interviewer'?s|the\s+hiring\s+manager'?s|recruiter'?s|interviewer'?s|contact'?s?)\s+name\s+(?:is|was|:)|(?:" + ContactRole + @"|contact(?:\s+(?:there|on\s+the\s+e-?mail|at\s+[\p{L}&]+))?|person\s+who\s+(?:sent|made|signed|emailed|called|gave\s+me)\s+(?:\w+\s+){0,3}?)\s*(?:is|was|named|is\s+called|was\s+called|called|:))\s*" + PersonName, Options, MatchTimeoutMs)]
    private static partial Regex ContactIs();

    /// <summary>"the HM (dave)", "the recruiter (Priya Shah)", "(the recruiter, Dana Osei)", "(rachel from HR)"; after a team too ("HR (Dana Whitfield)").</summary>
    [GeneratedRegex(@"\b(?:" + ContactRole + @"|hr|recruiting|talent\s+acquisition|people\s+ops)\s*\(\s*" + PersonName + @"(?:\s+i\s+think)?\??\s*\)|\(\s*(?:the\s+|my\s+)?" + ContactRole + @"\s*,\s*" + PersonName + @"\s*\)|\(\s*" + PersonName + @"\s+from\s+(?:hr|recruiting|talent(?:\s+acquisition)?|the\s+hiring\s+team|people\s+ops)\s*\)", Options, MatchTimeoutMs)]
    private static partial Regex ContactInBrackets();

    /// <summary>"the offer came from James O'Neill", "an email from someone called Hollis Grant".</summary>
    [GeneratedRegex(@"\b(?:offer|e-?mail|call|news|letter|message|it)\s+came\s+from\s+" + PersonName + @"|\bsomeone\s+(?:called|named)\s+" + PersonName, Options, MatchTimeoutMs)]
    private static partial Regex ContactCameFrom();

    [GeneratedRegex(@"\s+(?:ma'?am|ma’am|mam|madam|sir)$", Options, MatchTimeoutMs)]
    private static partial Regex HonorificAfter();

    /// <summary>"Sarah from HR called me", "tom from talent acquisition emailed": someone of the hiring side who brought the news.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])" + PersonName + @"\s+(?:from|in|at)\s+(?:the\s+)?(?:hr|human\s+resources|recruiting|recruitment|talent(?:\s+acquisition)?|people(?:\s+ops)?|hiring)(?:\s+team)?(?=[,]?\s+(?:just\s+|finally\s+)?(?:called|emailed|e-mailed|wrote|rang|phoned|said|told|messaged|texted|reached\s+out|got\s+back|let\s+me\s+know|sent)\b)", Options, MatchTimeoutMs)]
    private static partial Regex ContactOfATeam();

    /// <summary>"it was Dr. Amara Okafor who interviewed me", "Ms. Lee interviewed me": a capitalised name, a title or "who" make it a person.</summary>
    [GeneratedRegex(@"(?<name>(?:(?i:dr|mr|mrs|ms|mx|prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?i:who\s+(?:interviewed|called|emailed|rejected|wrote\s+to)\s+me)\b|(?<name>(?i:dr|mr|mrs|ms|mx|prof)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?i:interviewed\s+me)\b", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex ContactWho();

    /// <summary>"recruiter tom becker called today", "the hiring manager, Ana, emailed me".</summary>
    [GeneratedRegex(@"\b(?:recruiter|interviewer|hiring\s+manager|hr\s+(?:person|rep|manager)|talent\s+partner)[,]?\s+(?<name>(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)(?=[,]?\s+(?:called|emailed|e-mailed|wrote|rang|phoned|said|told|messaged|texted|reached\s+out|got\s+back|let\s+me\s+know|sent|interviewed)\b)|\b" + ContactRole + @"[,]?\s+" + PersonName + @"(?=[,]?\s+(?:called|emailed|e-mailed|wrote|rang|phoned|said|told|messaged|texted|reached|got|let|sent|interviewed|was|is|and|last|just|on|over|twice|again|but|about|who|never|didn'?t|hasn'?t|has|had|ghosted|stopped|went)\b|\s*[,.!?)]|\s*$)", Options, MatchTimeoutMs)]
    private static partial Regex ContactDid();

    /// <summary>"a decline letter for Margie Travel": whom the person is declining.</summary>
    [GeneratedRegex(@"\bdecline\s+(?:letter|email|e-mail|message|note|reply)\s+(?:for|to)\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyDeclined();

    /// <summary>"dr okafor", "Prof. Lee", "Ms Rivera": a title makes the next word a name, in any case.</summary>
    [GeneratedRegex(@"\b(?<name>(?i:dr|prof)\.?\s+[\p{L}'’-]{2,}(?:\s+\p{Lu}[\p{L}'’-]+)?|(?i:mr|mrs|ms|mx)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex ContactTitled();

    [GeneratedRegex(@"\bboth\s+(?:at\s+|from\s+)?(?<first>[\p{L}\d&][\p{L}\d&'’.-]*(?:[ ][\p{L}\d&][\p{L}\d&'’.-]*){0,2}?)\s+and\s+(?:at\s+|from\s+)?(?<second>[\p{L}\d&][\p{L}\d&'’.-]*(?:[ ][\p{L}\d&][\p{L}\d&'’.-]*){0,2}?)(?=[ ]*[,.!?;:]|[ ]*$|[ ]+(?:for|after|today|yesterday|this|last|on|in|within|rejected|turned|said)\b)", Options, MatchTimeoutMs)]
    private static partial Regex SeveralCompanies();

    [GeneratedRegex(@"\b(?:applied|applying|my\s+application|sent\s+(?:in\s+)?my\s+(?:cv|resume))\b", Options, MatchTimeoutMs)]
    private static partial Regex Applied();

    [GeneratedRegex(@"\b(?:because(?:\s+of)?|(?:bc|b/c|cuz|coz)(?:\s+of)?|due\s+to|feedback\s+(?:[\w()'’-]+\s+){0,8}?(?:was|said)(?:\s+that)?|(?:called|rang|phoned|emailed|wrote|messaged|texted)\s+(?:me\s+)?to\s+(?:say|tell\s+me)(?:\s+that)?|(?<!\b(?:i|we)\s+(?:\w+\s+)?)\b(?:said|says|saying|sayin|told\s+me|mentioned|explained)(?:\s+that)?|the\s+reason\s+(?:was|is|:)|reason:|they\s+went\s+with|went\s+with|they\s+(?:chose|picked|hired)|since\s+they)\s+(?<reason>[^.!?\n;]{3,300})", Options, MatchTimeoutMs)]
    private static partial Regex ReasonClause();

    [GeneratedRegex(@"^no(?:\s*[,.;:!]\s*|\s+(?=(?:and|once|twice|again|then|so|to\s+me|at\s+first)\b)|\s*$)", Options, MatchTimeoutMs)]
    private static partial Regex BareNo();

    /// <summary>What follows a bare "no" that is no reason: "once", "and pulled the offer", "again".</summary>
    [GeneratedRegex(@"^(?:and|once|twice|again|then|so|to\s+me|at\s+first)\b", Options, MatchTimeoutMs)]
    private static partial Regex NoThenMore();

    /// <summary>The words that give a cause: "because", "bc", "due to" (<see cref="OwnCause"/> reads the same words).</summary>
    /// <summary>Words a chat message opens a clause with, before a company in lower case ("anyway contoso rejected me").</summary>
    private const string ChatOpeners = @"so|and|but|well|today|yesterday|basically|ok|okay|hi|hey|anyway|anyways|honestly|btw|also|ugh|welp|um|umm|lol|yeah|yep|guess\s+what|long\s+story\s+short";

    private const string CauseWords = @"because|bc|b/c|cuz|coz|cause|since|due\s+to";

    [GeneratedRegex(@"^(?:" + CauseWords + @")\b", Options, MatchTimeoutMs)]
    private static partial Regex CauseConnector();

    /// <summary>The person asking for something, before a "because" that is their own: "i asked if they could do 34k", "asked for 1 more per hour".</summary>
    [GeneratedRegex(@"(?:\b(?:i|i'?ve|i’ve|i'?d|i’d)\s+(?:\w+\s+){0,2}?|^\W*|[,;]\s*)(?:asked|requested|countered|wanted|negotiated|pushed|proposed)\b", Options, MatchTimeoutMs)]
    private static partial Regex PersonAsked();

    [GeneratedRegex(@"^(?<who>they|she|he|it)(?:'d|’d|\s+had)\s+[""“]?(?=\w+ed\b|found\b|chosen\b|gone\b|given\b|taken\b|made\b|hired\b)", Options, MatchTimeoutMs)]
    private static partial Regex TheyHad();

    [GeneratedRegex(@"\b\w*scr\w*ning\s+call|\bphone\s+(?:screen\w*|interview\w*)|\b(?:intro|first|recruiter|hr)\s+call\b", Options, MatchTimeoutMs)]
    private static partial Regex StageCalls();

    [GeneratedRegex(@"\b(?:background|reference|criminal|credit)\s+(?:check|screening)s?\b|\bhiring\s+freeze\b|\binternal\s+(?:candidate|hire|applicant)s?\b|\bfilled\s+internally\b|\bsalary\s+expectations\b|(?<=\bover\s+(?:the\s+)?)(?:salary|pay|compensation)\b|\bbudget(?:\s+(?:cuts?|freeze))?\b|\bvisa\s+sponsorship\b|\bsponsorship\b", Options, MatchTimeoutMs)]
    private static partial Regex KnownReason();

    [GeneratedRegex(@"\bi(?:\s+|'m\s+|’m\s+|\s+am\s+)(?:just\s+|finally\s+|have\s+|had\s+)?(?:declined|declining|turned\s+down|turning\s+down|rejected|said\s+no\s+to|passed\s+on|refused|(?:want|need|have|decided|plan|'d\s+like)\s+to\s+(?:decline|turn\s+down|say\s+no\s+to|reject|pass\s+on))\s+(?:the|their|an?|this|that|his|her|your|contoso's\s+)?\s*" + FewestWords.UpToThree + @"offer\b|\b(?:not|won't|will\s+not|don't|do\s+not)\s+(?:be\s+)?(?:going\s+to\s+)?accept(?:ing)?\s+(?:the|their|this|an?)\s+" + FewestWords.UpToTwo + @"offer\b|\baccepted\s+(?:another|a\s+different|a\s+better|an\s+other)\s+(?:\w+\s+)?offer\b", Options, MatchTimeoutMs)]
    private static partial Regex DeclinedOffer();

    /// <summary>"I got an offer from Fabrikam but I'm turning it down", "they offered me the role and I've decided to decline it".</summary>
    [GeneratedRegex(@"\boffer(?:ed)?\b[^.!?]{0,120}\b(?:but|and|so)\s+(?:i'?m|i’m|i\s+am|i'll|i\s+will|i've|i\s+have|i)\s+(?:going\s+to\s+|gonna\s+|planning\s+to\s+|want\s+to\s+|decided\s+to\s+|have\s+to\s+)?(?:turn(?:ing)?\s+it\s+down|declin(?:e|ing)|say(?:ing)?\s+no|pass(?:ing)?\s+on\s+it|not\s+(?:taking|accepting)\s+it|won't\s+(?:take|accept)\s+it)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferThenNo();

    /// <summary>"help me write the decline", "a decline letter".</summary>
    [GeneratedRegex(@"\b(?:write|draft|writing|drafting|word)\s+(?:the|a|my)\s+decline\b|\bdecline\s+(?:letter|email|e-mail|message|note)\b", Options, MatchTimeoutMs)]
    private static partial Regex DeclineLetter();

    [GeneratedRegex(@"\bghost(?:ed|ing)?\b|\bnever\s+(?:heard|got\s+(?:a\s+)?(?:reply|response|answer|anything)|replied|responded|answered|got\s+back)|\b(?:haven't|have\s+not|havent|hasn't|has\s+not|didn't|did\s+not|not)\s+(?:\w+\s+)?(?:heard|gotten|got)\s+(?:back|anything|a\s+(?:word|reply|response|thing))|\bno\s+(?:reply|response|answer|word|news|update)s?\b|\bheard\s+nothing\b|\bradio\s+silence\b|\bwent\s+(?:quiet|silent|dark)\b|\bstopped\s+(?:responding|replying|answering)\b|\bstill\s+waiting\b|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+)?(?:told|said|got\s+back|gotten\s+back|reached\s+out|responded|followed\s+up|been\s+in\s+touch|replied|answered|contacted|called|emailed|wrote)\b|\bhaven'?t\s+been\s+told\b|(?<!\bi\s+(?:still\s+|just\s+)?)\b(?:hasn'?t|hasn’t|has\s+not|haven'?t|haven’t|have\s+not)\s+(?:even\s+|yet\s+)?(?:replied|responded|answered|written\s+back|called\s+back|gotten\s+back|got\s+back|been\s+in\s+touch)\b|\bstill\s+no\s+(?:word|news|answer|reply|response)\b", Options, MatchTimeoutMs)]
    private static partial Regex Ghosted();

    [GeneratedRegex(@"\breject\w*|\b(?:got|was|been|were|get|getting)\s+declined\b|\bhired\s+(?:someone|somebody|another\s+(?:candidate|person|applicant))\b|\b(?:gave|given|giving|offered)\s+(?:the|my|this|that)\s+(?:role|job|position|place|spot|post)\s+to\s+(?:someone|somebody|another|an?\s+|the\s+other|a\s+current|an\s+internal)|(?<!\bi\s+(?:\w+\s+)?)\bdeclined\s+(?:me|my\s+(?:application|candidacy|cv|resume))\b|\bgot\s+(?:the|a)\s+no\b|\bit(?:'|’)?s\s+a\s+no\b|\bturned\s+(?:me\s+)?down\b|\bnot\s+(?:moving|move)\s+forward\b|\bdidn't\s+get\s+(?:it|the)\b|\bunsuccessful\b|\bnot\s+selected\b|\b(?:wasn'?t|wasn’t|weren'?t|weren’t)\s+(?:\w+\s+)?selected\b|\b(?:went|gone)\s+with\s+(?:someone|another|an?\s+)|\bsaid\s+no\b|\b(?:called|rang|phoned|emailed|e-mailed|wrote|messaged|texted)\s+(?:me\s+)?to\s+say\s+no\b|\btold\s+(?:me|us)\s+no\b|\bgave\s+(?:me|us)\s+(?:a|the)\s+no\b|\bthe\s+answer\s+(?:was|is)\s+(?:a\s+)?no\b|\bpassed\s+on\s+me\b|\brescind\w*|\bwithdr[ae]w\w*|\bpulled\s+(?:the|my)\s+offer\b|\blet\s+me\s+go\b|\b(?:i\s+)?failed\s+(?:the|my|their|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:oa|test|assessment|interview|screen|round|case\s+study|take[\s-]?home|challenge)\b|\b(?:did\s+not|didn'?t|didn’t|didnt)\s+pass\s+(?:the|my|their|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:oa|test|assessment|interview|screen|round|exam|case\s+study|challenge)\b|\b(?:cannot|can'?t|can’t|cant|could\s+not|couldn'?t|unable\s+to|will\s+not|won'?t)\s+(?:continue|proceed|progress|go\s+(?:forward|further))\s+with\s+(?:my|your|the)\s+(?:application|candidacy)\b", Options, MatchTimeoutMs)]
    private static partial Regex Rejected();

    [GeneratedRegex(@"\brescind\w*|\b(?:no\s+longer\s+able\s+to|unable\s+to|cannot|can'?t|not\s+able\s+to)\s+(?:proceed\s+with|honou?r|extend|continue\s+with|move\s+forward\s+with)\s+(?:your|the|this|my|our)\s+(?:\w+\s+){0,2}?offer\b|\b(?:withdr[ae]w\w*|revok\w*|retract\w*|pull\w*|took\s+back|taken\s+back)\s+(?:\w+\s+){0,3}?offer\b|\b(?:withdr[ae]w\w*|revok\w*|retract\w*)\w*\s+the\s+whole\s+thing\b|\boffer\s+(?:\w+\s+){0,4}?(?:withdrawn|revoked|retracted|pulled|taken\s+back)\b", Options, MatchTimeoutMs)]
    private static partial Regex OfferWithdrawn();

    /// <summary>"the recruiter at Adventure Works", "the hiring manager over at Northwind", "HR from Tailspin Toys": someone of the company, then the company.</summary>
    [GeneratedRegex(@"\b(?:(?:someone|somebody|a\s+(?:guy|woman|man|lady|person))\s+(?:from|at|in|on)\s+(?:the\s+)?)?(?:recruiters?|recruiting(?:\s+team)?|recruitment(?:\s+team)?|hiring\s+(?:manager|team)|hr(?:\s+(?:person|rep|team|manager|lady|guy|department))?|talent(?:\s+(?:team|partner|acquisition(?:\s+team)?))?|people\s+team|interviewers?|panel|manager|someone|somebody|people|a\s+(?:guy|woman|man|lady))\s+(?:over\s+|out\s+)?(?:at|from)\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyOfSomeone();

    /// <summary>
    /// A step after the application that never came: "didn't even get a call", "never got an interview",
    /// "without an interview", "rejected straight off my CV", "they didn't even look at my portfolio".
    /// "a call back" is not one: it is the answer that never came, after whatever stage.
    /// </summary>
    [GeneratedRegex(@"\b(?:didn'?t|didn’t|did\s+not|never|not|wasn'?t|wasn’t|was\s+not)\s+(?:even\s+|ever\s+)?(?:get|got|gotten|getting|land|landed|make\s+it\s+to|reach(?:ed)?|given|offered|invited\s+to|asked\s+(?:to|for)|get\s+invited\s+to|got\s+invited\s+to|get\s+to|got\s+to)\s+(?:as\s+far\s+as\s+)?(?:a|an|any|the|one|to)?\s*(?:single\s+|first\s+)?(?:(?:phone|screening|recruiter|intro|hr)\s+)?(?:call(?!\s*back)|screen(?:ing)?|interview(?:s|ed)?)\b|\bnever\s+(?:even\s+)?(?:got\s+to\s+)?interview(?:ed)?\b|\b(?:never|didn'?t|didn’t|did\s+not)\s+(?:even\s+)?(?:call(?:ed)?|invite(?:d)?|ask(?:ed)?|bring|brought|contact(?:ed)?|reach(?:ed)?\s+out\s+to)\s+(?:me\s+)?(?:back\s+)?(?:in\s+)?(?:for|to)\s+(?:a|an|any|the)?\s*(?:first\s+)?(?:interview|screen(?:ing)?|phone\s+screen|chat)\b|\b(?:without|before)\s+(?:even\s+|ever\s+)?(?:so\s+much\s+as\s+)?(?:a|an|any)?\s*(?:single\s+)?(?:(?:phone|screening|recruiter|intro|hr)\s+)?(?:call|screen(?:ing)?|interview(?:s|ing)?)\b|\b(?:straight|right|immediately|just)\s+(?:off|from|after|on|at)\s+(?:the\s+|my\s+)?(?:cv|resume|résumé|application|portfolio|cover\s+letter)\b|\b(?:didn'?t|didn’t|did\s+not|never)\s+(?:even\s+)?(?:look(?:ed)?\s+at|read|open(?:ed)?|review(?:ed)?|glance(?:d)?\s+at)\s+(?:my|the)\s+(?:cv|resume|résumé|application|portfolio|cover\s+letter|work)\b|\bno\s+interviews?\s+(?:at\s+all|even|or\s+anything)\b|\bno\s+interviews?\s*(?=[.,;!]|$)", Options, MatchTimeoutMs)]
    private static partial Regex StepNotReached();

    /// <summary>"I'm turning it down", "I've decided to decline it", "I'll say no to them": the person declines.</summary>
    [GeneratedRegex(@"\b(?:i'?m|i’m|i\s+am|i'll|i’ll|i\s+will|i've|i’ve|i\s+have|i'd|i’d|i)\s+(?:going\s+to\s+|gonna\s+|planning\s+to\s+|want\s+to\s+|decided\s+to\s+|have\s+to\s+|need\s+to\s+|like\s+to\s+|just\s+)?(?:turn(?:ing)?\s+(?:it|them|this|that)\s+down|declin(?:e|ing)\s+(?:it|them|this|that)\b|say(?:ing)?\s+no\s+to\s+(?:it|them|this|that)\b|pass(?:ing)?\s+on\s+(?:it|this|that)\b|not\s+(?:taking|accepting)\s+(?:it|this|that)\b)", Options, MatchTimeoutMs)]
    private static partial Regex DecliningIt();

    /// <summary>Where one clause of a message ends and the next begins.</summary>
    [GeneratedRegex(@"(?:[;!?\n]|,(?!\d{3}\b)|\.(?!\d))+\s*|\s+(?:and|but|so)\s+(?=i\b|i'|i’|ive\b|im\b|my\b)|\s+-\s+|\s+—\s+|\s+(?=(?:because|bc|cuz|cause|since)\s)|\s+(?=as\s+(?:it'?s|its|it’s|it\s+is|the|i|my)\b)", Options, MatchTimeoutMs)]
    private static partial Regex Clauses();

    /// <summary>A clause in the person's voice that can be why they are saying no: "I'm moving", "I accepted", "the pay is too low".</summary>
    [GeneratedRegex(@"^(?<connector>(?:(?:tbh|honestly|to\s+be\s+honest|basically|well)\s+)?(?:because|since|as|cause|cuz|bc)\s+|(?:tbh|honestly|to\s+be\s+honest|basically|well)\s+(?:i\s+(?:just\s+|recently\s+|only\s+)?(?:realised|realized|found\s+out|learned|learnt|noticed)\s+(?:that\s+)?)?|i\s+(?:just\s+|recently\s+|only\s+)?(?:realised|realized|found\s+out|learned|learnt|noticed)\s+(?:that\s+)?)?(?:i\s+(?:(?:have|'ve|’ve)\s+)?(?:already\s+|just\s+|recently\s+|since\s+|now\s+)?(?:accepted|taken|took|signed|committed)|i'?d\s+have\s+to\s+(?:commute|move|relocate|travel|drive|leave)|i(?:'ve|’ve|ve|\s+have)\s+(?:already\s+|just\s+|recently\s+|since\s+)?(?:accepted|taken|signed|committed)|i\s+(?:just\s+)?(?:don'?t|dont|do\s+not)\s+want|(?:i'?m|i’m|im|i\s+am)\s+(?:(?!not\b)\w+\s+)?(?:moving|relocating|staying|taking|joining|starting|pursuing|continuing|accepting|signing|going\s+with|going\s+(?:back|to\s+(?:do|study|start|take|join|stay|move|be)))|i\s+(?:want|need|have|would\s+rather|'d\s+rather|’d\s+rather)\s+to\s+(?:stay|be\s+(?:near|closer|with|home)|move|live|focus|finish|study|take|go|look\s+after|care)|i\s+got\s+(?:into|a\s+place|accepted|in\b|an?\s+(?:\w+\s+)?(?:offer|place|spot|role|job|position))|i\s+found\s+(?:another|something|a\s+(?:\w+\s+)?(?:job|role|position|place))|i(?:\s+have|'ve|’ve|ve)?\s+decided\s+to\s+(?:take|go|stay|accept|join)|(?<subject>(?:my|the)\s+[\p{L}'’]+)|it(?:'|’)?s\s+(?:a\s+)?(?:better|closer|more|less|further|farther)|it(?:'|’)?s\s+too)\b", Options, MatchTimeoutMs)]
    private static partial Regex OwnReasonStart();

    /// <summary>Clauses in the person's voice that are not a reason: the decline or the offer itself, a request, the story's facts.</summary>
    [GeneratedRegex(@"\b(?:is|was|are|were)\s+(?:fine|good|great|ok|okay|decent|amazing|lovely|nice|generous|perfect)\b|\b(?:going|go|went)\s+with\b|\b(?:say|mention|tell\s+them)\s+(?:that|this|it)\b|\b(?:contact|recruiter|name|hiring\s+manager|hm)\b|\boffer(?:ed)?\s+(?:me|from|for|with|at|to)\b|\b(?:got|been|was|were|get)\s+offered\b|\b(?:got|have|had|received|get|an|the|their|this|that)\s+(?:\w+\s+){0,2}offers?\b(?!\s+(?:closer|nearer|elsewhere|somewhere))|\b(?:turn(?:ing)?|declin\w*|say(?:ing)?\s+no|pass(?:ing)?\s+on)\b|\b(?:help|write|writing|draft|word|reply|respond|letter|email|e-mail|message|say\s+it|tell\s+them|how\s+to)\b|\b(?:reject\w*|ghost\w*|interview\w*|applied|round|heard|rescind\w*|withdr\w*|pulled)\b|\bit'?s\s+(?:from|for|with|at)\b|\bit’s\s+(?:from|for|with|at)\b", Options, MatchTimeoutMs)]
    private static partial Regex NotAnOwnReason();

    [GeneratedRegex(@"\b(?:didn'?t|didn’t|did\s+not|never|not|no|haven'?t|haven’t|have\s+not|still\s+no)\s+(?:even\s+)?(?:(?:get|got|gotten|receive|received|had)\s+)?(?:a|any|the)?\s*(?:call\s*backs?|calls?\s+back|call|phone\s+call)\b|\bnever\s+(?:called|phoned|rang)\b", Options, MatchTimeoutMs)]
    private static partial Regex NoCallBack();

    [GeneratedRegex(@"^(?:it\s+(?:was|is)|it'?s|it’s|that\s+was|this\s+is|the\s+company\s+(?:was|is))\s+", Options, MatchTimeoutMs)]
    private static partial Regex ListLeadIn();

    [GeneratedRegex(@"^(?:the|a|an|for|for\s+the|for\s+their)\s+|\s+(?:role|position|job|program|programme|thing|spot|opening)$", Options, MatchTimeoutMs)]
    private static partial Regex ListRoleNoun();

    /// <summary>"the recruiter", "hiring manager", "the creative director": someone the person dealt with, not the job they wanted.</summary>
    [GeneratedRegex(@"^(?:the\s+|my\s+|their\s+)?(?:[\p{L}]+\s+)?(?:recruiter|interviewer|hiring\s+manager|manager|director|talent\s+partner|hm|mgr)$", Options, MatchTimeoutMs)]
    private static partial Regex SomeoneThere();

    [GeneratedRegex(@"\((?<title>[^(),\n]{3,60})(?:,[^()\n]*)?\)", Options, MatchTimeoutMs)]
    private static partial Regex Bracketed();

    /// <summary>"I'm turning down Hearth &amp; Home Lettings": whom the person declines.</summary>
    [GeneratedRegex(@"\bturn(?:ing|ed)?\s+down\s+(?!(?:the|their|an?|this|that|my|it|them|offers?|other|another|\d+)\b)" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyTurnedDown();

    /// <summary>"need help declining an offer", "I want to decline my offer at GreenLoop": declining an offer, whoever says it.</summary>
    [GeneratedRegex(@"(?<!\b(?:they|she|he|it|company|employer|recruiter)\s+(?:\w+\s+)?)\b(?:declin(?:e|ing)|turn(?:ing)?\s+down|say(?:ing)?\s+no\s+to)\s+(?:an?|the|this|that|my|their|his|her)\s+(?:\w+\s+){0,2}?offer\b", Options, MatchTimeoutMs)]
    private static partial Regex DecliningAnOffer();

    [GeneratedRegex(@"\boffer(?:s|ed)?\b", Options, MatchTimeoutMs)]
    private static partial Regex AnOffer();

    /// <summary>The person declining, with or without the offer in the same clause: "I'm going to decline", "so i need to say no", "I'm turning down Hearth &amp; Home".</summary>
    [GeneratedRegex(@"\b(?:i|i'?m|i’m|im|i\s+am|i'll|i’ll|i've|i’ve|i'd|i’d)\s+(?:(?!was\b|got\b|been\b|being\b|get\b|they\b)\w+\s+){0,3}?(?:declin(?:e|ing)|turn(?:ing)?\s+(?:\w+\s+){0,4}?down|say(?:ing)?\s+no|reject(?:ing)?(?=\s+(?:the|their|this|that|it|them|\p{Lu})))\b|\b(?:already|just)\s+accepted\s+(?:one|another(?:\s+one)?|a\s+different\s+one)\b|\bi\s+(?:need|have|want|am\s+going|'m\s+going|’m\s+going)\s+to\s+(?:\w+\s+){1,5}?and\s+(?:turn\s+(?:\w+\s+){0,3}?down|decline|say\s+no)\b", Options, MatchTimeoutMs)]
    private static partial Regex IDecline();

    /// <summary>
    /// No answer yet, said more softly than being ghosted: checked only when no rejection was said. Time gone by since the
    /// last step ("That was 12 days ago", "It's now 5 weeks") with no news said after it is a wait.
    /// </summary>
    [GeneratedRegex(@"\b(?:that|this)\s+was\s+(?:over\s+|about\s+|almost\s+|nearly\s+|like\s+|already\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|months?)\s+ago\b|\b(?:it'?s|it’s|its)\s+(?:now|already)\s+(?:over\s+|about\s+|almost\s+|nearly\s+|like\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|months?)\b|\bwaiting\b|\b(?:it'?s|it’s|its|it\s+has)\s+(?:only\s+|now\s+|already\s+|just\s+)?been\s+(?:over\s+|about\s+|almost\s+|nearly\s+|like\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|months?)\b|\bnothing\s+(?:yet|since)\b|\b(?:haven'?t|havent|haven’t|have\s+not|hasn'?t|has\s+not)\s+heard\s+(?:since|yet|anything|a\s+thing)\b|\bno\s+news\s+yet\b", Options, MatchTimeoutMs)]
    private static partial Regex Waiting();

    /// <summary>
    /// The person asked for more after an offer: "I asked if they could do 34k", "i countered 18". "I asked if it was a
    /// deferral" asks what happened, nothing of the offer's terms.
    /// </summary>
    [GeneratedRegex(@"\bi\s+(?:\w+\s+)?(?:asked|countered|requested|pushed|negotiated|tried\s+to\s+negotiate)\b(?!\s+(?:if|whether)\s+(?:it|this|that)\s+(?:was|is|were)\b)", Options, MatchTimeoutMs)]
    private static partial Regex IAskedForMore();

    /// <summary>The employer would not move: "said the salary is fixed", "16 is the max", "wouldn't budge".</summary>
    [GeneratedRegex(@"\b(?:said\s+no|can'?t|cannot|can’t|cant|won'?t|won’t|wont|wouldn'?t|wouldnt|couldn'?t|could\s+not|would\s+not|will\s+not|unable|not\s+able|non[\s-]?negotiable|not\s+negotiable|(?:is|was)\s+fixed|the\s+max(?:imum)?|don'?t\s+match|do\s+not\s+match|budge|stands)\b", Options, MatchTimeoutMs)]
    private static partial Regex TheyWouldNotMove();

    /// <summary>Where the work is done ("fully on site only", "on-site 5 days"), not the onsite round.</summary>
    [GeneratedRegex(@"\b(?:fully|work(?:ing)?|be|100%|days?)\s+on[\s-]?site\b|\bon[\s-]?site\s+(?:only|days?|work(?:ing)?|full[\s-]?time|\d)", Options, MatchTimeoutMs)]
    private static partial Regex WorkOnSite();

    [GeneratedRegex(@"\boa\b", Options, MatchTimeoutMs)]
    private static partial Regex OnlineAssessment();

    /// <summary>A word a letter from "final" before a round or interview ("fnal round", "finl interview").</summary>
    [GeneratedRegex(@"\bf[a-z]{2,5}(?=\s+(?:round|interview\w*|intervew\w*|stage)\b)", Options, MatchTimeoutMs)]
    private static partial Regex FinalMisspelt();

    /// <summary>"just got this", "just messaged me", "the portal just changed": news that has only now come.</summary>
    [GeneratedRegex(@"\bjust\s+(?:got|received|heard|found\s+out|messaged|emailed|called|rang|changed|updated|came|now)\b", Options, MatchTimeoutMs)]
    private static partial Regex JustCame();

    /// <summary>"more experience", "more wet lab experience", "more relevant experience".</summary>
    [GeneratedRegex(@"\bmore\s+(?:[\p{L}-]+\s+){0,2}?experience\b(?:\s+(?:in|with)\s+(?:the\s+|a\s+|an\s+)?(?!(?:interview|round|stage|process|final|first|second|call|screen)\b)[\p{L}-]+(?:\s+(?:sector|industry|field|space|market|work|roles?))?)?", Options, MatchTimeoutMs)]
    private static partial Regex MoreExperience();

    /// <summary>"I have more experience than the person they hired": the person's comparison, not the employer's reason.</summary>
    [GeneratedRegex(@"\b(?:i|i'?ve|i’ve)\s+(?:have\s+|had\s+|got\s+)?(?:way\s+|much\s+|a\s+lot\s+|so\s+much\s+)?more\s+(?:[\p{L}-]+\s+){0,2}?experience\s+than\b", Options, MatchTimeoutMs)]
    private static partial Regex IComparedMyself();

    [GeneratedRegex(@"\b(?:looking\s+for|want(?:s|ed)?|need(?:s|ed)?|prefer(?:s|red)?)\b[^.!?]*$", Options, MatchTimeoutMs)]
    private static partial Regex TheyWanted();

    /// <summary>What someone said they would do, or when: "she'd call monday", "they'll decide by Friday", "about 2 weeks".</summary>
    [GeneratedRegex(@"^\s*[""“]?\s*(?:(?:they|she|he|i|we|it)(?:(?:'?d|’d)(?!\s+[""“]?(?:\w+ed|found|chosen|gone|given|taken|made|hired|picked|been)\b)|'?ll|’ll|\s+would|\s+will|\s+should|\s+could|\s+might)\b|(?:by|within|in|about|around|early|next|to)\b|i\s+(?:would|will|should)\b|(?:\d+|an?|one|two|three|a\s+few|few|a\s+couple(?:\s+of)?)\s+(?:more\s+)?(?:days?|weeks?|wks?|months?|business\s+days?)(?:\s+(?:max|tops|at\s+most|or\s+so|at\s+the\s+latest))?(?:\s+to\s+(?:hear|decide|get\s+back|reply|respond)(?:\s+back)?)?\s*[.!""”]?\s*$)", Options, MatchTimeoutMs)]
    private static partial Regex Promise();

    [GeneratedRegex(@"^\s*[""“](?<words>[^""“”]{3,200})[""”]", Options, MatchTimeoutMs)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\W*(?:i|i'?m|i’m|i'?ve|i’ve|i'?d|i’d|my|we\s+talked|so\s+i)\b", Options, MatchTimeoutMs)]
    private static partial Regex InOwnVoice();

    [GeneratedRegex(@"\b(?:due\s+to|because\s+of|because)\s+|^\s*since\s+(?=i\b|my\b|the\b)", Options, MatchTimeoutMs)]
    private static partial Regex Cause();

    /// <summary>Where a reason's clause goes on to the role, the stage or the news: "for the barista role", "after my interview", "by email today".</summary>
    [GeneratedRegex(@"\s+(?:and|but|so|then)\s+(?:if|i|they'?ll|they’ll|they\s+will|also|then|now|we)\b|\s+(?:and|but|so)\s+(?:they|they'?re|they’re|she|he|my)\b|,\s*(?:even\s+)?(?:tho|though|although|despite)\b|,\s*(?:and|but|so|then|which)\b|,\s*(?:we|they|it)\s+(?:are|were|have|had|will|would|can|could|must|need|regret|decided)\b|\s+(?:lol|lmao|tbh|ugh|idk)\b|\s+(?:for\s+(?:the|a|an|my|this|that)\s+(?:[\p{L}-]+\s+){0,5}?(?:role|position|job|internship|opening|post)\b|after\s+(?:my|the|our|a|an|two|three|several|both)\b|(?:by|via|over)\s+(?:e-?mail|phone|the\s+phone|text)\b|(?:yesterday|today|tonight)\b|this\s+(?:morning|afternoon|evening|week)\b|last\s+(?:night|week)\b)", Options, MatchTimeoutMs)]
    private static partial Regex ReasonRunsOn();

    /// <summary>"... and I need to stay near home": a reason's consequence in the person's voice, which goes with it.</summary>
    [GeneratedRegex(@"\G\s+and\s+(?:i\s+(?:need|have|want|can'?t|cannot|would\s+rather|would\s+have|found|will|can|get|literally)|i'?ll|i’ll|i'?d|i’d)\b[^,.;!?\n]{3,80}", Options, MatchTimeoutMs)]
    private static partial Regex ReasonGoesOn();

    /// <summary>"prob", "maybe", "i think it was": what comes next is the person's guess.</summary>
    [GeneratedRegex(@"\b(?:prob|probs|probably|prolly|maybe|perhaps|possibly|i\s+think|i\s+guess|i\s+bet|i\s+assume|i\s+suspect|i\s+reckon|i\s+feel\s+like|must\s+(?:have\s+been|be))\b[^.!?\n]{0,20}$", Options, MatchTimeoutMs)]
    private static partial Regex OwnGuess();

    /// <summary>
    /// Someone else's news, to the end of its clause: "my friend got rejected from X yesterday", "my roommate
    /// got in tho". A clause that goes on to the person ("... but I heard nothing") keeps that part.
    /// </summary>
    [GeneratedRegex(@"\b(?:my|a|our|his|her)\s+(?:best\s+|close\s+)?(?:friends?|room\s*mates?|flat\s*mates?|house\s*mates?|class\s*mates?|course\s*mates?|mates?|brother|sister|cousin|bf|gf|boyfriend|girlfriend|friend\s+of\s+mine)\b(?=[^.!?\n;]*?\b(?:reject\w*|turned\s+down|ghosted|got\s+in|got\s+through|got\s+(?:an?\s+)?offers?|got\s+the\s+(?:job|role|offer|place)|heard\s+back|a\s+no|didn'?t\s+get|not\s+selected|rescind\w*)\b)(?:\s+\w+){0,2}?\s+(?:also\s+|just\s+|even\s+|both\s+)?(?:got|was|were|has\s+been|had\s+been|is|had|heard|did|didn't|didnt|went)\b[^.!?\n;]*?(?=\s+(?:but|and|while|whereas|so)\s+(?:i|i'm|im|i’m|my|me)\b|[.!?\n;]|$)", Options, MatchTimeoutMs)]
    private static partial Regex OthersNews();

    /// <summary>News that has not come: "in case it's a no", "if they reject me", "what if i get rejected".</summary>
    [GeneratedRegex(@"\b(?:in\s+case|incase|if|what\s+if|whether|before|until|till)\s+(?:it'?s|its|it’s|it\s+is|it\s+turns\s+out\s+(?:to\s+be\s+)?|they|i|i'?m|i’m|im)\s+(?:\w+\s+){0,3}?(?:a\s+no|no|reject\w*|turn\w*\s+(?:me\s+)?down|not\s+selected|ghost\w*|don'?t\s+get\s+it)\b", Options, MatchTimeoutMs)]
    private static partial Regex NotYetNews();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", Options, MatchTimeoutMs)]
    private static partial Regex Sentence();

    /// <summary>"failed the coding test for kestrel robotics", "did the HireVue for Bluebird": a test is set by the company.</summary>
    [GeneratedRegex(@"\b(?:oa|online\s+(?:assessment|test)|(?:coding|aptitude|psychometric|numerical|video)\s+(?:test|interview|challenge)|assessment|hirevue|take[\s-]?home|case\s+study)\s+(?:for|from|with)\s+(?!(?:the|a|an|my|their|this|that|his|her|it|them)\b)" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyTestFor();

    /// <summary>"I asked Wrenley Foods for more money", "I need to write to Wrenfield": a capitalised name the person asked or writes to.</summary>
    [GeneratedRegex(@"\b(?:asked|emailed|messaged|contacted|negotiated\s+with|(?:write|writing|wrote|reply|replying|respond|responding)\s+(?:back\s+)?to)\s+(?=\p{Lu})(?-i:(?!(?:I|The|My|Their|Them|Him|Her|HR|Recruiter|Recruiting)\b))" + NameWords + @"(?=\s+(?:for|to|if|about|whether|and|but|so)\b|\s*[,.!?;]|\s*$)", Options, MatchTimeoutMs)]
    private static partial Regex CompanyAskedOrWrittenTo();

    /// <summary>A name in capitals, two to four words: "Halcyon Media", "Elm Street Advisory".</summary>
    [GeneratedRegex(@"(?-i:\p{Lu}[\p{L}\d'’&-]*(?:[ ](?:&[ ])?\p{Lu}[\p{L}\d'’&-]*){1,3})", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex CapitalisedName();

    /// <summary>A sentence or list item that is only a title: ". web dev intern.", ", it was for swe intern", ". Backend engineering intern btw.".</summary>
    [GeneratedRegex(@"(?:^|[.!?,;:]\s+|\n)(?:(?:it\s+was|it'?s|its|was)\s+)?(?:for\s+)?(?:the\s+|an?\s+)?(?<title>(?!(?:i|i'm|im|my|they|we|she|he|it|and|but|so)\b)[\p{L}&/-]+(?:\s+[\p{L}&/-]+){0,4}?\s+(?:intern|internship|trainee|co-?op|apprentice|apprenticeship|placement|graduate|grad))(?=(?:\s+(?:btw|fyi|lol|tbh|by\s+the\s+way))?\s*(?:[.!?,;]|$|\n))", Options, MatchTimeoutMs)]
    private static partial Regex TitleAlone();

    /// <summary>"waiting on Northwind", "still waiting for Contoso to reply".</summary>
    [GeneratedRegex(@"\bwaiting\s+(?:on|for)\s+" + NameWords + NameEnd, Options, MatchTimeoutMs)]
    private static partial Regex CompanyWaitedOn();

    /// <summary>"They rescinded my offer. It was Contoso, for Junior Analyst.": a sentence that names the company, then the role.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)it\s+was\s+" + NameWords + @"(?=\s*,?\s+for\b)", Options, MatchTimeoutMs)]
    private static partial Regex CompanyItWas();

    /// <summary>A step just before a length of time ("applied two weeks ago", "the interview was a month ago", "had the assessment centre last thursday"): the time is the step's.</summary>
    [GeneratedRegex(@"\b(?:appl(?:ied|ying|ication)|interview(?:ed|s)?|screen(?:ed|ing)?|round|onsite|on-site|final|met|spoke|talked|call|assessment\s+(?:centre|center|day)|superday)\b[^.!?,;]*$", Options, MatchTimeoutMs)]
    private static partial Regex StepJustBefore();
}
