using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.Dialogs;
using CoachBot.Organizations;
using CoachBot.Safety;

namespace CoachBot.Coaching;

/// <summary>
/// What happened: company, role, how far they got, how and when they heard, any reason given, and who
/// they dealt with. Every message is read for every detail it holds (a story, a pasted e-mail, an answer
/// that says more than was asked), only what is still missing is asked, and an answer that cannot be a
/// name is asked about once more rather than kept. It ends with a summary the person confirms or corrects.
/// </summary>
public sealed partial class IntakeDialog : ComponentDialog
{
    public const string CompanyOrEmailPrompt = "Which company was it? If you have the rejection e-mail, you can paste the whole thing instead.";
    public const string CompanyPrompt = "Which company was it?";
    public const string RolePrompt = "What was the role?";
    public const string StagePrompt = "How far did you get in the process?";
    public const string HeardViaPrompt = "How did you hear?";
    public const string HeardWhenPrompt = "When did you hear?";
    public const string LastHeardWhenPrompt = "When did you last hear from them?";
    /// <summary>{0}: how choices are made on the channel ("choose", "type").</summary>
    public const string ReasonPromptFormat = "Did they give a reason? Tell me in a few words, or {0} \"No reason given\".";
    /// <summary>The reason question where choices are chosen (most channels).</summary>
    public const string ReasonPrompt = "Did they give a reason? Tell me in a few words, or choose \"No reason given\".";
    public const string DeclineReasonPrompt = "Would you like the reply to mention why you're declining? A brief, honest reason is optional: tell me in a few words if you want one.";
    public const string ContactPrompt = "Do you know the name of your interviewer or recruiter? It makes the reply more personal.";
    public const string NoReason = "No reason given";
    public const string KeepItSimple = "Keep it simple";
    public const string SkipContact = "Skip";
    public const string RatherNotSay = "I'd rather not say";
    public const string EmailRead = "Thanks, I've read it.";
    public const string CompanyAgainPrompt = "Sorry, I meant just the company's name, like \"Contoso\". If you'd rather not say, that's fine too.";
    /// <summary>{0}: the name an answer seemed to give in lower case ("Fabrikam").</summary>
    public const string CompanyGuessFormat = "Did you mean \"{0}\"? If so, tap it; if not, type the company's name as it's written, like \"Contoso\".";
    public const string RoleAgainPrompt = "Just the job title is perfect, like \"Data Analyst\". If you'd rather not say, that's fine too.";
    /// <summary>{0}: the role spelled as CoachBot thinks it was meant ("Marketing Coordinator").</summary>
    public const string RoleSpellingPromptFormat = "Just so I spell it right in your reply: did you mean \"{0}\"?";
    /// <summary>{0}: the role as typed, when it is close to more than one title word.</summary>
    public const string RoleSpellItPromptFormat = "I want to spell the job title right in your reply. How is \"{0}\" spelled?";
    public const string RoleSpellItAgainPrompt = "How is the job title spelled? Type it as it should appear in your reply.";
    public const string YesSpelling = "Yes";
    public const string NoSpelling = "No";
    public const string ContactAgainPrompt = "Just their name is perfect, like \"Tom\" or \"Dr. Okafor\". Or skip it.";
    public const string ChoiceAgainLead = "Sorry, I didn't catch that.";
    public const string SummaryIntro = "Here's what I understood:";
    public const string SummaryPrompt = "Did I get that right?";
    public const string LooksRight = "Looks right";
    public const string ChangeSomething = "Change something";
    public const string ChangePrompt = "What should I change? Say it in plain words, like \"the role was Data Engineer\" or \"it was the final round\".";
    public const string NothingChanged = "I couldn't tell what to change, so here it is again.";
    /// <summary>{0}: how choices are made on the channel ("choose", "type").</summary>
    public const string SummaryHintFormat = "If that's right, {0} \"Looks right\". If not, tell me what to change, like \"the role was Data Engineer\".";

    private const int MaxReasonChars = 300;
    private const int MaxNoReasonWords = 4;
    private const string AskWaterfall = "ask";
    private const string SummaryWaterfall = "summary";

    private static readonly List<Choice> SummaryChoices =
    [
        new() { Value = LooksRight, Synonyms = ["yes", "yep", "yeah", "correct", "right", "looks good", "thats right", "all good", "perfect", "good", "ok", "okay", "sure"] },
        new() { Value = ChangeSomething, Synonyms = ["no", "change", "edit", "fix", "wrong", "not quite", "nope"] },
    ];

    private static readonly List<Choice> SpellingChoices =
    [
        new() { Value = YesSpelling, Synonyms = ["yes", "yep", "yeah", "correct", "right", "thats right", "thats it", "exactly", "yes please", "sure"] },
        new() { Value = NoSpelling, Synonyms = ["no", "nope", "not quite", "wrong", "neither"] },
    ];

    private readonly IMessageReader reader;
    private readonly OrganizationDirectory organizations;

    public IntakeDialog(IMessageReader reader, OrganizationDirectory organizations) : base(nameof(IntakeDialog))
    {
        this.reader = reader;
        this.organizations = organizations;
        AddDialog(new WaterfallDialog<RejectionCase>("intake",
        [
            ReadOpeningAsync,
        ]));
        AddDialog(new WaterfallDialog<RejectionCase>(AskWaterfall,
        [
            AskNextAsync,
            ReadAnswerAsync,
        ]));
        AddDialog(new WaterfallDialog<RejectionCase>(SummaryWaterfall,
        [
            ShowSummaryAsync,
            ReadSummaryAnswerAsync,
            ReadChangeAsync,
        ]));
        AddDialog(new TextPrompt("text"));
    }

    /// <summary>The message that started the coaching may already tell the story, or be the pasted e-mail.</summary>
    private async Task<DialogTurnResult> ReadOpeningAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var text = step.Turn.Text;
        if (step.Turn.Activity.Type == Conversations.Activities.ActivityTypes.Message && text.Length > 0 && Command.Match(text) == CommandKind.None)
        {
            var details = await reader.ReadAsync(text, ct);
            TakeOpening(step.Values, text, details);
            await AcknowledgeEmailAsync(step, text, ct);
            await AcknowledgeRightsQuestionAsync(step, text, ct);
        }

        return await step.ReplaceDialogAsync(AskWaterfall, step.Values, ct);
    }

    private static Task<DialogTurnResult> AskNextAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        if (CaseDetails.Next(rejection) is not { } next)
        {
            return rejection.DetailsConfirmed
                ? step.EndDialogAsync(rejection, ct)
                : step.ReplaceDialogAsync(SummaryWaterfall, rejection, ct);
        }

        var again = rejection.AskedAgain == next;
        var prompt = again ? rejection.AskAgainText ?? AgainPrompt(next, rejection, step.Turn.ChoiceVerb) : Prompt(next, rejection, step.Turn.ChoiceVerb);
        return step.PromptAsync("text", new PromptOptions { Prompt = prompt, Choices = Buttons(next, rejection, again) }, ct);
    }

    private async Task<DialogTurnResult> ReadAnswerAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var rejection = step.Values;
        var asked = CaseDetails.Next(rejection);
        if (step.Result is string answer)
        {
            var details = IsTapped(rejection, asked, answer) ? null : await reader.ReadAsync(answer, ct);
            TakeAnswer(rejection, asked, answer, details);
            if (details is not null)
            {
                await AcknowledgeEmailAsync(step, answer, ct);
                await AcknowledgeRightsQuestionAsync(step, answer, ct);
            }
        }

        return await step.ReplaceDialogAsync(AskWaterfall, rejection, ct);
    }

    /// <summary>The message that started the coaching, read (<paramref name="details"/>) into the case.</summary>
    public static void TakeOpening(RejectionCase rejection, string text, MessageDetails details) =>
        TakeDetails(rejection, text, details, replace: false, asked: null);

    /// <summary>
    /// An answer to the question <paramref name="asked"/>, with every other detail it told (<paramref name="details"/>,
    /// null for a tapped button), into the case: the step the dialog takes, kept apart so the reading bench
    /// (bench/CoachBot.ReadingBench) measures exactly what the bot does with a second message.
    /// </summary>
    public static void TakeAnswer(RejectionCase rejection, CaseDetail? asked, string answer, MessageDetails? details)
    {
        // The reason question is answered in the person's own words, kept as they wrote them when they
        // are a reason (FieldShape.IsReason), and answered once whatever else the message says.
        var reasonAsked = asked == CaseDetail.Reason;
        if (reasonAsked)
        {
            Answer(rejection, CaseDetail.Reason, answer);
        }

        // A message that told other details (a story, an e-mail) is not a failed answer: the question is
        // simply asked.
        var toldOther = details is not null && TakeDetails(rejection, answer, details, replace: CaseDetails.IsCorrection(answer), asked);
        if (asked is { } detail && !reasonAsked && CaseDetails.Next(rejection) == detail && !toldOther)
        {
            Answer(rejection, detail, answer);
        }
    }

    /// <summary>A tapped button (or its label typed) says only what it says, so it is not read for more.</summary>
    public static bool IsTapped(RejectionCase rejection, CaseDetail? asked, string answer) =>
        asked is { } shown && IsButton(answer, Buttons(shown, rejection, rejection.AskedAgain == shown));

    /// <summary>Puts every detail the message holds into the case.</summary>
    /// <returns>Whether the message changed the case, or was an e-mail.</returns>
    private static bool TakeDetails(RejectionCase rejection, string text, MessageDetails details, bool replace, CaseDetail? asked)
    {
        if (asked == CaseDetail.Contact && details.ContactName is not null)
        {
            // "the recruiter was Priya Shah" answers who the contact was, and nothing more: the facts
            // already given stand, whatever else a reader made of the words.
            details = new MessageDetails { ContactName = details.ContactName };
        }

        var changed = CaseDetails.Merge(rejection, details, replace);
        var email = RejectionEmailExtractor.LooksLikeRejectionEmail(text);
        if (!email)
        {
            // How they feel, said in the story, is not asked again (an e-mail's "we are disappointed" is not theirs).
            rejection.Feeling ??= FeelingInOwnWords.SaidInStory(text);
        }

        return changed || email;
    }

    /// <summary>A pasted e-mail is acknowledged with what was found.</summary>
    private static async Task AcknowledgeEmailAsync(WaterfallStepContext<RejectionCase> step, string text, CancellationToken ct)
    {
        if (RejectionEmailExtractor.LooksLikeRejectionEmail(text))
        {
            await step.Turn.SendAsync($"{EmailRead} {EmailSummary(step.Values)}", ct);
        }
    }

    /// <summary>
    /// "is that even allowed??" inside a story: said once, where it was asked, with the scope guard's own words
    /// on legal questions (CoachBot is no lawyer; who can say what applies), and the intake goes on.
    /// </summary>
    private async Task AcknowledgeRightsQuestionAsync(WaterfallStepContext<RejectionCase> step, string text, CancellationToken ct)
    {
        if (ScopeGuard.AsksWhetherAllowed(text))
        {
            await step.Turn.SendAsync(ScopeGuard.Answer(OutOfScope.Legal, organizations.For(step.Turn.Reference)), ct);
        }
    }

    /// <summary>The answer taken as the detail that was asked, if it can be one; else asked once more, then let go.</summary>
    private static void Answer(RejectionCase rejection, CaseDetail asked, string answer)
    {
        switch (asked)
        {
            case CaseDetail.Company:
                var company = AnswerCheck.Company(answer);
                // "it was fabrikam, applied online": a name in lower case may be an ordinary word, so it is not kept, but the
                // second time it is offered to tap rather than asked for in the same words.
                if (company.Kind == AnswerKind.Unclear && rejection.AskedAgain != asked && AnswerCheck.CompanyInLowerCase(answer) is { } guess)
                {
                    rejection.AskedAgain = asked;
                    rejection.AskAgainText = string.Format(System.Globalization.CultureInfo.InvariantCulture, CompanyGuessFormat, guess);
                    rejection.AskAgainGuess = guess;
                    break;
                }

                TakeName(rejection, asked, company, value => rejection.Company = value);
                break;
            case CaseDetail.Role:
                TakeName(rejection, asked, AnswerCheck.Role(answer), value => rejection.Role = value);
                break;
            case CaseDetail.RoleSpelling:
                TakeSpelling(rejection, answer);
                break;
            case CaseDetail.Contact:
                var contact = AnswerCheck.Contact(answer);
                if (contact.Kind == AnswerKind.NotKnown || IsSkip(answer))
                {
                    rejection.MarkNotGiven(asked);
                    break;
                }

                TakeName(rejection, asked, contact, value => rejection.ContactName = value);
                break;
            case CaseDetail.Stage:
                TakeChoice(rejection, asked, answer, Choices.Stages, value => rejection.Stage = value);
                break;
            case CaseDetail.HeardVia:
                TakeChoice(rejection, asked, answer, Choices.HeardVia, value => rejection.HeardVia = value);
                if (rejection.HeardVia == HeardVia.NoWord)
                {
                    rejection.Situation = Situation.Ghosted;
                }

                break;
            case CaseDetail.HeardWhen:
                TakeChoice(rejection, asked, answer, Choices.HeardWhen, value => rejection.HeardWhen = value);
                break;
            case CaseDetail.Reason:
                // "they said the role was filled" is kept as "the role was filled"; "no reason, they just pulled it
                // after i countered" says none was given (what happened is read from it as a detail, see TakeAnswer).
                var given = ReasonInBrief.FromAnswer(answer);
                // "Doubting myself" typed where a reason is asked: how they feel, kept as the feeling (so it is not asked
                // again), and the reason asked once more, saying so; never dropped without a word.
                if (FeelingInsteadOfReason(answer) is { } feeling && rejection.Situation != Situation.DeclinedOffer)
                {
                    rejection.Feeling ??= feeling;
                    AskAgainOrLetGo(rejection, asked, rejection.AskedAgain == asked ? null : ReasonAfterFeelingFor(feeling));
                    break;
                }

                if (given is null || SaysNoReason(answer) || AnswerCheck.IsNotKnown(answer) || AnswerCheck.IsRatherNotSay(answer) || ChoiceRecognizer.Normalize(given).Length == 0)
                {
                    rejection.MarkNotGiven(asked);
                    Settled(rejection);
                }
                else if (FieldShape.IsReason(given, declining: rejection.Situation == Situation.DeclinedOffer) && !ButtonLabels.Contains(answer))
                {
                    rejection.Reason = given.Length > MaxReasonChars ? given[..MaxReasonChars].TrimEnd() + "…" : given;
                    Settled(rejection);
                }
                else
                {
                    // Not the employer's reason (what the person did or feels): asked once more, never kept.
                    AskAgainOrLetGo(rejection, asked, null);
                }

                break;
        }
    }

    /// <summary>A feeling typed at the reason question: a feeling button's label or words that name exactly one ("gutted", "like a failure").</summary>
    /// <remarks>
    /// Short answers only, and only the hard feelings: "fine", "ok" and "not sure" (the relieved and something-else
    /// buttons' words) answer the reason question in other ways, and a sentence ("they said I wasn't good enough") is a reason.
    /// </remarks>
    private static Feeling? FeelingInsteadOfReason(string answer)
    {
        var normalized = ChoiceRecognizer.Normalize(answer);
        if (normalized.Length == 0 || normalized.Split(' ').Length > MaxFeelingWords || TheirWordsOpen().IsMatch(normalized))
        {
            return null;
        }

        var feeling = ChoiceRecognizer.Recognize(answer, FeelingButtons) is { } tapped ? Choices.Feelings[tapped.Index].Value : FeelingInOwnWords.KnownFeeling(answer);
        return feeling is Feeling.Disappointed or Feeling.Frustrated or Feeling.DoubtingMyself or Feeling.Angry ? feeling : null;
    }

    [GeneratedRegex(@"^(?:they|he|she|it|hr|said|because|due|the|my|i\s+was|i\s+wasnt|im\s+not)\b", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex TheirWordsOpen();

    private const int MaxFeelingWords = 4;
    private static readonly List<Choice> FeelingButtons = Choices.ToChoices(Choices.Feelings);

    /// <summary>The reason asked again after a feeling was given in its place: the feeling is heard first.</summary>
    private static string ReasonAfterFeelingFor(Feeling feeling) => feeling == Feeling.DoubtingMyself ? ReasonAfterDoubt : ReasonAfterFeeling;

    public const string ReasonAfterDoubt = "That's a hard feeling, and a no says less about you than it feels like right now. I'll keep it in mind. Did they give a reason for their decision? A few words, or \"No reason given\".";
    public const string ReasonAfterFeeling = "Thank you for telling me how it feels; I'll keep it in mind. Did they give a reason for their decision? A few words, or \"No reason given\".";

    private static void TakeName(RejectionCase rejection, CaseDetail asked, CheckedAnswer answer, Action<string> keep)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Usable:
                keep(answer.Value!);
                Settled(rejection);
                break;
            case AnswerKind.RatherNotSay:
                rejection.MarkNotGiven(asked);
                Settled(rejection);
                break;
            default:
                AskAgainOrLetGo(rejection, asked, null);
                break;
        }
    }

    /// <summary>
    /// "Yes" takes the spelling offered; "no" asks the person to spell it; a title typed is kept as they
    /// spelled it. A role still unclear after asking twice is left out, so no misspelling reaches a draft.
    /// </summary>
    private static void TakeSpelling(RejectionCase rejection, string answer)
    {
        var offered = rejection.AskedAgain != CaseDetail.RoleSpelling ? RoleSpelling.Doubt(rejection.Role)?.Suggested : null;
        switch (offered is null ? null : ChoiceRecognizer.Recognize(answer, SpellingChoices)?.Value)
        {
            case YesSpelling:
                rejection.Role = offered;
                rejection.RoleSpellingSettled = true;
                Settled(rejection);
                return;
            case NoSpelling:
                rejection.AskedAgain = CaseDetail.RoleSpelling;
                rejection.AskAgainText = RoleSpellItAgainPrompt;
                return;
        }

        var spelled = AnswerCheck.Role(answer);
        switch (spelled.Kind)
        {
            case AnswerKind.Usable:
                rejection.Role = spelled.Value;
                rejection.RoleSpellingSettled = true;
                Settled(rejection);
                return;
            case AnswerKind.RatherNotSay or AnswerKind.NotKnown:
                LeaveRoleOut(rejection);
                return;
            default:
                if (rejection.AskedAgain == CaseDetail.RoleSpelling)
                {
                    LeaveRoleOut(rejection);
                    return;
                }

                rejection.AskedAgain = CaseDetail.RoleSpelling;
                rejection.AskAgainText = RoleSpellItAgainPrompt;
                return;
        }
    }

    private static void LeaveRoleOut(RejectionCase rejection)
    {
        rejection.Role = null;
        rejection.MarkNotGiven(CaseDetail.Role);
        rejection.RoleSpellingSettled = true;
        Settled(rejection);
    }

    private static void TakeChoice<T>(RejectionCase rejection, CaseDetail asked, string answer, Option<T>[] options, Action<T> keep) where T : struct, Enum
    {
        var choices = Choices.ToChoices(options);
        if (ChoiceRecognizer.Recognize(answer, choices) is { } found)
        {
            keep(options[found.Index].Value);
            Settled(rejection);
            return;
        }

        if (AnswerCheck.IsNotKnown(answer) || AnswerCheck.IsRatherNotSay(answer))
        {
            rejection.MarkNotGiven(asked);
            Settled(rejection);
            return;
        }

        var named = ChoiceRecognizer.Ambiguous(answer, choices);
        AskAgainOrLetGo(rejection, asked, named.Count >= 2 ? ChoicePrompt.AskWhich(named.Select(index => choices[index].Value)) : null);
    }

    /// <summary>Asked once more in plain words; after a second answer that does not fit, the detail is left out.</summary>
    private static void AskAgainOrLetGo(RejectionCase rejection, CaseDetail asked, string? againText)
    {
        if (rejection.AskedAgain == asked)
        {
            rejection.MarkNotGiven(asked);
            Settled(rejection);
            return;
        }

        rejection.AskedAgain = asked;
        rejection.AskAgainText = againText;
    }

    private static void Settled(RejectionCase rejection)
    {
        rejection.AskedAgain = null;
        rejection.AskAgainText = null;
        rejection.AskAgainGuess = null;
    }

    // ----- Summary -----

    private static Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct) =>
        step.PromptAsync("text", new PromptOptions
        {
            Prompt = $"{SummaryIntro} {Summary(step.Values)} {SummaryPrompt}",
            Choices = [LooksRight, ChangeSomething],
        }, ct);

    private async Task<DialogTurnResult> ReadSummaryAnswerAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var answer = step.Result as string ?? string.Empty;
        var details = IsButton(answer, SummaryChoices) ? MessageDetails.None : await reader.ReadAsync(answer, ct);
        if (CaseDetails.HasAny(details) && CaseDetails.Merge(step.Values, details, replace: true))
        {
            return await step.ReplaceDialogAsync(AskWaterfall, step.Values, ct);
        }

        switch (ChoiceRecognizer.Recognize(answer, SummaryChoices)?.Value)
        {
            // "mostly right but the reason was …": a yes with a but is a change not yet read, so it is asked for.
            case ChangeSomething:
            case LooksRight when AnswerCheck.IsYesWithABut(answer):
                return await step.PromptAsync("text", new PromptOptions { Prompt = ChangePrompt }, ct);
            case LooksRight:
                step.Values.DetailsConfirmed = true;
                return await step.EndDialogAsync(step.Values, ct);
            default:
                // Neither a button nor a correction: the summary stands, asked once more, with how to answer it.
                await step.Turn.SendAsync(string.Format(CultureInfo.InvariantCulture, SummaryHintFormat, step.Turn.ChoiceVerb), ct);
                return await step.ReplaceDialogAsync(SummaryWaterfall, step.Values, ct);
        }
    }

    private async Task<DialogTurnResult> ReadChangeAsync(WaterfallStepContext<RejectionCase> step, CancellationToken ct)
    {
        var answer = step.Result as string ?? string.Empty;
        var details = await reader.ReadAsync(answer, ct);
        if (!CaseDetails.Merge(step.Values, details, replace: true))
        {
            await step.Turn.SendAsync(NothingChanged, ct);
        }

        return await step.ReplaceDialogAsync(AskWaterfall, step.Values, ct);
    }

    /// <summary>One short line of what CoachBot understood: "Contoso, Data Analyst, final round, heard by e-mail today, ..."</summary>
    public static string Summary(RejectionCase rejection)
    {
        // Only what has its field's shape is shown: the summary never echoes a sentence as a detail.
        var parts = new List<string>
        {
            FieldShape.IsCompany(rejection.Company) ? rejection.Company! : "company not given",
            FieldShape.IsRole(rejection.Role) ? rejection.Role! : "role not given",
        };
        switch (rejection.Situation)
        {
            case Situation.DeclinedOffer:
                parts.Add("you're declining their offer");
                break;
            case Situation.Ghosted:
                if (rejection.Stage is { } ghostedStage) parts.Add(Feelings.StageName(ghostedStage));
                parts.Add(rejection.HeardWhen is { } last ? $"last heard from them {When(last, rejection.HeardAgo)}" : "no word from them");
                break;
            default:
                if (rejection.Stage is { } stage) parts.Add(WhatHappened(stage));
                var via = rejection.HeardVia switch { HeardVia.Email => "by e-mail", HeardVia.Call => "by phone", _ => null };
                var when = rejection.HeardWhen is { } heard ? When(heard, rejection.HeardAgo) : null;
                if (via is not null || when is not null) parts.Add(string.Join(' ', new[] { "heard", via, when }.Where(part => part is not null)));
                break;
        }

        if (rejection.Reason is { } reason && FieldShape.IsReason(reason, rejection.Situation == Situation.DeclinedOffer)) parts.Add($"reason: \"{reason}\"");
        if (rejection.ContactName is { } contact && FieldShape.IsPerson(contact)) parts.Add($"contact: {contact}");
        if (rejection.FollowedUpAlready is { } followUp) parts.Add(FollowUpReading.Say(followUp));
        return string.Join(", ", parts) + ".";
    }

    /// <summary>
    /// The stage as the summary says it: for an offer that was withdrawn or talks that broke down, what was read
    /// happened ("they withdrew the offer"), not a stage name ("offer stage"), so a misreading is plain to correct.
    /// </summary>
    private static string WhatHappened(RejectionStage stage) => stage switch
    {
        RejectionStage.OfferRescinded => "they withdrew the offer",
        RejectionStage.NegotiationBrokeDown => "the offer talks broke down",
        _ => Feelings.StageName(stage),
    };

    /// <summary>When they heard, in the person's words while those still fit the time kept ("about three weeks ago"), else the button's.</summary>
    private static string When(HeardWhen when, TimeAgo? said) => ElapsedTime.SayAgo(said, when) ?? when switch
    {
        HeardWhen.Today => "today",
        HeardWhen.Yesterday => "yesterday",
        HeardWhen.ThisWeek => "earlier this week",
        _ => "a while ago",
    };

    // ----- Questions -----

    private static string Prompt(CaseDetail detail, RejectionCase rejection, string choiceVerb) => detail switch
    {
        CaseDetail.Company => NothingKnownYet(rejection) ? CompanyOrEmailPrompt : CompanyPrompt,
        CaseDetail.Role => RolePrompt,
        CaseDetail.Stage => StagePrompt,
        CaseDetail.HeardVia => HeardViaPrompt,
        CaseDetail.HeardWhen => rejection.HeardVia == HeardVia.NoWord ? LastHeardWhenPrompt : HeardWhenPrompt,
        CaseDetail.Reason => rejection.Situation == Situation.DeclinedOffer ? DeclineReasonPrompt : ReasonPromptFor(choiceVerb),
        CaseDetail.RoleSpelling => RoleSpelling.Doubt(rejection.Role)?.Suggested is { } suggested
            ? string.Format(CultureInfo.InvariantCulture, RoleSpellingPromptFormat, suggested)
            : string.Format(CultureInfo.InvariantCulture, RoleSpellItPromptFormat, rejection.Role),
        _ => ContactPrompt,
    };

    private static string AgainPrompt(CaseDetail detail, RejectionCase rejection, string choiceVerb) => detail switch
    {
        CaseDetail.Company => CompanyAgainPrompt,
        CaseDetail.Role => RoleAgainPrompt,
        CaseDetail.Contact => ContactAgainPrompt,
        CaseDetail.RoleSpelling => RoleSpellItAgainPrompt,
        _ => $"{ChoiceAgainLead} {Prompt(detail, rejection, choiceVerb)}",
    };

    public static string ReasonPromptFor(string choiceVerb) => string.Format(CultureInfo.InvariantCulture, ReasonPromptFormat, choiceVerb);

    private static List<Choice>? Buttons(CaseDetail detail, RejectionCase rejection, bool again) => detail switch
    {
        CaseDetail.Company when again && rejection.AskAgainGuess is { } guess => [new Choice { Value = guess }, RatherNotSay],
        CaseDetail.Company or CaseDetail.Role => again ? RatherNotSayButtons : null,
        CaseDetail.Stage => StageButtons,
        CaseDetail.HeardVia => HeardViaButtons,
        CaseDetail.HeardWhen => HeardWhenButtons,
        CaseDetail.Reason => rejection.Situation == Situation.DeclinedOffer ? KeepItSimpleButtons : NoReasonButtons,
        CaseDetail.RoleSpelling => again || RoleSpelling.Doubt(rejection.Role)?.Suggested is null ? RatherNotSayButtons : SpellingButtons,
        _ => SkipContactButtons,
    };

    // Built once: each answer is checked against the buttons its question offered.
    private static readonly List<Choice> StageButtons = Choices.ToChoices(Choices.Stages);
    private static readonly List<Choice> HeardViaButtons = Choices.ToChoices(Choices.HeardVia);
    private static readonly List<Choice> HeardWhenButtons = Choices.ToChoices(Choices.HeardWhen);
    private static readonly List<Choice> RatherNotSayButtons = [RatherNotSay];
    private static readonly List<Choice> KeepItSimpleButtons = [KeepItSimple];
    private static readonly List<Choice> NoReasonButtons = [NoReason];
    private static readonly List<Choice> SkipContactButtons = [SkipContact];
    private static readonly List<Choice> SpellingButtons = [YesSpelling, NoSpelling];

    private static bool IsButton(string answer, List<Choice>? buttons) =>
        buttons is not null && buttons.Exists(button => string.Equals(button.Value, answer.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool NothingKnownYet(RejectionCase rejection) =>
        rejection.Role is null && rejection.Stage is null && rejection.HeardVia is null && rejection.Situation is null && rejection.Reason is null && rejection.AskedAgain is null;

    /// <summary>Only a short answer ("nope", "they didn't say why") says none was given; "They didn't think I had enough SQL" is a reason.</summary>
    private static bool SaysNoReason(string text) =>
        ChoiceRecognizer.Normalize(text).Split(' ').Length <= MaxNoReasonWords
        && ChoiceRecognizer.Recognize(text, NoReasonChoices) is not null;

    private static readonly List<Choice> NoReasonChoices =
        [new Choice { Value = NoReason, Synonyms = ["no", "none", "nope", "no reason", "nothing", "they didn't", "not really", "n/a", KeepItSimple, "keep it simple", "no thanks", "simple"] }];

    private static bool IsSkip(string text) =>
        ChoiceRecognizer.Recognize(text, SkipChoices) is not null;

    private static readonly List<Choice> SkipChoices =
        [new Choice { Value = SkipContact, Synonyms = ["no", "nope", "don't know", "dont know", "not sure", "no idea", "n/a", "none"] }];

    /// <summary>What the e-mail told us, so the person can see what CoachBot understood.</summary>
    private static string EmailSummary(RejectionCase rejection)
    {
        var found = new List<string>();
        if (rejection.Company is { } company) found.Add($"company: {company}");
        if (rejection.Role is { } role) found.Add($"role: {role}");
        if (rejection.Stage is { } stage) found.Add($"stage: {Choices.LabelOf(Choices.Stages, stage).ToLowerInvariant()}");
        if (rejection.Reason is not null) found.Add("the reason they gave");
        if (rejection.ContactName is { } contact) found.Add($"sent by {contact}");
        return found.Count == 0
            ? "I couldn't pick out the details, so I'll ask a few quick questions."
            : $"I picked out {string.Join(", ", found)}. I'll only ask what's missing.";
    }
}
