using CoachBot.Coaching.Intake;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// Writes the reply from fixed phrases: deterministic, offline, and always available. The only claims
/// it makes about the person are the points they wrote themselves (<see cref="DraftStyle.OwnPoints"/>).
/// </summary>
/// <remarks>
/// A draft is a list of paragraphs: greeting, thanks, the goal's request, the person's own points,
/// a closing line (left out of short drafts) and the sign-off. Every phrase comes in three tones.
/// </remarks>
public sealed class BuiltInDrafter : IReplyDrafter
{
    private const string ParagraphBreak = "\n\n";

    public Task<string> DraftAsync(DraftRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Case);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        return Task.FromResult(Compose(request));
    }

    private static string Compose(DraftRequest request)
    {
        var facts = Facts.From(request);
        var paragraphs = new List<string>
        {
            Greeting(facts),
            Opening(facts),
            GoalParagraph(facts),
        };
        if (facts.OwnPoints.Count > 0)
        {
            paragraphs.Add(Said(facts, OwnPointsParagraph(facts)));
        }

        // The company is named at least once in the body, whichever wordings were chosen.
        if (facts.Company is { } company && !paragraphs.Skip(1).Any(paragraph => paragraph.Contains(company, StringComparison.OrdinalIgnoreCase))
            && (facts.Short || !CompanyClosings.Contains(ClosingPool(facts))))
        {
            paragraphs[2] = Join(paragraphs[2], Say(CompanyWishes, facts, Slot.Company, next: SignOffs[facts.Variant].For(facts.Tone)));
        }

        if (!facts.Short)
        {
            paragraphs.Add(Closing(facts));
        }

        paragraphs.Add(SignOff(facts));
        return string.Join(ParagraphBreak, paragraphs);
    }

    /// <summary>"Dear Dr. Okafor," or "Hi Tom,": a title goes with the surname, never with the first name.</summary>
    private static string Greeting(Facts facts)
    {
        if (facts.Greeting is { } asked)
        {
            return asked;
        }

        if (facts.Contact is { } contact)
        {
            var name = contact.Title is not null ? contact.Formal
                : facts.Tone == DraftTone.Warm ? contact.Familiar
                : contact.Written;
            return ContactGreetings.For(facts.Tone)(name);
        }

        var salutation = facts.Variant == 0 || facts.Tone == DraftTone.Formal ? "Dear" : "Hello";
        return facts.Company is { } company ? $"{salutation} {company} hiring team," : $"{salutation} hiring team,";
    }

    private static string Opening(Facts facts)
    {
        if (facts.Rescinded)
        {
            // A withdrawn offer is not thanked for, nor is the news of it: the person says they heard, and
            // thanks only for the time the team gave them.
            // A short reply thanks the company by name, so it needs no closing wish to name it.
            return facts.Short
                ? Join(Say(RescindedNews, facts, Slot.News), Say(facts.Company is null ? RescindedTime : RescindedTimeNamed, facts, Slot.Time))
                : Join(Say(RescindedNews, facts, Slot.News), Said(facts, facts.ReasonHeard), Say(RescindedTime, facts, Slot.Time));
        }

        var thanks = Say(facts.Stage.Thanks, facts, Slot.Thanks);
        if (facts.Short)
        {
            return thanks;
        }

        if (facts.Goal is ReplyGoal.CheckOnStatus or ReplyGoal.DeclineOffer)
        {
            // A status check and a decline say their news in their own paragraph.
            return Join(thanks, Say(facts.Stage.Takeaways, facts, Slot.Takeaway));
        }

        // Someone who never heard back has no decision to be thanked for: they follow up instead.
        var takeaway = Say(facts.Stage.Takeaways, facts, Slot.Takeaway);
        var news = facts.NeverHeardBack ? Say(FollowUpsFor(facts), facts, Slot.News) : Say(AcknowledgementsFor(facts), facts, Slot.News);
        return Join(thanks, takeaway, news, Said(facts, facts.ReasonUnderstood));
    }

    /// <summary>A line that takes the news in, by how it came, when, and how the person feels.</summary>
    private static Line[] AcknowledgementsFor(Facts facts) =>
        facts.HeardVia == HeardVia.Call ? CallAcknowledgements
        : facts.HeardWhen == HeardWhen.EarlierThanThat ? LateAcknowledgements
        : facts.Feeling is Feeling.Disappointed or Feeling.DoubtingMyself ? SorryAcknowledgements
        : PlainAcknowledgements;

    private static Line[] FollowUpsFor(Facts facts) =>
        facts.HeardWhen == HeardWhen.EarlierThanThat ? LongSilenceFollowUps : FollowUps;

    /// <summary>The last line before the sign-off, whose words it must not repeat.</summary>
    private static string Closing(Facts facts) => Say(ClosingPool(facts), facts, Slot.Closing, next: SignOffs[facts.Variant].For(facts.Tone));

    private static Line[] ClosingPool(Facts facts) =>
        // After a withdrawn offer the opening has thanked them for their time already; a third thank-you would ring hollow.
        facts.Rescinded ? RescindedClosings
        : facts.NeverHeardBack ? WaitingClosings
        : facts.Company is null ? PlainClosings
        : facts.Goal == ReplyGoal.DeclineOffer ? DeclineClosings
        : facts.Feeling is Feeling.Relieved or Feeling.Angry or Feeling.Frustrated ? BriskClosings
        : WarmerClosings;

    private static string GoalParagraph(Facts facts)
    {
        if (facts.Goal == ReplyGoal.AskAboutRescindedOffer && facts.Reason == ReasonKind.BackgroundCheck)
        {
            return facts.Short
                ? Join(Say(ReportAsks, facts, Slot.GoalA), Say(BriefCallAsks, facts, Slot.GoalD))
                : Join(Say(ReportAsks, facts, Slot.GoalA), Say(RespondLines, facts, Slot.GoalB), Say(CallAsks, facts, Slot.GoalD));
        }

        return facts.Goal switch
        {
            ReplyGoal.AskForFeedback => facts.Short
                ? Join(Say(FeedbackAsks, facts, Slot.GoalA), Say(FeedbackSizes, facts, Slot.GoalC))
                : Join(Say(FeedbackAsks, facts, Slot.GoalA), Say(FeedbackPurposes, facts, Slot.GoalB), Say(FeedbackSizes, facts, Slot.GoalC)),
            ReplyGoal.OneLastPitch => facts.Short
                ? Join(Say(PitchInterest, facts, Slot.GoalA), Say(PitchIfChanges, facts, Slot.GoalB))
                : Join(Say(PitchInterest, facts, Slot.GoalA), Say(PitchIfChanges, facts, Slot.GoalB), Say(PitchMore, facts, Slot.GoalC)),
            ReplyGoal.AskAboutRescindedOffer => facts.Short
                ? Join(Say(AlternativeAsks, facts, Slot.GoalC), Say(facts.Reason is null ? ReasonCallAsks : BriefCallAsks, facts, Slot.GoalD))
                : Join(
                    facts.Reason is null ? Say(NotLightly, facts, Slot.GoalA) : string.Empty,
                    facts.Reason is null ? Say(ReasonAsks, facts, Slot.GoalB) : string.Empty,
                    Say(AlternativeAsks, facts, Slot.GoalC),
                    Say(CallAsks, facts, Slot.GoalD)),
            ReplyGoal.CheckOnStatus => facts.Short
                ? Join(Say(StatusAsks, facts, Slot.GoalA), Say(StillInterested, facts, Slot.GoalB))
                : Join(Say(StatusAsks, facts, Slot.GoalA), Say(StillInterested, facts, Slot.GoalB), Say(TimingAsks, facts, Slot.GoalC)),
            ReplyGoal.DeclineOffer => facts.Short
                ? Join(Say(DeclineLinesFor(facts), facts, Slot.GoalA), Said(facts, facts.DeclineReason), Say(InTouch, facts, Slot.GoalC))
                : Join(Say(DeclineLinesFor(facts), facts, Slot.GoalA), Said(facts, facts.DeclineReason), Say(Respect, facts, Slot.GoalB), Say(InTouch, facts, Slot.GoalC)),
            _ => facts.Short
                ? Join(Say(FutureOpenings, facts, Slot.GoalB), Say(InTouch, facts, Slot.GoalC))
                : Join(Say(InterestFor(facts), facts, Slot.GoalA), Say(FutureOpenings, facts, Slot.GoalB), Say(KeepingUp, facts, Slot.GoalC)),
        };
    }

    /// <summary>A relieved person does not claim an interest they may not feel; they say what they liked.</summary>
    private static Line[] InterestFor(Facts facts) => facts.Feeling == Feeling.Relieved ? RelievedInterest : Interest;

    /// <summary>A decline by how the person came to it: a hard choice for someone disappointed or unsure.</summary>
    private static Line[] DeclineLinesFor(Facts facts) => facts.Feeling is Feeling.Disappointed or Feeling.DoubtingMyself ? HardDeclines : Declines;

    private static string OwnPointsParagraph(Facts facts)
    {
        // Points the person wrote as sentences in their own voice ("I can start in June", "I would love to
        // stay in touch") are woven in as sentences of the letter, whatever the goal; a fragment ("my
        // portfolio") is introduced the way a writer would mention it. Every point was read and tidied first
        // (ChatRegister.Shape), and one that still reads as chat is left to the person.
        if (facts.OwnPoints.All(IsSentence))
        {
            return string.Join(' ', facts.OwnPoints.Select(point => $"{char.ToUpperInvariant(point[0])}{point[1..]}."));
        }

        var leadIn = (facts.Goal == ReplyGoal.OneLastPitch ? FitLeadIns : AddLeadIns).For(facts.Tone);
        if (facts.OwnPoints.Count == 1)
        {
            return leadIn.One(facts.OwnPoints[0]);
        }

        return leadIn.Many + "\n" + string.Join("\n", facts.OwnPoints.Select(point => $"- {point}"));
    }

    /// <summary>Words a sentence in the writer's own voice starts with.</summary>
    private static readonly HashSet<string> SentenceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i've", "i'd", "i'll", "i\u2019m", "i\u2019ve", "i\u2019d", "i\u2019ll", "my", "we", "our", "thanks", "thank", "since", "also", "please", "having", "after",
    };

    /// <summary>Fewer words than this ("my portfolio") are a thing to mention, not a sentence.</summary>
    private const int MinSentenceWords = 3;

    private static bool IsSentence(string point)
    {
        var words = point.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinSentenceWords && SentenceStarts.Contains(words[0].TrimEnd(','));
    }

    private static string SignOff(Facts facts)
    {
        var signOff = SignOffs[facts.Variant].For(facts.Tone);
        return facts.Sender is { } sender ? $"{signOff}\n{sender}" : signOff;
    }

    // ----- Choosing -----

    /// <summary>The places in a letter where a wording is chosen, each chosen on its own.</summary>
    private enum Slot
    {
        Thanks = 1,
        News,
        Time,
        GoalA,
        GoalB,
        GoalC,
        GoalD,
        Closing,
        Reason,
        Company,
        Takeaway,
    }

    /// <summary>
    /// One wording of the slot, chosen by the case (its details and the wording asked for) and the slot:
    /// stable while the case is revised, different between cases, and independent from slot to slot.
    /// </summary>
    /// <remarks>
    /// Like a careful writer, it passes over a wording that repeats a word of the sentence before (or of the
    /// line after, <paramref name="next"/>) when another wording of the slot does not.
    /// </remarks>
    private static string Say(Line[] choices, Facts facts, Slot slot, string? next = null)
    {
        var mixed = (uint)facts.Seed ^ ((uint)slot * 0x9E37_79B9u);
        mixed ^= mixed >> 16;
        mixed *= 0x7FEB_352Du;
        mixed ^= mixed >> 15;
        // "Start again" moves every slot on by one, so the new draft reads differently throughout.
        var first = (int)((mixed + (uint)facts.Round) % (uint)choices.Length);
        var chosen = choices[first].For(facts.Tone)(facts);
        for (var i = 0; i < choices.Length; i++)
        {
            var candidate = choices[(first + i) % choices.Length].For(facts.Tone)(facts);
            if (!DraftRubric.SharesLongWord(candidate, facts.Written.Last) && (next is null || !DraftRubric.SharesLongWord(candidate, next)))
            {
                chosen = candidate;
                break;
            }
        }

        return Said(facts, chosen);
    }

    /// <summary>A sentence the letter now ends with, so the next choice can avoid its words.</summary>
    private static string Said(Facts facts, string sentence)
    {
        if (sentence.Trim().Length > 0)
        {
            facts.Written.Last = sentence;
        }

        return sentence;
    }

    /// <summary>What the letter has said so far, as far as choosing the next wording needs.</summary>
    private sealed class Progress
    {
        public string Last { get; set; } = string.Empty;
    }

    private static string Join(params string[] sentences) =>
        string.Join(' ', sentences.Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0));

    private static Line L(Func<Facts, string> neutral, Func<Facts, string> warm, Func<Facts, string> formal) => new(neutral, warm, formal);

    private static Line L(Func<Facts, string> all) => new(all, all, all);

    // ----- Phrase tables -----
    // No sentence here is longer than ten words once the case's facts are set aside (company, role, names,
    // stage): a run of eleven words two letters share can only be the person's own. Each slot has several
    // wordings, and which pool a slot draws from depends on the situation, the stage, how and when the news
    // came and how the person feels, so two letters rarely share even a short sentence.

    private static readonly ByTone<Func<string, string>> ContactGreetings = new(
        Neutral: name => $"Dear {name},",
        Warm: name => $"Hi {name},",
        Formal: name => $"Dear {name},");

    private static readonly Line[] PlainAcknowledgements =
    [
        L(_ => "I appreciate the clear answer.", _ => "I truly appreciate the clear answer.", _ => "I appreciate your clear reply."),
        L(_ => "It helps to know where things stand.", _ => "It helps so much to know where things stand.", _ => "It is helpful to know where matters stand."),
        L(_ => "I appreciate you letting me know.", _ => "I appreciate you letting me know.", _ => "I appreciate being informed so promptly."),
        L(f => $"I understand the decision {f.TeamRef} has made.", f => $"I understand the choice {f.TeamRef} made.", f => $"I understand the decision of {f.TeamRef}."),
    ];

    private static readonly Line[] SorryAcknowledgements =
    [
        L(_ => "I was sorry to hear it, but I understand."),
        L(_ => "I had hoped otherwise, and I appreciate the update.", _ => "I'd hoped otherwise, but I appreciate the update.", _ => "I had hoped otherwise, and I appreciate the update."),
        L(_ => "Of course I hoped for another outcome, but I understand.", _ => "Of course I'd hoped for another outcome, but I understand.", _ => "Naturally I had hoped for another outcome, but I understand."),
        L(_ => "It was not the answer I hoped for; I understand.", _ => "It wasn't the answer I'd hoped for, but I understand.", _ => "This was not the outcome I hoped for; I understand."),
    ];

    private static readonly Line[] CallAcknowledgements =
    [
        L(_ => "Hearing it from you by phone meant a lot.", _ => "Hearing it from you by phone meant a lot.", _ => "Hearing the news from you by phone was considerate."),
        L(_ => "I appreciated you calling rather than writing.", _ => "I appreciated you calling rather than writing.", _ => "I appreciated your calling rather than writing."),
        L(_ => "It was good of you to call me yourself.", _ => "It was kind of you to pick up the phone.", _ => "Your taking the time to call was much appreciated."),
    ];

    /// <summary>For a person replying some time after the news: no pretending it just came.</summary>
    private static readonly Line[] LateAcknowledgements =
    [
        L(_ => "I have taken some time to reflect since your message.", _ => "I've taken a little time to take your message in.", _ => "I have taken some time to reflect on your message."),
        L(_ => "Having had some time to think, I wanted to reply.", _ => "I've had some time to think, and wanted to reply.", _ => "Having had time to reflect, I wished to reply."),
    ];

    private static readonly Line[] FollowUps =
    [
        L(_ => "Not having heard back, I am asking about next steps.", _ => "I haven't heard back, so I'm asking about next steps.", _ => "Having not heard back, I am enquiring about next steps."),
        L(_ => "As I have not heard back, I am following up.", _ => "I haven't heard back yet, so I'm following up.", _ => "Not having heard back, I am writing to follow up."),
    ];

    private static readonly Line[] LongSilenceFollowUps =
    [
        L(_ => "It has been a while, so I am following up.", _ => "It's been a little while, so I'm following up.", _ => "Some time has passed, so I am following up."),
        L(_ => "Since it has been some weeks, I am checking in.", _ => "It's been a few weeks, so I'm checking in.", _ => "As some weeks have passed, I am checking in."),
    ];

    /// <summary>The news of a withdrawn offer, heard: never thanked for.</summary>
    private static readonly Line[] RescindedNews =
    [
        L(f => $"I was sorry {f.Job} will not go ahead.", f => $"I'm so sorry {f.Job} won't go ahead.", f => $"I am sorry to learn {f.Job} cannot proceed."),
        L(f => $"Your message about {f.Job} reached me.", f => $"Your message about {f.Job} reached me.", f => $"I have received your message regarding {f.Job}."),
        L(f => $"I have read your message about {f.Job}.", f => $"I've read your message about {f.Job}.", f => $"I regret that {f.Job} will not go ahead."),
    ];

    /// <summary>What a person whose offer was withdrawn can still thank for: the time, not the offer nor the news.</summary>
    private static readonly Line[] RescindedTime =
    [
        L(f => $"Thank you for the time {f.TeamRef} gave me.", _ => "Thanks so much for all the time you gave me.", _ => "I am grateful for the time and care you gave."),
        L(_ => "Thank you for every conversation along the way.", _ => "Thank you for every conversation we had along the way.", _ => "I am grateful for each conversation along the way."),
        L(_ => "I appreciated getting to know the team.", _ => "I really appreciated getting to know everyone.", _ => "I appreciated the opportunity to know the team."),
    ];

    /// <summary>A short draft's thanks after a withdrawn offer, naming the company in place of a closing.</summary>
    private static readonly Line[] RescindedTimeNamed =
    [
        L(f => $"Thank you for the time {f.Company} gave me.", f => $"Thanks so much for the time {f.Company} gave me.", f => $"I am grateful for the time {f.Company} gave me."),
        L(f => $"Thank you for every conversation at {f.Company}.", f => $"Thank you for every conversation we had at {f.Company}.", f => $"I am grateful for each conversation at {f.Company}."),
    ];

    /// <summary>Closings that name the company, for a person who is disappointed, doubting or unsure.</summary>
    private static readonly Line[] WarmerClosings =
    [
        L(f => $"I wish everyone at {f.Company} all the very best.", f => $"Wishing everyone at {f.Company} all the very best.", f => $"I wish everyone at {f.Company} every success."),
        L(f => $"Wishing you and your colleagues at {f.Company} a good season.", f => $"Wishing you and everyone at {f.Company} a lovely season.", f => $"With my best wishes to your colleagues at {f.Company}."),
        L(f => $"I hope our paths cross again, and wish {f.Company} well.", f => $"I hope our paths cross again. All the best to {f.Company}.", f => $"I hope our paths may cross again. I wish {f.Company} well."),
        L(f => $"Thank you again, and my best to all at {f.Company}.", f => $"Thanks again, and all my best to everyone at {f.Company}.", f => $"Thank you once more; my regards to all at {f.Company}."),
    ];

    /// <summary>Briefer closings for a person who is relieved, frustrated or angry: calm, and no lingering.</summary>
    private static readonly Line[] BriskClosings =
    [
        L(f => $"Best wishes to the {f.Company} team with the search.", f => $"All the best to everyone at {f.Company} with the search.", f => $"My best wishes to all at {f.Company}."),
        L(f => $"I wish you and the {f.Company} team a successful search.", f => $"Good luck to you and the {f.Company} team.", f => $"I wish the {f.Company} team a successful search."),
        L(f => $"Thank you again, and all the best to {f.Company}.", f => $"Thanks again, and all the best to {f.Company}.", f => $"Thank you again; I wish {f.Company} every success."),
    ];

    /// <summary>For a person still waiting: the letter ends by looking forward to the answer.</summary>
    private static readonly Line[] WaitingClosings =
    [
        L(_ => "I look forward to hearing from you.", _ => "I look forward to hearing from you soon.", _ => "I look forward to your reply."),
        L(_ => "Thank you, and I hope to hear from you soon.", _ => "Thanks so much, and I hope to hear soon.", _ => "Thank you in advance for any news you can share."),
    ];

    private static readonly Line[] DeclineClosings =
    [
        L(f => $"Thank you again, and all the best to {f.Company}.", f => $"Thanks again, and all the best to all at {f.Company}.", f => $"Thank you once more; I wish {f.Company} every success."),
        L(f => $"I wish you and everyone at {f.Company} well.", f => $"Wishing you and everyone at {f.Company} the very best.", f => $"With my best wishes to all at {f.Company}."),
    ];

    /// <summary>Good wishes that name the company, for a letter whose chosen wordings did not.</summary>
    private static readonly HashSet<Line[]> CompanyClosings = [WarmerClosings, BriskClosings, DeclineClosings];

    private static readonly Line[] CompanyWishes =
    [
        L(f => $"I wish the {f.Company} team well.", f => $"Warm wishes to everyone at {f.Company}.", f => $"My best wishes to all at {f.Company}."),
        L(f => $"My best wishes to everyone at {f.Company}.", f => $"All the best to the {f.Company} team.", f => $"I wish the {f.Company} team every success."),
    ];

    /// <summary>After a withdrawn offer: looking ahead, without thanking once more.</summary>
    private static readonly Line[] RescindedClosings =
    [
        L(f => $"I look forward to hearing from {f.Who}.", f => $"I hope to hear from {f.Who} soon.", f => $"I shall look forward to hearing from {f.Who}."),
        L(_ => "I hope we can find a way forward.", _ => "I really hope we can find a way forward.", _ => "I hope we may find a way forward."),
    ];

    /// <summary>Without a company to name, the closing stays short.</summary>
    private static readonly Line[] PlainClosings =
    [
        L(_ => "Thank you again for your time.", _ => "Thanks again for everything.", _ => "Thank you once again for your time and consideration."),
        L(_ => "Wishing you and the team all the best.", _ => "Wishing you all a lovely few months ahead.", _ => "With my best wishes for the months ahead."),
    ];

    private static readonly ByTone<string>[] SignOffs =
    [
        new(Neutral: "Best regards,", Warm: "Kind regards,", Formal: "Sincerely,"),
        new(Neutral: "All the best,", Warm: "Warm wishes,", Formal: "Yours sincerely,"),
    ];

    private static readonly ByTone<LeadIn> AddLeadIns = new(
        Neutral: new(point => $"I would also like to mention {point}.", "A few things I would also mention:"),
        Warm: new(point => $"I'd also love to mention {point}.", "A few things I'd also love to mention:"),
        Formal: new(point => $"I would also like to draw your attention to {point}.", "I would also like to mention the following:"));

    private static readonly ByTone<LeadIn> FitLeadIns = new(
        Neutral: new(point => $"One reason I believe I would be a good fit: {point}.", "A few reasons I believe I would be a good fit:"),
        Warm: new(point => $"One reason I think I'd be a great fit: {point}.", "A few reasons I think I'd be a great fit:"),
        Formal: new(point => $"One reason I believe I would be well suited to the role: {point}.", "I believe I would be well suited to the role for the following reasons:"));

    // ----- Staying connected -----

    private static readonly Line[] Interest =
    [
        L(f => $"I remain interested in {f.Opportunities}.", f => $"I'm still very interested in {f.Opportunities}.", f => $"I remain very interested in {f.Opportunities}."),
        L(f => $"I would still be glad to work {f.AtName}.", f => $"I'd still love to work {f.AtName}.", f => $"I would still welcome a role {f.AtName}."),
        L(f => $"My interest in {f.Opportunities} has not changed.", f => $"My interest in {f.Opportunities} hasn't changed.", f => $"My interest in {f.Opportunities} is undiminished."),
    ];

    private static readonly Line[] RelievedInterest =
    [
        L(f => $"I enjoyed learning about {f.TeamRef} and its work.", f => $"I really enjoyed learning about {f.TeamRef}.", f => $"I valued learning about the work of {f.TeamRef}."),
        L(f => $"It was good to learn more about {f.TeamRef}.", f => $"It was great to learn more about {f.TeamRef}.", f => $"It was a pleasure to learn about {f.TeamRef}."),
    ];

    private static readonly Line[] FutureOpenings =
    [
        L(f => $"I would welcome consideration for future openings {f.AtName}.", _ => "I'd love to be considered for future openings.", f => $"I would be grateful to be considered for future openings."),
        L(_ => "Please keep me in mind for future openings.", _ => "Please do keep me in mind for future openings.", _ => "I would appreciate being kept in mind for future openings."),
        L(_ => "I would be interested in future openings that fit.", _ => "I'd be glad to hear of future openings that fit.", _ => "I would welcome hearing of suitable future openings."),
    ];

    private static readonly Line[] KeepingUp =
    [
        L(_ => "I hope we can stay in touch.", _ => "Let's stay in touch, perhaps on LinkedIn.", _ => "I would welcome the chance to remain in touch."),
        L(f => $"I will watch for new postings {f.AtName}.", f => $"I'll follow new postings {f.AtName}, and on LinkedIn.", f => $"I shall follow new postings {f.AtName} with interest."),
        L(_ => "I would be glad to keep in touch.", _ => "It would be lovely to keep in touch on LinkedIn.", _ => "I hope we may keep in touch."),
    ];

    private static readonly Line[] InTouch =
    [
        L(_ => "I hope we stay in touch.", _ => "I'd love to stay in touch.", _ => "I hope we may remain in touch."),
        L(_ => "I hope we can keep in touch.", _ => "Let's keep in touch.", _ => "I would be glad to remain in touch."),
    ];

    // ----- Feedback -----

    private static readonly Line[] FeedbackAsks =
    [
        L(_ => "If you have a moment, I would value your feedback.", f => $"If you have a spare moment, I'd value your feedback.", f => $"I would be grateful for feedback from {f.TeamRef}."),
        L(f => $"Could {f.TeamRef} share some brief feedback?", f => $"I'd love a little feedback from {f.TeamRef}.", f => $"Might {f.TeamRef} be able to share brief feedback?"),
        L(f => $"I would value any feedback from {f.TeamRef}.", f => $"I'd really value any feedback from {f.TeamRef}.", f => $"Any feedback from {f.TeamRef} would be most welcome."),
    ];

    private static readonly Line[] FeedbackPurposes =
    [
        L(f => $"It would help me strengthen future {f.Stage.FeedbackTopic}.", f => $"It would really help me strengthen future {f.Stage.FeedbackTopic}.", f => $"It would help me strengthen future {f.Stage.FeedbackTopic}."),
        L(f => $"I am keen to strengthen future {f.Stage.FeedbackTopic}.", f => $"I'm keen to strengthen future {f.Stage.FeedbackTopic}.", f => $"I am eager to strengthen future {f.Stage.FeedbackTopic}."),
        L(f => $"I want to strengthen future {f.Stage.FeedbackTopic}, and your view matters.", f => $"I want to strengthen future {f.Stage.FeedbackTopic}, and your view matters.", f => $"I wish to strengthen future {f.Stage.FeedbackTopic}; your view matters."),
    ];

    /// <summary>How little is asked, and that no answer is fine, in one sentence so a short draft stays short.</summary>
    private static readonly Line[] FeedbackSizes =
    [
        L(_ => "Even a sentence or two would help, if time allows.", _ => "No worries if not; a sentence or two would help.", _ => "A sentence or two would be invaluable, if time allows."),
        L(_ => "A sentence or two would help, if time allows.", _ => "Just a sentence or two would be great, no worries.", _ => "Even a sentence or two would help, if time allows."),
    ];

    // ----- A last pitch -----

    private static readonly Line[] PitchInterest =
    [
        L(f => $"I remain very interested in {f.Job}.", f => $"I'm still very keen on {f.Job}.", f => $"I remain strongly interested in {f.Job}."),
        L(f => $"I am still very interested in {f.Job}.", f => $"I'm still genuinely keen on {f.Job}.", f => $"I remain most interested in {f.Job}."),
    ];

    private static readonly Line[] PitchIfChanges =
    [
        L(_ => "If anything changes, I would be glad to be considered.", _ => "If anything changes, I'd love to be considered.", f => $"Should circumstances change, I would welcome being considered."),
        L(_ => "Should things shift, I would be glad to be considered.", _ => "If things shift, I'd be glad to be considered.", _ => "Should the situation change, I would welcome being considered."),
    ];

    private static readonly Line[] PitchMore =
    [
        L(f => $"A similar opening {f.AtName} would interest me too.", f => $"A similar opening {f.AtName} would be exciting too.", f => $"A similar opening {f.AtName} would also interest me."),
        L(_ => "I am happy to answer any further questions.", _ => "I'm happy to answer anything else.", _ => "I remain available for any further questions."),
    ];

    // ----- A withdrawn offer -----

    private static readonly Line[] NotLightly =
    [
        L(_ => "I understand these decisions are not made lightly.", _ => "I know decisions like this aren't easy.", _ => "I understand that such decisions are not made lightly."),
        L(_ => "I know this cannot have been an easy call.", _ => "I know this can't have been easy.", _ => "I appreciate this cannot have been easy."),
    ];

    private static readonly Line[] ReasonAsks =
    [
        L(_ => "Could you tell me more about the reason?", _ => "I'd really appreciate hearing more about the reason.", _ => "I would be grateful if you could clarify the reason."),
        L(_ => "Could we talk through the reason for this?", _ => "Could we talk through the reason behind it?", _ => "Might we discuss the reason for this decision?"),
    ];

    private static readonly Line[] AlternativeAsks =
    [
        L(_ => "Might a later start or another role be possible?", _ => "Could a later start or another role work?", _ => "Might a later start or another position be possible?"),
        L(_ => "Could a later start, or another role, still work?", _ => "Could a later start, or another role, still work?", _ => "Could a later start, or another position, be possible?"),
    ];

    private static readonly Line[] CallAsks =
    [
        L(_ => "Would a short call about the offer suit you?", _ => "Could we have a quick call about the offer?", _ => "Would a brief call about the offer suit you?"),
        L(_ => "A short call about the offer would help me.", _ => "A quick call about the offer would really help.", _ => "A brief call about the offer would be welcome."),
    ];

    /// <summary>A short draft's one question about a reason not given yet and the offer.</summary>
    private static readonly Line[] ReasonCallAsks =
    [
        L(_ => "Could a short call cover the reason and the offer?", _ => "Could a quick call cover the reason and the offer?", _ => "A brief call about the reason and offer would help."),
    ];

    private static readonly Line[] BriefCallAsks =
    [
        L(_ => "I would welcome a short call about the offer.", _ => "I'd welcome a quick call about the offer.", _ => "I would welcome a brief call regarding the offer."),
        L(_ => "Could we talk about the offer on a short call?", _ => "Could we have a quick call about the offer?", _ => "Could we discuss the offer on a brief call?"),
    ];

    /// <summary>
    /// An offer withdrawn after a background check: the person may ask for the report and respond to it.
    /// Nothing presumes the report is wrong: the person never said so.
    /// </summary>
    private static readonly Line[] ReportAsks =
    [
        L(_ => "May I have a copy of the background check report?", _ => "Could you send a copy of the background check report?", _ => "Might I have a copy of the background check report?"),
        L(_ => "Could you share a copy of the background check report?", _ => "Could you share a copy of the background check report?", _ => "Might you share a copy of the background check report?"),
    ];

    private static readonly Line[] RespondLines =
    [
        L(_ => "I would like the chance to review it and respond.", _ => "I'd like the chance to review it and respond.", _ => "I would welcome the opportunity to review it and respond."),
        L(_ => "I would value the chance to read it and reply.", _ => "I'd value the chance to read it and reply.", _ => "I would value the chance to read and answer it."),
    ];

    // ----- Still waiting -----

    private static readonly Line[] StatusAsks =
    [
        L(f => $"May I ask where things stand with {f.Job}?", _ => "I'd love to know where things stand now.", f => $"Might I ask where things stand with {f.Job}?"),
        L(_ => "Could you tell me where things stand now?", _ => "Could you let me know where things stand?", _ => "Could you advise me where things stand at present?"),
    ];

    private static readonly Line[] StillInterested =
    [
        L(f => $"I remain interested in the opportunity {f.AtName}.", f => $"I'm still really keen on the opportunity {f.AtName}.", f => $"I remain very interested in the opportunity {f.AtName}."),
        L(_ => "I am as keen as ever on the opportunity.", _ => "I'm just as keen on the opportunity as ever.", f => $"My interest in joining {f.TeamRef} remains strong."),
    ];

    private static readonly Line[] TimingAsks =
    [
        L(_ => "Any word on timing would be welcome.", _ => "Any word on timing would be great.", _ => "Any indication of timing would be welcome."),
        L(_ => "Even a rough timeline would help me plan.", _ => "Even a rough timeline would really help.", _ => "Even an approximate timeline would assist my planning."),
    ];

    // ----- Declining an offer -----

    private static readonly Line[] Declines =
    [
        L(_ => "After careful thought, I have decided to decline the offer.", _ => "After much thought, I've decided to decline the offer.", _ => "After careful consideration, I must respectfully decline the offer."),
        L(_ => "Having weighed it carefully, I have decided to decline.", _ => "Having thought it over, I've decided to decline.", _ => "Having weighed it carefully, I must decline the offer."),
    ];

    private static readonly Line[] HardDeclines =
    [
        L(_ => "After a hard choice, I am declining the offer.", _ => "It was a hard call, but I've decided to decline.", _ => "It was a difficult choice, but I must decline."),
        L(_ => "With some regret, I have decided to decline the offer.", _ => "With some regret, I've decided to decline the offer.", _ => "With some regret, I have decided to decline the offer."),
    ];

    private static readonly Line[] Respect =
    [
        L(f => $"I have a lot of respect for {f.TeamRef}.", f => $"I really enjoyed getting to know {f.TeamRef}.", f => $"I hold {f.TeamRef} in high regard."),
        L(f => $"I enjoyed meeting {f.TeamRef} very much.", f => $"Meeting {f.TeamRef} was a real pleasure.", f => $"It was a pleasure to meet {f.TeamRef}."),
    ];

    /// <summary>A decline's reason, worded by its kind: the person's own words never go in as they typed them.</summary>
    private static readonly Dictionary<DeclineReasonKind, Line[]> DeclineReasonLines = new()
    {
        [DeclineReasonKind.AnotherOffer] =
        [
            L(_ => "I have accepted another position."),
            L(_ => "I have accepted an offer elsewhere.", _ => "I've accepted an offer elsewhere.", _ => "I have accepted an offer elsewhere."),
        ],
        [DeclineReasonKind.Compensation] =
        [
            L(_ => "The compensation does not work for my circumstances."),
            L(_ => "The salary does not meet my current needs."),
        ],
        [DeclineReasonKind.Relocation] =
        [
            L(_ => "It comes down to where I need to be based."),
            L(_ => "The location does not fit my plans."),
        ],
        [DeclineReasonKind.Timing] =
        [
            L(_ => "The timing is not right for me."),
            L(_ => "The timing does not work for me at present."),
        ],
        [DeclineReasonKind.Family] =
        [
            L(_ => "For family reasons, I am unable to take it on."),
            L(_ => "My family commitments mean I cannot take it on."),
        ],
        [DeclineReasonKind.Personal] =
        [
            L(_ => "Personal circumstances mean I cannot take it on."),
            L(_ => "For personal reasons, I am unable to take it on."),
        ],
        [DeclineReasonKind.Direction] =
        [
            L(_ => "I am pursuing a different direction in my career."),
            L(_ => "The role is not the right fit for my plans."),
        ],
    };

    /// <summary>A reason given that has no wording of its own: a neutral line, and the person is told they may add it.</summary>
    private static readonly Line[] NeutralDeclineReason =
    [
        L(_ => "My decision is no reflection on the team."),
        L(_ => "The decision is about my own plans, not the team."),
    ];

    /// <summary>After meeting people: what the person can say they took away, without claiming more.</summary>
    private static readonly Line[] MetTheTeam =
    [
        L(_ => "I enjoyed hearing more about the team and its work.", _ => "I loved hearing more about the team and its work.", _ => "I valued hearing more about the team and its work."),
        L(_ => "Our conversations gave me a real sense of the team.", _ => "Our chats gave me a real feel for the team.", _ => "Our conversations gave me a clear sense of the team."),
        L(_ => "I came away with a clearer picture of the work.", _ => "I came away with a much clearer picture of it.", _ => "I came away with a clearer understanding of the work."),
    ];

    /// <summary>After an application only: nothing about meetings that never happened.</summary>
    private static readonly Line[] Researched =
    [
        L(f => $"Applying taught me a good deal about {f.TeamRef}.", f => $"Applying taught me a lot about {f.TeamRef}.", f => $"Applying taught me a great deal about {f.TeamRef}."),
        L(_ => "Preparing my application was worthwhile in itself.", _ => "Putting my application together was worthwhile in itself.", _ => "Preparing my application was a worthwhile exercise in itself."),
    ];

    /// <summary>The thanks for the stage the person reached, in words of that stage only.</summary>
    private static readonly Dictionary<RejectionStage, StageWords> Stages = new()
    {
        [RejectionStage.Application] = new(
            [
                L(f => $"Thank you for considering my application for {f.Job}.", f => $"Many thanks for considering my application for {f.Job}.", f => $"Thank you for considering my candidacy for {f.Job}."),
                L(f => $"I appreciate you considering my application for {f.Job}.", f => $"I really appreciate you considering me for {f.Job}.", f => $"I am grateful you considered me for {f.Job}."),
            ],
            FeedbackTopic: "applications",
            TakeawayLines: Researched),
        [RejectionStage.ScreeningCall] = new(
            [
                L(f => $"Thank you for the call about {f.Job}.", f => $"Thanks so much for the call about {f.Job}.", f => $"Thank you for speaking with me about {f.Job}."),
                L(f => $"I appreciated our phone conversation about {f.Job}.", f => $"I really appreciated our chat about {f.Job}.", f => $"I appreciated the opportunity to discuss {f.Job}."),
            ],
            FeedbackTopic: "interviews"),
        [RejectionStage.Interview] = new(
            [
                L(f => $"Thank you for the interviews for {f.Job}.", f => $"Thanks so much for interviewing me for {f.Job}.", f => $"Thank you for interviewing me for {f.Job}."),
                L(f => $"I appreciated the chance to interview for {f.Job}.", f => $"I really appreciated interviewing for {f.Job}.", f => $"I am grateful to have interviewed for {f.Job}."),
            ],
            FeedbackTopic: "interviews"),
        [RejectionStage.FinalRound] = new(
            [
                L(f => $"Thank you for the final-round interviews for {f.Job}.", f => $"Thanks so much for the final-round interviews for {f.Job}.", f => $"Thank you for the final-round interviews for {f.Job}."),
                L(f => $"I appreciated the final-round interviews for {f.Job}.", f => $"I really appreciated the final-round interviews for {f.Job}.", f => $"I am grateful for the final-round interviews for {f.Job}."),
            ],
            FeedbackTopic: "interviews"),
        [RejectionStage.OfferRescinded] = new(
            [
                L(f => $"Thank you for the time you gave me over {f.Job}."),
            ],
            FeedbackTopic: "applications"),
        [RejectionStage.NegotiationBrokeDown] = new(
            [
                L(f => $"Thank you for our conversations about {f.Job}.", f => $"Thanks so much for our conversations about {f.Job}.", f => $"Thank you for the discussions regarding {f.Job}."),
                L(f => $"I appreciated your openness while we discussed {f.Job}.", f => $"I really appreciated how openly we discussed {f.Job}.", f => $"I appreciated your candour as we discussed {f.Job}."),
            ],
            FeedbackTopic: "offer conversations"),
    };

    /// <summary>The person turns down an offer they received.</summary>
    private static readonly StageWords DeclinedStage = new(
        [
            L(f => $"Thank you for the offer for {f.Job}.", f => $"Thank you so much for offering me {f.Job}.", f => $"Thank you for offering me {f.Job}."),
            L(f => $"I appreciate the offer of {f.Job}.", f => $"I'm really thankful for the offer of {f.Job}.", f => $"I sincerely appreciate the offer of {f.Job}."),
        ],
        FeedbackTopic: "applications");

    /// <summary>Used when the stage is not known yet.</summary>
    private static readonly StageWords UnknownStage = new(
        [
            L(f => $"Thank you for considering me for {f.Job}.", f => $"Thanks so much for considering me for {f.Job}.", f => $"Thank you for considering me for {f.Job}."),
            L(f => $"I appreciate you considering me for {f.Job}.", f => $"I really appreciate you considering me for {f.Job}.", f => $"I am grateful to be considered for {f.Job}."),
        ],
        FeedbackTopic: "applications",
        TakeawayLines: Researched);

    // ----- Small types -----

    private sealed record ByTone<T>(T Neutral, T Warm, T Formal)
    {
        public T For(DraftTone tone) => tone switch
        {
            DraftTone.Warm => Warm,
            DraftTone.Formal => Formal,
            _ => Neutral,
        };
    }

    /// <summary>One sentence of a letter in the three tones, written from the case's facts.</summary>
    private sealed record Line(Func<Facts, string> Neutral, Func<Facts, string> Warm, Func<Facts, string> Formal)
    {
        public Func<Facts, string> For(DraftTone tone) => tone switch
        {
            DraftTone.Warm => Warm,
            DraftTone.Formal => Formal,
            _ => Neutral,
        };
    }

    private sealed record LeadIn(Func<string, string> One, string Many);

    /// <summary>A stage's thanks, what the person can honestly say they took from it, and what feedback would be about.</summary>
    private sealed record StageWords(Line[] Thanks, string FeedbackTopic, Line[]? TakeawayLines = null)
    {
        public Line[] Takeaways => TakeawayLines ?? MetTheTeam;
    }

    /// <summary>The request, cleaned up and turned into the noun phrases the templates use.</summary>
    private sealed record Facts(
        ReplyGoal Goal,
        DraftTone Tone,
        bool Short,
        int Variant,
        int Round,
        ContactNameParts? Contact,
        string? Company,
        string Job,
        string TeamRef,
        string AtName,
        string Opportunities,
        string Who,
        StageWords Stage,
        IReadOnlyList<string> OwnPoints,
        string? Sender,
        bool NeverHeardBack,
        ReasonKind? Reason,
        DeclineReasonKind? DeclineKind,
        bool ReasonLeftOut,
        bool Rescinded,
        string ReasonHeard,
        string ReasonUnderstood,
        HeardVia? HeardVia,
        HeardWhen? HeardWhen,
        Feeling? Feeling,
        string? Greeting,
        int Seed)
    {
        /// <summary>The letter so far (its last sentence), while it is being written.</summary>
        public Progress Written { get; } = new();

        /// <summary>The decline's reason in the letter's words: by its kind, or a neutral line when it has none.</summary>
        public string DeclineReason => DeclineKind is { } kind ? Say(DeclineReasonLines[kind], this, Slot.Reason)
            : ReasonLeftOut ? Say(NeutralDeclineReason, this, Slot.Reason)
            : string.Empty;

        public static Facts From(DraftRequest request)
        {
            var @case = request.Case;
            var style = request.Style ?? @case.Style ?? new DraftStyle();
            // A detail not of its field's shape is left out, and the draft stays neutral without it.
            var company = Shaped(CaseText.Clean(@case.Company), FieldShape.IsCompany);
            var role = Shaped(CaseText.CleanRole(@case.Role), FieldShape.IsRole);
            var stage = @case.Stage ?? (request.Goal == ReplyGoal.AskAboutRescindedOffer ? RejectionStage.OfferRescinded : null);
            var declining = request.Goal == ReplyGoal.DeclineOffer || @case.Situation == Situation.DeclinedOffer;
            var stageWords = declining ? DeclinedStage
                : stage is { } known && Stages.TryGetValue(known, out var words) ? words
                : UnknownStage;
            var reason = declining ? null : Reasons.KindOf(Shaped(CaseText.Clean(@case.Reason), text => FieldShape.IsReason(text)));
            var rescinded = !declining && stage == RejectionStage.OfferRescinded;
            var neverHeardBack = @case.HeardVia == Coaching.HeardVia.NoWord || @case.Situation == Situation.Ghosted;
            var declineReason = declining && FieldShape.IsReason(@case.Reason, declining: true) ? CaseText.Clean(@case.Reason) : null;

            return new Facts(
                Goal: Enum.IsDefined(request.Goal) ? request.Goal : ReplyGoal.ThankAndStayConnected,
                Tone: style.Tone,
                Short: style.Short,
                Variant: Math.Abs(style.Variant % 2),
                Round: Math.Abs(style.Variant),
                Contact: ContactNameParts.Parse(Shaped(CaseText.Clean(@case.ContactName), FieldShape.IsPerson)),
                Company: company,
                Job: role is not null ? $"the {role} role" : company is not null ? $"the {company} position" : "the position",
                TeamRef: company is null ? "the team" : $"the {company} team",
                AtName: company is null ? "with your team" : $"at {company}",
                Opportunities: company is null ? "opportunities with your team" : $"opportunities at {company}",
                Who: company is null ? "you" : $"the {company} team",
                Stage: stageWords,
                OwnPoints: (style.OwnPoints ?? []).Where(FieldShape.IsPointForEmployer).Select(ChatRegister.Shape).OfType<string>().ToList(),
                Sender: Shaped(CaseText.Clean(request.SenderName), FieldShape.IsPerson),
                NeverHeardBack: neverHeardBack,
                Reason: reason,
                DeclineKind: DeclineReasons.KindOf(declineReason),
                ReasonLeftOut: declineReason is not null && DeclineReasons.KindOf(declineReason) is null,
                Rescinded: rescinded,
                ReasonHeard: rescinded ? ReasonHeardLine(reason) : string.Empty,
                ReasonUnderstood: rescinded || declining || neverHeardBack || style.Short ? string.Empty : ReasonUnderstoodLine(reason),
                HeardVia: @case.HeardVia,
                HeardWhen: @case.HeardWhen,
                Feeling: @case.Feeling,
                Greeting: CaseText.GreetingLine(style),
                Seed: SeedOf(@case, company, role));
        }

        /// <summary>A rescinded offer's reason, taken in without asking for it again and without judging it.</summary>
        private static string ReasonHeardLine(ReasonKind? reason) => reason switch
        {
            ReasonKind.BackgroundCheck => " I understand this followed the background check.",
            ReasonKind.HiringFreeze => " I understand it comes from a change in hiring plans.",
            ReasonKind.Salary => " I understand budget was behind it.",
            ReasonKind.InternalCandidate => " I understand the role will go to an internal candidate.",
            ReasonKind.MoreExperience => " I understand the team needs more experience for now.",
            ReasonKind.Other => " I have read the explanation you gave.",
            _ => string.Empty,
        };

        /// <summary>The employer's reason, acknowledged calmly in the letter's own words.</summary>
        private static string ReasonUnderstoodLine(ReasonKind? reason) => reason switch
        {
            ReasonKind.InternalCandidate => " I respect the team's choice of an internal candidate.",
            ReasonKind.MoreExperience => " I can see why more experience mattered for now.",
            ReasonKind.HiringFreeze => " I know the hiring plans changed.",
            ReasonKind.Salary => " I know the budget decided it.",
            _ => string.Empty,
        };

        /// <summary>
        /// A stable number for the case: when it began and its details (string hashes change between runs), so
        /// its wordings stay put while it is revised, and two cases rarely get the same ones.
        /// </summary>
        private static int SeedOf(RejectionCase @case, string? company, string? role)
        {
            var seed = 2_166_136_261u;
            foreach (var c in $"{@case.StartedAt.UtcTicks}|{company}|{role}|{@case.Stage}|{@case.Situation}|{@case.Feeling}|{@case.HeardVia}|{@case.HeardWhen}".ToLowerInvariant())
            {
                seed = (seed ^ c) * 16_777_619u;
            }

            return (int)(seed & 0x7FFF_FFFF);
        }

        private static string? Shaped(string? value, Func<string?, bool> hasShape) => hasShape(value) ? value : null;
    }
}
