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
            paragraphs.Add(Closings[facts.Variant].For(facts.Tone));
        }

        paragraphs.Add(SignOff(facts));
        return string.Join(ParagraphBreak, paragraphs);
    }

    /// <summary>"Dear Dr. Okafor," or "Hi Tom,": a title goes with the surname, never with the first name.</summary>
    private static string Greeting(Facts facts)
    {
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
        var thankYou = ThankYous[facts.Variant].For(facts.Tone);
        if (facts.Short || facts.Goal is ReplyGoal.CheckOnStatus or ReplyGoal.DeclineOffer)
        {
            // A status check and a decline say their news in their own paragraph.
            return thankYou(facts.Short ? facts.Stage.BriefThanks(facts.Position) : facts.Stage.Thanks(facts.Position));
        }

        // Someone who never heard back has no decision to be thanked for: they follow up instead.
        var news = facts.NeverHeardBack ? FollowUps.For(facts.Tone) : Acknowledgements[facts.Variant].For(facts.Tone)(facts.Stage.News);
        return $"{thankYou(facts.Stage.Thanks(facts.Position))} {news}";
    }

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
        // Points the person wrote as sentences in their own voice ("I can start in June") are woven in as
        // sentences of the letter; a fragment ("my portfolio") needs a lead-in to read as one.
        if (facts.Goal != ReplyGoal.OneLastPitch && facts.OwnPoints.All(IsSentence))
        {
            return string.Join(' ', facts.OwnPoints.Select(point => $"{char.ToUpperInvariant(point[0])}{point[1..]}."));
        }

        var leadIn = (facts.Goal == ReplyGoal.OneLastPitch ? FitLeadIns : AddLeadIns).For(facts.Tone);
        if (facts.OwnPoints.Count == 1)
        {
            return $"{leadIn.One} {facts.OwnPoints[0]}.";
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

    private static readonly ByTone<Func<string, string>>[] Acknowledgements =
    [
        new(
            Neutral: news => $"It was kind of you to let me know about {news}.",
            Warm: news => $"It was so kind of you to take the time to tell me about {news}.",
            Formal: news => $"It was considerate of you to inform me of {news} so promptly."),
        new(
            Neutral: news => $"Letting me know about {news} so clearly was considerate.",
            Warm: news => $"Hearing about {news} directly from you meant a lot.",
            Formal: news => $"Your clear communication of {news} was considerate."),
    ];

    private static readonly ByTone<string> FollowUps = new(
        Neutral: "I wanted to follow up, as I have not heard back about next steps.",
        Warm: "I wanted to check in, since I haven't heard back about next steps yet.",
        Formal: "I am writing to follow up, as I have not yet heard back regarding next steps.");

    private static readonly ByTone<string>[] Closings =
    [
        new(
            Neutral: "Thank you again for your time, and I wish you and the team all the best.",
            Warm: "Thanks again, and I wish you and the whole team all the best.",
            Formal: "Thank you once again for your time and consideration, and I wish you and your colleagues every success."),
        new(
            Neutral: "Wishing you and your colleagues a good rest of the hiring season.",
            Warm: "Wishing you and everyone there a lovely few months ahead.",
            Formal: "With my best wishes to you and your colleagues for the months ahead."),
    ];

    private static readonly ByTone<string>[] SignOffs =
    [
        new(Neutral: "Best regards,", Warm: "Kind regards,", Formal: "Sincerely,"),
        new(Neutral: "All the best,", Warm: "Warm wishes,", Formal: "Yours sincerely,"),
    ];

    private static readonly ByTone<LeadIn> AddLeadIns = new(
        Neutral: new("One thing I would add:", "A few things I would add:"),
        Warm: new("One thing I'd love to add:", "A few things I'd love to add:"),
        Formal: new("I would also like to add:", "I would also like to add the following:"));

    private static readonly ByTone<LeadIn> FitLeadIns = new(
        Neutral: new("One reason I believe I would be a good fit:", "A few reasons I believe I would be a good fit:"),
        Warm: new("One reason I think I'd be a great fit:", "A few reasons I think I'd be a great fit:"),
        Formal: new("One reason I believe I would be well suited to the role:", "I believe I would be well suited to the role for the following reasons:"));

    private static readonly Dictionary<ReplyGoal, GoalText> Goals = new()
    {
        [ReplyGoal.ThankAndStayConnected] = new(
            Full: new(
                Neutral: f => $"I remain interested in {f.Opportunities} and would welcome being considered for future openings, whether for a similar role or a different one. I hope we can stay in touch, and I will keep an eye on new postings.",
                Warm: f => $"I'm still very interested in {f.Opportunities}, and I'd love to be considered for future openings, whether for a similar role or something different. It would be great to stay in touch, and I'd be glad to connect on LinkedIn if you're open to it.",
                Formal: f => $"I remain very interested in {f.Opportunities} and would be grateful to be considered for future openings, whether in a similar role or another area. I would welcome the chance to stay in touch and will watch for new postings with interest."),
            Brief: new(
                Neutral: _ => "I would welcome being considered for future openings and hope we can stay in touch.",
                Warm: _ => "I'd love to be considered for future openings, and it would be great to stay in touch.",
                Formal: _ => "I would be grateful to be considered for future openings and hope we may remain in touch.")),

        [ReplyGoal.AskForFeedback] = new(
            Full: new(
                Neutral: f => $"If you have a moment, I would appreciate any feedback on how I could strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would be helpful, and I completely understand if that is not possible.",
                Warm: f => $"If you have a spare moment, I'd really value any feedback on how I could strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would help a lot, and no worries at all if that isn't possible.",
                Formal: f => $"I would be grateful if you could share any feedback on how I might strengthen future {f.Stage.FeedbackTopic}. Even a sentence or two would be most helpful, and I fully understand if this is not possible."),
            Brief: new(
                Neutral: f => $"Could you share any feedback on how I could strengthen future {f.Stage.FeedbackTopic}? Even a sentence or two would help, and I understand if not.",
                Warm: f => $"I'd really value a sentence or two of feedback on how I could strengthen future {f.Stage.FeedbackTopic}, but no worries if not.",
                Formal: f => $"If time allows, I would be grateful for a sentence or two of feedback on how I might strengthen future {f.Stage.FeedbackTopic}.")),

        [ReplyGoal.OneLastPitch] = new(
            Full: new(
                Neutral: f => $"I remain very interested in {f.RoleRef}. If anything changes, or if a similar role opens up, I would be glad to be considered, and I am happy to answer any further questions in the meantime.",
                Warm: f => $"I'm still very keen on {f.RoleRef}. If anything changes or a similar role opens up, I'd be really glad to be considered, and I'm happy to share anything else that would help.",
                Formal: f => $"I remain strongly interested in {f.RoleRef}. Should circumstances change, or should a similar position become available, I would be grateful to be considered, and I would be pleased to provide any further information."),
            Brief: new(
                Neutral: f => $"I remain very interested in {f.RoleRef} and would be glad to be considered if anything changes.",
                Warm: f => $"I'm still very keen on {f.RoleRef}, and I'd be glad to be considered if anything changes.",
                Formal: f => $"I remain strongly interested in {f.RoleRef} and would be grateful to be considered should circumstances change.")),

        [ReplyGoal.AskAboutRescindedOffer] = new(
            Full: new(
                Neutral: _ => "I understand these decisions are not made lightly, and I would be glad to hear more about the reason the offer was withdrawn. I would also like to know whether anything might still be possible, such as a later start date or a different role. Would you be available for a short call in the coming days?",
                Warm: _ => "I know decisions like this aren't easy, and I'd really appreciate hearing a little more about the reason for it. I'd also love to know whether anything might still work, such as a later start date or another role on the team. Would you have time for a quick call this week?",
                Formal: _ => "I understand that such decisions are not made lightly, and I would be grateful if you could clarify the reason the offer was withdrawn. I would also welcome the opportunity to discuss whether an alternative might be possible, such as a later start date or another position. Would you be available for a brief call at your convenience?"),
            Brief: new(
                Neutral: _ => "Could you help me understand the reason the offer was withdrawn, and whether a later start date or another role might be possible? I would welcome a short call if you have time.",
                Warm: _ => "I'd really appreciate hearing a little more about the reason, and whether a later start date or another role might work. Would you have time for a quick call?",
                Formal: _ => "I would be grateful if you could clarify the reason the offer was withdrawn and whether a later start date or another position might be possible. Would you be available for a brief call?")),

        [ReplyGoal.CheckOnStatus] = new(
            Full: new(
                Neutral: f => $"I wanted to check in on where things stand with {f.RoleRef}, as I have not heard back yet. I remain interested, and I would be glad to hear about next steps or the timeline whenever you have an update.",
                Warm: f => $"I wanted to check in on where things stand with {f.RoleRef}, since I haven't heard back yet. I'm still really interested, and I'd love to hear about next steps or the timeline whenever you have an update.",
                Formal: f => $"I am writing to ask where matters stand with {f.RoleRef}, as I have not yet received an update. I remain very interested and would be grateful for any information on next steps or the expected timeline."),
            Brief: new(
                Neutral: f => $"Could you let me know where things stand with {f.RoleRef}? I remain interested and would welcome an update.",
                Warm: f => $"I'd love to know where things stand with {f.RoleRef}; I'm still very interested.",
                Formal: f => $"I would be grateful for an update on the status of {f.RoleRef}, in which I remain very interested.")),

        [ReplyGoal.DeclineOffer] = new(
            Full: new(
                Neutral: f => $"After careful thought, I have decided to decline the offer.{f.OwnReason} This was not an easy decision, and I have a lot of respect for the team. I hope our paths cross in the future, and I would be glad to stay in touch.",
                Warm: f => $"After a lot of thought, I've decided to decline the offer.{f.OwnReason} It wasn't an easy call, and I really enjoyed getting to know the team. I hope our paths cross in the future, and I'd love to stay in touch.",
                Formal: f => $"After careful consideration, I have decided to decline the offer.{f.OwnReason} This was a difficult decision, and I hold the team in high regard. I hope our paths will cross in future, and I would welcome the opportunity to remain in touch."),
            Brief: new(
                Neutral: f => $"After careful thought, I have decided to decline the offer.{f.OwnReason} I hope we can stay in touch.",
                Warm: f => $"After a lot of thought, I've decided to decline the offer.{f.OwnReason} I'd love to stay in touch.",
                Formal: f => $"After careful consideration, I have decided to decline the offer.{f.OwnReason} I hope we may remain in touch.")),
    };

    /// <summary>A second wording of each full goal paragraph, for "start again".</summary>
    private static readonly Dictionary<ReplyGoal, ByTone<Func<Facts, string>>> AlternativeGoals = new()
    {
        [ReplyGoal.ThankAndStayConnected] = new(
            Neutral: f => $"I would be glad to hear from you if a future opening fits, and I will keep following {f.Opportunities}. Let's stay in touch.",
            Warm: f => $"If another opening comes up that fits, I'd be thrilled to hear about it, and I'll keep watching {f.Opportunities}. Let's keep in touch.",
            Formal: f => $"Should a suitable future opening arise, I would welcome hearing from you, and I shall keep an eye on {f.Opportunities}. I hope we may remain in touch."),
        [ReplyGoal.AskForFeedback] = new(
            Neutral: f => $"Would you be willing to share a few words of feedback? Knowing what would make my future {f.Stage.FeedbackTopic} stronger would help me, and of course no reply is needed if you are busy.",
            Warm: f => $"Would you be up for sharing a few words of feedback? Knowing what would make my future {f.Stage.FeedbackTopic} stronger would help a lot, and no worries at all if you're busy.",
            Formal: f => $"Might you be willing to share brief feedback? An indication of what would make my future {f.Stage.FeedbackTopic} stronger would be invaluable, and I fully understand if time does not allow."),
        [ReplyGoal.OneLastPitch] = new(
            Neutral: f => $"My interest in {f.RoleRef} has not changed. Should the situation shift, or a similar opening appear, please keep me in mind; any further questions are welcome.",
            Warm: f => $"My enthusiasm for {f.RoleRef} hasn't changed one bit. If the situation shifts or something similar opens up, please keep me in mind; I'm happy to answer anything else.",
            Formal: f => $"My interest in {f.RoleRef} remains undiminished. Should the situation change, or a comparable opening arise, I would ask that you keep me in mind; I remain available for any further questions."),
        [ReplyGoal.AskAboutRescindedOffer] = new(
            Neutral: _ => "Could we talk through what led to the offer being withdrawn? I would also like to explore whether another option might work, such as a later start date or a different role. Would a short call in the coming days suit you?",
            Warm: _ => "Could we talk through what led to this? I'd also love to explore whether another option might work, such as a later start date or another role on the team. Would a quick call this week suit you?",
            Formal: _ => "Might we discuss what led to the offer being withdrawn? I would also welcome exploring whether an alternative could work, such as a later start date or another position. Would a brief call at your convenience suit you?"),
        [ReplyGoal.CheckOnStatus] = new(
            Neutral: f => $"As I have not heard back yet, I wanted to ask how things are going with {f.RoleRef}. Any update on next steps or timing would be welcome, and I remain keen.",
            Warm: f => $"I haven't heard back yet, so I wanted to ask how things are going with {f.RoleRef}. Any update on next steps or timing would be great; I'm still keen.",
            Formal: f => $"Not having received an update, I wished to enquire about the status of {f.RoleRef}. Any information on next steps or timing would be welcome; my interest remains strong."),
        [ReplyGoal.DeclineOffer] = new(
            Neutral: f => $"Having thought it over carefully, I will not be accepting the offer, and so I am writing to decline it.{f.OwnReason} I enjoyed meeting the team and hope we stay in touch.",
            Warm: f => $"Having thought it over, I won't be accepting the offer, so I'm writing to decline it.{f.OwnReason} I really enjoyed meeting the team and hope we stay in touch.",
            Formal: f => $"Having given the matter careful thought, I must respectfully decline the offer.{f.OwnReason} It was a pleasure to meet the team, and I hope we may remain in touch."),
    };

    /// <summary>A rescinded offer whose reason was given: no asking for it again.</summary>
    private static readonly GoalText KnownReasonAsk = new(
        Full: new(
            Neutral: _ => "Thank you for explaining the reason. I would still like to know whether anything might be possible, such as a later start date or a different role. Would you be available for a short call in the coming days?",
            Warm: _ => "Thanks for being open about the reason. I'd still love to know whether anything might work, such as a later start date or another role on the team. Would you have time for a quick call this week?",
            Formal: _ => "Thank you for explaining the reason. I would welcome the opportunity to discuss whether an alternative might be possible, such as a later start date or another position. Would you be available for a brief call at your convenience?"),
        Brief: new(
            Neutral: _ => "Might a later start date or another role be possible? I would welcome a short call about the offer.",
            Warm: _ => "Could a later start date or another role work? I'd welcome a quick call about the offer.",
            Formal: _ => "Might a later start date or another position be possible? I would welcome a brief call regarding the offer."));

    /// <summary>An offer withdrawn after a background check: the person may ask for the report and respond to it.</summary>
    private static readonly GoalText BackgroundCheckAsk = new(
        Full: new(
            Neutral: _ => "Could you please send me a copy of the background check report the decision was based on? I would like the chance to review it and respond, since some details may be incomplete or out of date. I would also welcome a short call to discuss the offer.",
            Warm: _ => "Could you please send me a copy of the background check report? I'd like the chance to review it and respond, as some details may be incomplete or out of date. I'd also welcome a quick call to talk about the offer.",
            Formal: _ => "I would be grateful if you could provide a copy of the background check report on which the decision was based. I would like the opportunity to review it and respond, as some information may be incomplete or out of date. I would also welcome a brief call to discuss the offer."),
        Brief: new(
            Neutral: _ => "Could you send me a copy of the background check report, so I can review it and respond? A short call about the offer would also help.",
            Warm: _ => "Could you send me a copy of the background check report so I can review it and respond? A quick call about the offer would help too.",
            Formal: _ => "I would be grateful for a copy of the background check report, so that I may review it and respond, and for a brief call regarding the offer."));

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

    private sealed record LeadIn(string One, string Many);

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
        string RoleRef,
        string Opportunities,
        StageWords Stage,
        IReadOnlyList<string> OwnPoints,
        string? Sender,
        bool NeverHeardBack,
        ReasonKind? Reason,
        string OwnReason)
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

            return new Facts(
                Goal: Goals.ContainsKey(request.Goal) ? request.Goal : ReplyGoal.ThankAndStayConnected,
                Tone: style.Tone,
                Short: style.Short,
                Variant: Math.Abs(style.Variant % 2),
                Contact: ContactNameParts.Parse(Shaped(CaseText.Clean(@case.ContactName), FieldShape.IsPerson)),
                Company: company,
                Position: PositionPhrase(role, company),
                RoleRef: role is null ? "the position" : "the role",
                Opportunities: company is null ? "opportunities with your team" : $"opportunities at {company}",
                Stage: stageWords,
                OwnPoints: (style.OwnPoints ?? []).Where(FieldShape.IsPointForEmployer).Select(CleanPoint).OfType<string>().ToList(),
                Sender: Shaped(CaseText.Clean(request.SenderName), FieldShape.IsPerson),
                NeverHeardBack: @case.HeardVia == HeardVia.NoWord || @case.Situation == Situation.Ghosted,
                Reason: declining ? null : Reasons.KindOf(Shaped(CaseText.Clean(@case.Reason), reason => FieldShape.IsReason(reason))),
                OwnReason: declining && FieldShape.IsReason(@case.Reason, declining: true) && CleanPoint(@case.Reason) is { } own ? $" {char.ToUpperInvariant(own[0])}{own[1..]}." : string.Empty);
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
