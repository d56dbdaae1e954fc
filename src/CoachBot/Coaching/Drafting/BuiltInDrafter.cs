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
            paragraphs.Add(OwnPointsParagraph(facts));
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
            return facts.Short
                ? ShortRescinded.For(facts.Tone)(facts.Position)
                : $"{Pick(RescindedNews, facts).For(facts.Tone)(facts.Position)}{facts.ReasonHeard} {Pick(RescindedTime, facts).For(facts.Tone)(facts)}";
        }

        var thankYou = ThankYous[facts.Variant].For(facts.Tone);
        if (facts.Short || facts.Goal is ReplyGoal.CheckOnStatus or ReplyGoal.DeclineOffer)
        {
            // A status check and a decline say their news in their own paragraph.
            return thankYou(facts.Short ? facts.Stage.BriefThanks(facts.Position) : facts.Stage.Thanks(facts.Position));
        }

        // Someone who never heard back has no decision to be thanked for: they follow up instead.
        var news = facts.NeverHeardBack ? FollowUps.For(facts.Tone) : Acknowledgement(facts);
        return $"{thankYou(facts.Stage.Thanks(facts.Position))} {news}{facts.ReasonUnderstood}";
    }

    /// <summary>A short line that takes the news in, chosen by how the news came and how the person feels, so two letters rarely share it.</summary>
    private static string Acknowledgement(Facts facts)
    {
        var pool = facts.HeardVia == HeardVia.Call ? CallAcknowledgements
            : facts.Feeling is Feeling.Disappointed or Feeling.DoubtingMyself ? SorryAcknowledgements
            : PlainAcknowledgements;
        return Pick(pool, facts).For(facts.Tone);
    }

    private static string Closing(Facts facts)
    {
        if (facts.Rescinded)
        {
            // The opening has thanked them for their time already; a third thank-you would ring hollow.
            return RescindedClosing.For(facts.Tone)(facts.Company is null ? "you" : $"the {facts.Company} team");
        }

        var pool = facts.Company is null ? PlainClosings : facts.Feeling is Feeling.Relieved or Feeling.Angry or Feeling.Frustrated ? BriskClosings : WarmerClosings;
        return Pick(pool, facts).For(facts.Tone)(facts.Company ?? string.Empty);
    }

    /// <summary>One of the choices, by the case's details and the wording asked for: stable for a case, different between cases.</summary>
    private static T Pick<T>(T[] choices, Facts facts) => choices[(int)((uint)(facts.Seed + facts.Variant) % (uint)choices.Length)];

    private static string GoalParagraph(Facts facts)
    {
        var text = facts.Goal == ReplyGoal.AskAboutRescindedOffer && facts.Reason is not null
            ? (facts.Reason == ReasonKind.BackgroundCheck ? BackgroundCheckAsk : KnownReasonAsk)
            : facts.Variant == 1 && !facts.Short && AlternativeGoals.TryGetValue(facts.Goal, out var other) ? new GoalText(other, Goals[facts.Goal].Brief)
            : Goals[facts.Goal];
        var write = facts.Short ? text.Brief.For(facts.Tone) : text.Full.For(facts.Tone);
        return write(facts);
    }

    private static string OwnPointsParagraph(Facts facts)
    {
        // Points the person wrote as sentences in their own voice ("I can start in June", "I would love to
        // stay in touch") are woven in as sentences of the letter, whatever the goal; a fragment ("my
        // portfolio") is introduced the way a writer would mention it.
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

    // ----- Phrase tables -----
    // A sentence of more than ten words names something of this case (the company, the role, the person's
    // own words); the shorter lines come in several wordings, picked by the case. So two letters rarely
    // share a sentence, and a recruiter who sees two of them cannot tell they came from one template.

    private static readonly ByTone<Func<string, string>> ContactGreetings = new(
        Neutral: name => $"Dear {name},",
        Warm: name => $"Hi {name},",
        Formal: name => $"Dear {name},");

    private static readonly ByTone<Func<string, string>>[] ThankYous =
    [
        new(
            Neutral: what => $"Thank you for {what}.",
            Warm: what => $"Thank you so much for {what}.",
            Formal: what => $"I would like to thank you for {what}."),
        new(
            Neutral: what => $"I'm grateful to you for {what}.",
            Warm: what => $"Many thanks for {what}.",
            Formal: what => $"Please accept my sincere thanks for {what}."),
    ];

    private static readonly ByTone<string>[] PlainAcknowledgements =
    [
        new(Neutral: "I appreciate the clear answer.", Warm: "I truly appreciate the clear answer.", Formal: "I appreciate your clear reply."),
        new(Neutral: "It helps to know where things stand.", Warm: "It helps so much to know where things stand.", Formal: "It is helpful to know where matters stand."),
        new(Neutral: "I appreciate you letting me know.", Warm: "I appreciate you letting me know.", Formal: "I appreciate being informed so promptly."),
    ];

    private static readonly ByTone<string>[] SorryAcknowledgements =
    [
        new(Neutral: "I was sorry to hear it, but I understand.", Warm: "I was sorry to hear it, but I understand.", Formal: "I was sorry to hear it, but I understand."),
        new(Neutral: "I had hoped otherwise, and I appreciate the update.", Warm: "I'd hoped otherwise, but I appreciate the update.", Formal: "I had hoped otherwise, and I appreciate the update."),
        new(Neutral: "Of course I hoped for another outcome, but I understand.", Warm: "Of course I'd hoped for another outcome, but I understand.", Formal: "Naturally I had hoped for another outcome, but I understand."),
    ];

    private static readonly ByTone<string>[] CallAcknowledgements =
    [
        new(Neutral: "Hearing it from you by phone meant a lot.", Warm: "Hearing it from you by phone meant a lot.", Formal: "Hearing the news from you by phone was considerate."),
        new(Neutral: "I appreciated you calling rather than writing.", Warm: "I appreciated you calling rather than writing.", Formal: "I appreciated your calling rather than writing."),
    ];

    private static readonly ByTone<string> FollowUps = new(
        Neutral: "Not having heard back, I wanted to ask about next steps.",
        Warm: "I haven't heard back, so I'm asking about next steps.",
        Formal: "Having not heard back, I am enquiring about next steps.");

    /// <summary>The news of a withdrawn offer, heard: never thanked for.</summary>
    private static readonly ByTone<Func<string, string>>[] RescindedNews =
    [
        new(
            Neutral: position => $"I was sorry to learn that the offer for {position} has been withdrawn.",
            Warm: position => $"I was really sorry to hear that the offer for {position} has been withdrawn.",
            Formal: position => $"I was sorry to learn of the decision to withdraw the offer for {position}."),
        new(
            Neutral: position => $"I have received your message that the offer for {position} is no longer going ahead.",
            Warm: position => $"I got your message that the offer for {position} won't be going ahead.",
            Formal: position => $"I have received your message that the offer for {position} will not proceed."),
    ];

    /// <summary>What a person whose offer was withdrawn can still thank for: the time, not the offer nor the news.</summary>
    private static readonly ByTone<Func<Facts, string>>[] RescindedTime =
    [
        new(
            Neutral: f => $"Thank you for the time {f.TeamRef} spent with me.",
            Warm: f => $"Thank you so much for the time {f.TeamRef} spent with me.",
            Formal: f => $"I would like to thank you for the time {f.TeamRef} spent with me."),
        new(
            Neutral: f => $"Thank you for every conversation with {f.TeamRef} along the way.",
            Warm: f => $"Thank you so much for every conversation with {f.TeamRef} along the way.",
            Formal: f => $"I would like to thank you for every conversation with {f.TeamRef} along the way."),
    ];

    /// <summary>A short draft's opening after a withdrawn offer: the time thanked for and the news taken in, in one sentence.</summary>
    private static readonly ByTone<Func<string, string>> ShortRescinded = new(
        Neutral: position => $"Thanks for your time; I was sorry the offer for {position} was withdrawn.",
        Warm: position => $"Many thanks for your time; I was sorry the offer for {position} was withdrawn.",
        Formal: position => $"Thank you for your time; I regret that the offer for {position} was withdrawn.");

    /// <summary>Closings that name the company, for a person who is disappointed, doubting or unsure.</summary>
    private static readonly ByTone<Func<string, string>>[] WarmerClosings =
    [
        new(
            Neutral: company => $"Thank you again for your time, and I wish everyone at {company} all the best.",
            Warm: company => $"Thanks again, and I wish everyone at {company} all the very best.",
            Formal: company => $"Thank you once again for your time and consideration, and I wish everyone at {company} every success."),
        new(
            Neutral: company => $"Wishing you and your colleagues at {company} a good rest of the hiring season.",
            Warm: company => $"Wishing you and everyone at {company} a lovely few months ahead.",
            Formal: company => $"With my best wishes to you and your colleagues at {company} for the months ahead."),
        new(
            Neutral: company => $"I hope our paths cross again, and I wish the {company} team well.",
            Warm: company => $"I hope our paths cross again, and I wish the {company} team every happiness.",
            Formal: company => $"I hope our paths may cross again, and I wish the {company} team well."),
    ];

    /// <summary>Briefer closings for a person who is relieved, frustrated or angry: calm, and no lingering.</summary>
    private static readonly ByTone<Func<string, string>>[] BriskClosings =
    [
        new(
            Neutral: company => $"Thank you again for your time, and best wishes to the {company} team.",
            Warm: company => $"Thanks again for your time, and best wishes to all at {company}.",
            Formal: company => $"Thank you once again for your time; my best wishes to all at {company}."),
        new(
            Neutral: company => $"I wish you and the {company} team a successful search.",
            Warm: company => $"Good luck to you and the {company} team with the search.",
            Formal: company => $"I wish you and the {company} team a successful search."),
    ];

    /// <summary>After a withdrawn offer: looking ahead, without thanking once more.</summary>
    private static readonly ByTone<Func<string, string>> RescindedClosing = new(
        Neutral: who => $"I look forward to hearing from {who}.",
        Warm: who => $"I hope to hear from {who} soon.",
        Formal: who => $"I shall look forward to hearing from {who}.");

    /// <summary>Without a company to name, the closing stays short.</summary>
    private static readonly ByTone<Func<string, string>>[] PlainClosings =
    [
        new(Neutral: _ => "Thank you again for your time.", Warm: _ => "Thanks again for everything.", Formal: _ => "Thank you once again for your time and consideration."),
        new(Neutral: _ => "Wishing you and the team all the best.", Warm: _ => "Wishing you all a lovely few months ahead.", Formal: _ => "With my best wishes for the months ahead."),
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

    private static readonly Dictionary<ReplyGoal, GoalText> Goals = new()
    {
        [ReplyGoal.ThankAndStayConnected] = new(
            Full: new(
                Neutral: f => $"I remain interested in {f.Opportunities} and would welcome being considered for future openings, whether for a similar role or a different one. I hope we can stay in touch, and I will keep an eye on new postings {f.AtName}.",
                Warm: f => $"I'm still very interested in {f.Opportunities}, and I'd love to be considered for future openings, whether for a similar role or something different. Let's stay in touch; I'd be glad to connect on LinkedIn.",
                Formal: f => $"I remain very interested in {f.Opportunities} and would be grateful to be considered for future openings, whether in a similar role or another area. I would welcome the chance to stay in touch."),
            Brief: new(
                Neutral: f => $"I would welcome being considered for future openings {f.AtName} and hope we stay in touch.",
                Warm: f => $"I'd love to be considered for future openings {f.AtName}, and to stay in touch.",
                Formal: f => $"I would be grateful to be considered for future openings {f.AtName} and hope we may remain in touch.")),

        [ReplyGoal.AskForFeedback] = new(
            Full: new(
                Neutral: f => $"If you have a moment, I would value any feedback from {f.TeamRef} on how I could strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would be helpful. I completely understand if that is not possible.",
                Warm: f => $"If you have a spare moment, I'd really value any feedback from {f.TeamRef} on how I could strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would help a lot. No worries at all if that isn't possible.",
                Formal: f => $"I would be grateful if {f.TeamRef} could share any feedback on how I might strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would be most helpful. I fully understand if this is not possible."),
            Brief: new(
                Neutral: f => $"Could {f.TeamRef} share feedback on how I could strengthen future {f.Stage.FeedbackTopic}? A sentence or two would help; I understand if not.",
                Warm: f => $"I'd really value a sentence or two of feedback from {f.TeamRef} on how I could strengthen future {f.Stage.FeedbackTopic}. No worries if not.",
                Formal: f => $"If time allows, I would be grateful for a sentence or two of feedback from {f.TeamRef} on how I might strengthen future {f.Stage.FeedbackTopic}.")),

        [ReplyGoal.OneLastPitch] = new(
            Full: new(
                Neutral: f => $"I remain very interested in {f.RoleNamed}. If anything changes, I would be glad to be considered. A similar opening {f.AtName} would interest me too, and I am happy to answer any further questions.",
                Warm: f => $"I'm still very keen on {f.RoleNamed}. If anything changes, I'd be really glad to be considered. A similar opening {f.AtName} would be exciting too, and I'm happy to share more that would help.",
                Formal: f => $"I remain strongly interested in {f.RoleNamed}. Should circumstances change, I would be grateful to be considered. I would be pleased to provide any further information."),
            Brief: new(
                Neutral: f => $"I remain very interested in {f.RoleNamed} and would be glad to be considered if anything changes.",
                Warm: f => $"I'm still very keen on {f.RoleNamed}, and I'd be glad to be considered if anything changes.",
                Formal: f => $"I remain strongly interested in {f.RoleNamed} and would be grateful to be considered should circumstances change.")),

        [ReplyGoal.AskAboutRescindedOffer] = new(
            Full: new(
                Neutral: f => $"I understand these decisions are not made lightly. Could you tell me more about the reason? I would also like to know whether anything might still be possible {f.AtName}, such as a later start date or a different role. Would a short call in the coming days suit you?",
                Warm: f => $"I know decisions like this aren't easy. I'd really appreciate hearing a little more about the reason. I'd also love to know whether anything might still work {f.AtName}, such as a later start date or another role on the team. Would you have time for a quick call this week?",
                Formal: f => $"I understand that such decisions are not made lightly. I would be grateful if you could clarify the reason. I would also welcome discussing whether an alternative might be possible {f.AtName}, such as a later start date or another position. Would a brief call at your convenience suit you?"),
            Brief: new(
                Neutral: f => $"Could you help me understand the reason, and whether a later start date or another role {f.AtName} might be possible? I would welcome a short call if you have time.",
                Warm: f => $"I'd really appreciate hearing a little more about the reason. Could a later start date or another role {f.AtName} work? Would you have time for a quick call?",
                Formal: f => $"I would be grateful if you could clarify the reason and whether a later start date or another position {f.AtName} might be possible. Would you be available for a brief call?")),

        [ReplyGoal.CheckOnStatus] = new(
            Full: new(
                Neutral: f => $"I wanted to check in on where things stand with {f.RoleNamed}, as I have not heard back yet. I remain interested and would welcome news of next steps.",
                Warm: f => $"I wanted to check in on where things stand with {f.RoleNamed}, since I haven't heard back yet. I'm still really keen to hear about next steps.",
                Formal: f => $"I am writing to ask where matters stand with {f.RoleNamed}, as I have not yet heard back. I remain very interested and would value news of next steps."),
            Brief: new(
                Neutral: f => $"Could you let me know where things stand with {f.RoleNamed}? I remain interested and would welcome an update.",
                Warm: f => $"I'd love to know where things stand with {f.RoleNamed}; I'm still very interested.",
                Formal: f => $"I would be grateful for an update on {f.RoleNamed}, in which I remain very interested.")),

        [ReplyGoal.DeclineOffer] = new(
            Full: new(
                Neutral: f => $"After careful thought, I have decided to decline the offer.{f.OwnReason} This was not an easy decision, and I have a lot of respect for {f.TeamRef}. I hope we stay in touch.",
                Warm: f => $"After much thought, I've decided to decline the offer.{f.OwnReason} It wasn't an easy call, and I really enjoyed getting to know {f.TeamRef}. I'd love to stay in touch.",
                Formal: f => $"After careful consideration, I have decided to decline the offer.{f.OwnReason} This was a difficult decision, and I hold {f.TeamRef} in high regard. I hope we may remain in touch."),
            Brief: new(
                Neutral: f => $"After careful thought, I have decided to decline the offer.{f.OwnReason} I hope we can stay in touch.",
                Warm: f => $"After much thought, I've decided to decline the offer.{f.OwnReason} I'd love to stay in touch.",
                Formal: f => $"After careful consideration, I have decided to decline the offer.{f.OwnReason} I hope we may remain in touch.")),
    };

    /// <summary>A second wording of each full goal paragraph, for "start again".</summary>
    private static readonly Dictionary<ReplyGoal, ByTone<Func<Facts, string>>> AlternativeGoals = new()
    {
        [ReplyGoal.ThankAndStayConnected] = new(
            Neutral: f => $"I would be glad to hear from you if a future opening {f.AtName} fits. I will keep following {f.Opportunities}. Let's stay in touch.",
            Warm: f => $"If another opening {f.AtName} comes up that fits, I'd be thrilled to hear about it. I'll keep watching {f.Opportunities}. Let's keep in touch.",
            Formal: f => $"Should a suitable future opening arise {f.AtName}, I would welcome hearing from you. I shall keep an eye on {f.Opportunities}. I hope we may remain in touch."),
        [ReplyGoal.AskForFeedback] = new(
            Neutral: f => $"Could you share a sentence or two of feedback? Knowing how I could strengthen future {f.Stage.FeedbackTopic} would help me, and the view of {f.TeamRef} matters to me. Of course no reply is needed if you are busy.",
            Warm: f => $"Could you share a sentence or two of feedback? Hearing how I could strengthen future {f.Stage.FeedbackTopic} would mean a lot, coming from {f.TeamRef}. No worries at all if you're busy.",
            Formal: f => $"Would you be willing to share a sentence or two of feedback? An indication from {f.TeamRef} of how I might strengthen future {f.Stage.FeedbackTopic} would be invaluable. I fully understand if time does not allow."),
        [ReplyGoal.OneLastPitch] = new(
            Neutral: f => $"My interest in {f.RoleNamed} has not changed. Should the situation shift, please keep me in mind. Any further questions are welcome.",
            Warm: f => $"My enthusiasm for {f.RoleNamed} hasn't changed one bit. If the situation shifts, please keep me in mind. I'm happy to answer anything else.",
            Formal: f => $"My interest in {f.RoleNamed} remains undiminished. Should the situation change, please keep me in mind. I remain available for any further questions."),
        [ReplyGoal.AskAboutRescindedOffer] = new(
            Neutral: f => $"Could we talk through what led to this? I would also like to explore whether another option might work {f.AtName}, such as a later start date or a different role. Would a short call in the coming days suit you?",
            Warm: f => $"Could we talk through what led to this? I'd also love to explore whether another option might work {f.AtName}, such as a later start date or another role on the team. Would a quick call this week suit you?",
            Formal: f => $"Might we discuss what led to this? I would also welcome exploring whether an alternative could work {f.AtName}, such as a later start date or another position. Would a brief call at your convenience suit you?"),
        [ReplyGoal.CheckOnStatus] = new(
            Neutral: f => $"As I have not heard back yet, I wanted to ask how things are going with {f.RoleNamed}. Any update on next steps or timing would be welcome.",
            Warm: f => $"I haven't heard back yet, so I wanted to ask how things are going with {f.RoleNamed}. Any update on next steps would be great.",
            Formal: f => $"Not having received an update, I wished to enquire about the status of {f.RoleNamed}. Any information on next steps or timing would be welcome."),
        [ReplyGoal.DeclineOffer] = new(
            Neutral: f => $"Having thought it over carefully, I will not be accepting the offer for {f.RoleNamed}.{f.OwnReason} I enjoyed meeting the team and hope we stay in touch.",
            Warm: f => $"Having thought it over, I've decided to decline the offer for {f.RoleNamed}.{f.OwnReason} I really enjoyed meeting the team; let's stay in touch.",
            Formal: f => $"Having given the matter careful thought, I must respectfully decline the offer for {f.RoleNamed}.{f.OwnReason} It was a pleasure to meet the team. I hope we may remain in touch."),
    };

    /// <summary>A rescinded offer whose reason was given: no asking for it again.</summary>
    private static readonly GoalText KnownReasonAsk = new(
        Full: new(
            Neutral: f => $"I would still like to know whether anything might be possible {f.AtName}, such as a later start date or a different role. Would a short call in the coming days suit you?",
            Warm: f => $"I'd still love to know whether anything might work {f.AtName}, such as a later start date or another role on the team. Would you have time for a quick call this week?",
            Formal: f => $"I would welcome discussing whether an alternative might be possible {f.AtName}, such as a later start date or another position. Would a brief call at your convenience suit you?"),
        Brief: new(
            Neutral: _ => "Might a later start date or another role be possible? I would welcome a short call about the offer.",
            Warm: _ => "Could a later start date or another role work? I'd welcome a quick call about the offer.",
            Formal: _ => "Might a later start date or another position be possible? I would welcome a brief call regarding the offer."));

    /// <summary>
    /// An offer withdrawn after a background check: the person may ask for the report and respond to it.
    /// Nothing presumes the report is wrong: the person never said so.
    /// </summary>
    private static readonly GoalText BackgroundCheckAsk = new(
        Full: new(
            Neutral: f => $"Could you please send me a copy of the background check report for {f.RoleNamed}? I would like the chance to review it and respond. A short call about the offer would also help.",
            Warm: f => $"Could you please send me a copy of the background check report for {f.RoleNamed}? I'd like the chance to review it and respond. A quick call about the offer would help too.",
            Formal: f => $"I would be grateful for a copy of the background check report for {f.RoleNamed}. I would welcome the opportunity to review it and respond. A brief call about the offer would also help."),
        Brief: new(
            Neutral: f => $"Could you send me a copy of the background check report for {f.RoleNamed}, so I can review it and respond? A short call about the offer would also help.",
            Warm: f => $"Could you send me a copy of the background check report for {f.RoleNamed} so I can review it and respond? A quick call about the offer would help too.",
            Formal: f => $"I would be grateful for a copy of the background check report for {f.RoleNamed}, so that I may review it and respond, and for a brief call regarding the offer."));

    private static readonly Dictionary<RejectionStage, StageWords> Stages = new()
    {
        [RejectionStage.Application] = new(
            Thanks: position => $"considering my application for {position} and for the time spent reviewing it",
            BriefThanks: position => $"considering my application for {position}",
            News: "your decision",
            FeedbackTopic: "applications"),
        [RejectionStage.ScreeningCall] = new(
            Thanks: position => $"the call about {position} and for taking the time to speak with me",
            BriefThanks: position => $"the call about {position}",
            News: "your decision",
            FeedbackTopic: "interviews"),
        [RejectionStage.Interview] = new(
            Thanks: position => $"the interviews for {position} and the time the team spent with me",
            BriefThanks: position => $"the interviews for {position}",
            News: "your decision",
            FeedbackTopic: "interviews"),
        [RejectionStage.FinalRound] = new(
            Thanks: position => $"the final-round interviews for {position} and the time the team spent with me",
            BriefThanks: position => $"the final-round interviews for {position}",
            News: "your decision",
            FeedbackTopic: "interviews"),
        [RejectionStage.OfferRescinded] = new(
            Thanks: position => $"the offer for {position} and for the time the team spent with me during the process",
            BriefThanks: position => $"the offer for {position}",
            News: "the change",
            FeedbackTopic: "applications"),
        [RejectionStage.NegotiationBrokeDown] = new(
            Thanks: position => $"the conversations about the offer for {position} and the time you put into them",
            BriefThanks: position => $"the conversations about the offer for {position}",
            News: "your decision",
            FeedbackTopic: "offer conversations"),
    };

    /// <summary>The person turns down an offer they received.</summary>
    private static readonly StageWords DeclinedStage = new(
        Thanks: position => $"the offer for {position} and for the time you and the team spent with me",
        BriefThanks: position => $"the offer for {position}",
        News: "the offer",
        FeedbackTopic: "applications");

    /// <summary>Used when the stage is not known yet.</summary>
    private static readonly StageWords UnknownStage = new(
        Thanks: position => $"your time and for considering me for {position}",
        BriefThanks: position => $"considering me for {position}",
        News: "your decision",
        FeedbackTopic: "applications");

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

    private sealed record LeadIn(Func<string, string> One, string Many);

    private sealed record GoalText(ByTone<Func<Facts, string>> Full, ByTone<Func<Facts, string>> Brief);

    private sealed record StageWords(
        Func<string, string> Thanks,
        Func<string, string> BriefThanks,
        string News,
        string FeedbackTopic);

    /// <summary>The request, cleaned up and turned into the noun phrases the templates use.</summary>
    private sealed record Facts(
        ReplyGoal Goal,
        DraftTone Tone,
        bool Short,
        int Variant,
        ContactNameParts? Contact,
        string? Company,
        string Position,
        string RoleNamed,
        string TeamRef,
        string AtName,
        string Opportunities,
        StageWords Stage,
        IReadOnlyList<string> OwnPoints,
        string? Sender,
        bool NeverHeardBack,
        ReasonKind? Reason,
        string OwnReason,
        bool Rescinded,
        string ReasonHeard,
        string ReasonUnderstood,
        HeardVia? HeardVia,
        Feeling? Feeling,
        string? Greeting,
        int Seed)
    {
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

            return new Facts(
                Goal: Goals.ContainsKey(request.Goal) ? request.Goal : ReplyGoal.ThankAndStayConnected,
                Tone: style.Tone,
                Short: style.Short,
                Variant: Math.Abs(style.Variant % 2),
                Contact: ContactNameParts.Parse(Shaped(CaseText.Clean(@case.ContactName), FieldShape.IsPerson)),
                Company: company,
                Position: PositionPhrase(role, company),
                RoleNamed: role is not null ? $"the {role} role" : company is not null ? $"the position at {company}" : "the position",
                TeamRef: company is null ? "the team" : $"the {company} team",
                AtName: company is null ? "with your team" : $"at {company}",
                Opportunities: company is null ? "opportunities with your team" : $"opportunities at {company}",
                Stage: stageWords,
                OwnPoints: (style.OwnPoints ?? []).Where(FieldShape.IsPointForEmployer).Select(CleanPoint).OfType<string>().ToList(),
                Sender: Shaped(CaseText.Clean(request.SenderName), FieldShape.IsPerson),
                NeverHeardBack: neverHeardBack,
                Reason: reason,
                OwnReason: declining && FieldShape.IsReason(@case.Reason, declining: true) && CleanPoint(@case.Reason) is { } own ? $" {char.ToUpperInvariant(own[0])}{own[1..]}." : string.Empty,
                Rescinded: rescinded,
                ReasonHeard: rescinded ? ReasonHeardLine(reason) : string.Empty,
                ReasonUnderstood: rescinded || declining || neverHeardBack || style.Short ? string.Empty : ReasonUnderstoodLine(reason),
                HeardVia: @case.HeardVia,
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

        /// <summary>A stable number for the case's details (string hashes change between runs), so its wordings stay put while it is revised.</summary>
        private static int SeedOf(RejectionCase @case, string? company, string? role)
        {
            var seed = 17u;
            foreach (var c in $"{company}|{role}|{@case.Stage}|{@case.Situation}|{@case.Feeling}|{@case.HeardVia}|{@case.HeardWhen}".ToLowerInvariant())
            {
                seed = (seed ^ c) * 16_777_619u;
            }

            return (int)(seed & 0x7FFF_FFFF);
        }

        private static string? Shaped(string? value, Func<string?, bool> hasShape) => hasShape(value) ? value : null;

        private static string PositionPhrase(string? role, string? company) => (role, company) switch
        {
            ({ } r, { } c) => $"the {r} role at {c}",
            ({ } r, null) => $"the {r} role",
            (null, { } c) => $"the position at {c}",
            _ => "the position",
        };

        /// <summary>Keeps the person's words; only line breaks and trailing punctuation are tidied.</summary>
        private static string? CleanPoint(string? point)
        {
            if (point is null)
            {
                return null;
            }

            var oneLine = string.Join(' ', point.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var trimmed = oneLine.TrimEnd('.', ',', ';', ':', '!', '?', ' ').TrimStart('-', '*', ' ');
            return trimmed.Length == 0 ? null : trimmed;
        }
    }
}
