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
            paragraphs.Add(Closings.For(facts.Tone));
        }

        paragraphs.Add(SignOff(facts));
        return string.Join(ParagraphBreak, paragraphs);
    }

    private static string Greeting(Facts facts) =>
        facts.Contact is { } contact ? ContactGreetings.For(facts.Tone)(contact)
        : facts.Company is { } company ? $"Dear {company} hiring team,"
        : "Dear hiring team,";

    private static string Opening(Facts facts)
    {
        var thankYou = ThankYous.For(facts.Tone);
        if (facts.Short)
        {
            return thankYou(facts.Stage.BriefThanks(facts.Position));
        }

        // Someone who never heard back has no decision to be thanked for: they follow up instead.
        var news = facts.NeverHeardBack ? FollowUps.For(facts.Tone) : Acknowledgements.For(facts.Tone)(facts.Stage.News);
        return $"{thankYou(facts.Stage.Thanks(facts.Position))} {news}";
    }

    private static string GoalParagraph(Facts facts)
    {
        var text = Goals[facts.Goal];
        var write = facts.Short ? text.Brief.For(facts.Tone) : text.Full.For(facts.Tone);
        return write(facts);
    }

    private static string OwnPointsParagraph(Facts facts)
    {
        var leadIn = (facts.Goal == ReplyGoal.OneLastPitch ? FitLeadIns : AddLeadIns).For(facts.Tone);
        if (facts.OwnPoints.Count == 1)
        {
            return $"{leadIn.One} {facts.OwnPoints[0]}.";
        }

        return leadIn.Many + "\n" + string.Join("\n", facts.OwnPoints.Select(point => $"- {point}"));
    }

    private static string SignOff(Facts facts)
    {
        var signOff = SignOffs.For(facts.Tone);
        return facts.Sender is { } sender ? $"{signOff}\n{sender}" : signOff;
    }

    // ----- Phrase tables -----

    private static readonly ByTone<Func<string, string>> ContactGreetings = new(
        Neutral: name => $"Dear {name},",
        Warm: name => $"Hi {name},",
        Formal: name => $"Dear {name},");

    private static readonly ByTone<Func<string, string>> ThankYous = new(
        Neutral: what => $"Thank you for {what}.",
        Warm: what => $"Thank you so much for {what}.",
        Formal: what => $"I would like to thank you for {what}.");

    private static readonly ByTone<Func<string, string>> Acknowledgements = new(
        Neutral: news => $"I appreciate you letting me know about {news}.",
        Warm: news => $"I really appreciate you taking the time to let me know about {news}.",
        Formal: news => $"I appreciate you informing me of {news}.");

    private static readonly ByTone<string> FollowUps = new(
        Neutral: "I wanted to follow up, as I have not heard back about next steps.",
        Warm: "I wanted to check in, since I haven't heard back about next steps yet.",
        Formal: "I am writing to follow up, as I have not yet heard back regarding next steps.");

    private static readonly ByTone<string> Closings = new(
        Neutral: "Thank you again for your time, and I wish you and the team all the best.",
        Warm: "Thanks again, and I wish you and the whole team all the best.",
        Formal: "Thank you once again for your time and consideration, and I wish you and your colleagues every success.");

    private static readonly ByTone<string> SignOffs = new(
        Neutral: "Best regards,",
        Warm: "Kind regards,",
        Formal: "Sincerely,");

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
                Formal: f => $"I remain very interested in {f.Opportunities} and would be grateful to be considered for future openings, whether in a similar role or another area. I would welcome the opportunity to remain in touch and will follow new openings with interest."),
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
    };

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
        string? Contact,
        string? Company,
        string Position,
        string RoleRef,
        string Opportunities,
        StageWords Stage,
        IReadOnlyList<string> OwnPoints,
        string? Sender,
        bool NeverHeardBack)
    {
        public static Facts From(DraftRequest request)
        {
            var @case = request.Case;
            var style = request.Style ?? @case.Style ?? new DraftStyle();
            var company = CaseText.Clean(@case.Company);
            var role = CaseText.CleanRole(@case.Role);
            var stage = @case.Stage ?? (request.Goal == ReplyGoal.AskAboutRescindedOffer ? RejectionStage.OfferRescinded : null);

            return new Facts(
                Goal: Goals.ContainsKey(request.Goal) ? request.Goal : ReplyGoal.ThankAndStayConnected,
                Tone: style.Tone,
                Short: style.Short,
                Contact: CaseText.Clean(@case.ContactName),
                Company: company,
                Position: PositionPhrase(role, company),
                RoleRef: role is null ? "the position" : "the role",
                Opportunities: company is null ? "opportunities with your team" : $"opportunities at {company}",
                Stage: stage is { } known && Stages.TryGetValue(known, out var words) ? words : UnknownStage,
                OwnPoints: (style.OwnPoints ?? []).Select(CleanPoint).OfType<string>().ToList(),
                Sender: CaseText.Clean(request.SenderName),
                NeverHeardBack: @case.HeardVia == HeardVia.NoWord);
        }

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
