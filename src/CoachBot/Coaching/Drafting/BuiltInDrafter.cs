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

    private static string Compose(DraftRequest request) => Compose(request, SaidTheRoundBefore(request));

    /// <summary>
    /// The sentences of the draft "start again" moved away from: the round before's first draft, written again, so the
    /// new round can pass over each of them (what it picked depends on the whole letter around it).
    /// </summary>
    private static HashSet<string> SaidTheRoundBefore(DraftRequest request)
    {
        var style = request.Style ?? request.Case.Style;
        if (style.Variant <= 0)
        {
            return [];
        }

        var roundBefore = request with { Style = new DraftStyle { Variant = style.Variant - 1 } };
        var facts = Facts.From(roundBefore);
        _ = Compose(roundBefore, [], facts);
        return facts.Written.Sentences.Select(sentence => sentence.Text).ToHashSet(StringComparer.Ordinal);
    }

    private static string Compose(DraftRequest request, HashSet<string> saidTheRoundBefore, Facts? facts = null)
    {
        facts ??= Facts.From(request);
        facts.SaidTheRoundBefore = saidTheRoundBefore;
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

        // The company is named at least once in the body, whichever wordings were chosen. A wish is a closing: it
        // comes after everything the letter says, the person's own points too, and never above them.
        if (facts.Company is { } company && !paragraphs.Skip(1).Any(paragraph => paragraph.Contains(company, StringComparison.OrdinalIgnoreCase))
            && (facts.Short || !CompanyClosings.Contains(ClosingPool(facts))))
        {
            var wish = Say(CompanyWishes, facts, Slot.Company, next: SignOffs[facts.Variant].For(facts.Tone));
            if (facts.OwnPoints.Count > 0)
            {
                paragraphs.Add(wish);
            }
            else
            {
                paragraphs[2] = Join(paragraphs[2], wish);
            }
        }

        if (!facts.Short)
        {
            paragraphs.Add(Closing(facts));
        }

        paragraphs.Add(SignOff(facts));
        paragraphs = WithoutRemovedParts(paragraphs, request.Style ?? request.Case.Style, facts);
        var body = string.Join(ParagraphBreak, paragraphs.Skip(1));
        return facts.Company is { } named
            ? $"{paragraphs[0]}{ParagraphBreak}{CompanyMentions.KeepFirst(body, named)}"
            : string.Join(ParagraphBreak, paragraphs);
    }

    /// <summary>
    /// The letter without the parts the person asked to take out; the greeting and the sign-off always stay. A
    /// part is its place in the letter, not its words: a sentence taken out stays out in any tone or length it
    /// would be worded in later, and the sentences that only make sense after it ("It would truly help me…" after
    /// the feedback ask) go with it.
    /// </summary>
    private static List<string> WithoutRemovedParts(List<string> paragraphs, DraftStyle? style, Facts facts)
    {
        IReadOnlyList<string> body = paragraphs[1..^1];
        foreach (var removal in DraftRemoval.AllIn(style?.Instructions ?? []))
        {
            var named = removal.SentencesRemovedFrom(body).ToHashSet(StringComparer.Ordinal);
            var written = facts.Written.Sentences;
            var parts = written.Where(sentence => named.Contains(sentence.Text)
                || (removal.Quoted is not null && sentence.Pool is { } pool && Wordings(pool, facts).Any(removal.Names))).ToList();
            parts.AddRange(written.Where(sentence => sentence.Pool is { } pool
                && parts.Exists(part => part.Pool is { } named && Dependents.TryGetValue(named, out var after) && after.Contains(pool))));
            var left = body;
            foreach (var part in parts.Select(part => part.Text).Concat(named).Distinct(StringComparer.Ordinal))
            {
                left = new DraftRemoval(part, null, false, []).ApplyTo(left) ?? left;
            }

            body = left;
        }

        return [paragraphs[0], .. body, paragraphs[^1]];
    }

    /// <summary>Every wording of a slot's pool, in every tone, for this case.</summary>
    private static IEnumerable<string> Wordings(Line[] pool, Facts facts) =>
        pool.SelectMany(line => new[] { line.Neutral(facts), line.Warm(facts), line.Formal(facts) });

    /// <summary>
    /// "Dear Dr. Okafor," or "Dear Priya,": a title goes with the surname, never with the first name, and a name
    /// without a title is greeted by its first name in every tone, as a counselor writes ("Dear Priya Shah" reads
    /// as a mail merge).
    /// </summary>
    private static string Greeting(Facts facts)
    {
        if (facts.Greeting is { } asked)
        {
            return asked;
        }

        if (facts.Contact is { } contact)
        {
            return ContactGreetings.For(facts.Tone)(contact.Addressed);
        }

        var salutation = facts.Variant == 0 || facts.Tone == DraftTone.Formal ? "Dear" : "Hello";
        return facts.Company is { } company ? $"{salutation} {company} hiring team," : $"{salutation} hiring team,";
    }

    /// <summary>
    /// The first paragraph: thanks for the stage the person reached, what that stage was like for them, and
    /// how they take the news (or, with no news, that they are following up). A short draft keeps the thanks only.
    /// </summary>
    private static string Opening(Facts facts)
    {
        if (facts.Rescinded)
        {
            // A withdrawn offer is not thanked for, nor is the news of it: the person says they heard, and
            // thanks only for the time the team gave them. A short reply thanks the company by name, so it
            // needs no closing wish to name it.
            return facts.Short
                ? Join(Say(RescindedNewsFor(facts), facts, Slot.News), Say(facts.Company is null ? RescindedTime : RescindedTimeNamed, facts, Slot.Time))
                : Join(
                    Say(RescindedNewsFor(facts), facts, Slot.News),
                    Said(facts, facts.ReasonHeard),
                    Say(TakingItIn, facts, Slot.Weighing),
                    Say(facts.Company is null ? RescindedTime : RescindedTimeNamed, facts, Slot.Time));
        }

        var thanks = Say(facts.Stage.Thanks, facts, Slot.Thanks);
        if (facts.Short)
        {
            return thanks;
        }

        var wentThrough = Say(facts.Stage.Takeaways, facts, Slot.Takeaway);
        if (facts.Goal == ReplyGoal.DeclineOffer)
        {
            // A decline says its news in its own paragraph.
            return Join(thanks, wentThrough);
        }

        // Someone who never heard back has no decision to be thanked for: they follow up instead. A reason
        // the employer gave is taken in, in place of a general acknowledgement.
        // Someone asking for the first offer after the talks ended has not accepted the ending: no line that closes it.
        var news = facts.NeverHeardBack || facts.Goal == ReplyGoal.CheckOnStatus ? Say(FollowUpsFor(facts), facts, Slot.News)
            : facts.Goal == ReplyGoal.TakeOriginalOffer ? Say(TalksLeftOpen, facts, Slot.News)
            : facts.ReasonUnderstood.Length > 0 ? Said(facts, facts.ReasonUnderstood)
            : Say(AcknowledgementsFor(facts), facts, Slot.News);
        return Join(thanks, wentThrough, news);
    }

    /// <summary>News of a withdrawn offer that came by phone is not "your message".</summary>
    private static Line[] RescindedNewsFor(Facts facts) => facts.HeardVia == HeardVia.Call ? RescindedCall : RescindedNews;

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
        facts.Rescinded && facts.Goal == ReplyGoal.AskAboutRescindedOffer ? RescindedClosings
        : facts.NeverHeardBack || facts.Goal is ReplyGoal.CheckOnStatus or ReplyGoal.TakeOriginalOffer ? WaitingClosings
        : facts.Company is null ? PlainClosings
        : facts.Goal == ReplyGoal.DeclineOffer ? DeclineClosings
        : facts.Feeling is Feeling.Relieved or Feeling.Angry or Feeling.Frustrated ? BriskClosings
        : WarmerClosings;

    /// <summary>
    /// The line a full draft opens its second paragraph with: what the person honestly takes away from the
    /// stage or still values, by the stage and how they feel. It claims nothing about them beyond taking part.
    /// </summary>
    private static string Value(Facts facts)
    {
        if (facts.Short)
        {
            return string.Empty;
        }

        var group = facts.Goal == ReplyGoal.DeclineOffer ? StageGroup.Declined
            : facts.Rescinded ? StageGroup.Rescinded
            : facts.NeverHeardBack || facts.Goal == ReplyGoal.CheckOnStatus ? (facts.Stage.Group == StageGroup.Applied ? StageGroup.WaitingToHear : StageGroup.Waiting)
            : facts.Stage.Group;
        // Someone still waiting has no news to feel a way about yet: one pool, whatever they feel.
        var mood = group is StageGroup.Waiting or StageGroup.WaitingToHear ? Mood.Open : facts.Feeling switch
        {
            Feeling.Disappointed or Feeling.DoubtingMyself => Mood.Low,
            Feeling.Angry or Feeling.Frustrated => Mood.Heated,
            Feeling.Relieved => Mood.Light,
            _ => Mood.Open,
        };
        return Say(Values[(group, mood)], facts, Slot.Value);
    }

    private static string GoalParagraph(Facts facts)
    {
        // The takeaway line is written where it stands in the letter, so each choice sees the sentence before it.
        var value = facts.Goal == ReplyGoal.DeclineOffer ? string.Empty : Value(facts);
        if (facts.Goal == ReplyGoal.AskAboutRescindedOffer && facts.Reason == ReasonKind.BackgroundCheck)
        {
            return facts.Short
                ? Join(Say(ReportAsks, facts, Slot.GoalA), Say(BriefCallAsks, facts, Slot.GoalD))
                : Join(value, Say(ReportAsks, facts, Slot.GoalA), Say(RespondLines, facts, Slot.GoalB), Say(CallAsks, facts, Slot.GoalD));
        }

        return facts.Goal switch
        {
            ReplyGoal.AskForFeedback => facts.Short
                ? Join(Say(FeedbackAsks, facts, Slot.GoalA), Say(FeedbackSizes, facts, Slot.GoalC))
                : Join(value, Say(FeedbackAsks, facts, Slot.GoalA), Say(FeedbackPurposes, facts, Slot.GoalB), Say(FeedbackSizes, facts, Slot.GoalC)),
            ReplyGoal.OneLastPitch => facts.Short
                ? Join(Say(PitchInterest, facts, Slot.GoalA), Say(PitchIfChanges, facts, Slot.GoalB))
                : Join(value, Say(PitchInterest, facts, Slot.GoalA), Say(PitchIfChanges, facts, Slot.GoalB), Say(PitchMore, facts, Slot.GoalC)),
            ReplyGoal.AskAboutRescindedOffer => facts.Short
                ? Join(Say(AlternativeAsks, facts, Slot.GoalC), Say(facts.Reason is null ? ReasonCallAsks : BriefCallAsks, facts, Slot.GoalD))
                : Join(
                    value,
                    facts.Reason is null ? Say(ReasonAsks, facts, Slot.GoalB) : string.Empty,
                    Say(AlternativeAsks, facts, Slot.GoalC),
                    Say(CallAsks, facts, Slot.GoalD)),
            ReplyGoal.TakeOriginalOffer => facts.Short
                ? Join(Say(OriginalTerms, facts, Slot.GoalB), Say(BriefCallAsks, facts, Slot.GoalD))
                : Join(value, Say(StillWantToJoin, facts, Slot.GoalA), Say(OriginalTerms, facts, Slot.GoalB), Say(CallAsks, facts, Slot.GoalD)),
            ReplyGoal.CheckOnStatus => facts.Short
                ? Join(Say(StatusAsks, facts, Slot.GoalA), Say(StillInterested, facts, Slot.GoalB))
                : Join(value, Say(StatusAsks, facts, Slot.GoalA), Say(StillInterested, facts, Slot.GoalB), Say(TimingAsks, facts, Slot.GoalC)),
            ReplyGoal.DeclineOffer => facts.Short
                ? Join(Say(DeclineLinesFor(facts), facts, Slot.GoalA), Said(facts, facts.DeclineReason), Say(InTouch, facts, Slot.GoalC))
                : Join(
                    Say(DeclineLinesFor(facts), facts, Slot.GoalA),
                    Said(facts, facts.DeclineReason),
                    Say(Promptly, facts, Slot.Courtesy),
                    facts.DeclineKind is not null || facts.ReasonLeftOut ? string.Empty : Value(facts),
                    Say(Respect, facts, Slot.GoalB),
                    Say(InTouch, facts, Slot.GoalC)),
            _ => facts.Short
                ? Join(Say(FutureOpenings, facts, Slot.GoalB), Say(InTouch, facts, Slot.GoalC))
                : Join(value, Say(InterestFor(facts), facts, Slot.GoalA), Say(FutureOpenings, facts, Slot.GoalB), Say(KeepingUp, facts, Slot.GoalC)),
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
        Value,
        Weighing,
        Courtesy,
    }

    /// <summary>
    /// One wording of the slot, chosen by the case (its details and the wording asked for) and the slot:
    /// stable while the case is revised, different between cases, and independent from slot to slot.
    /// </summary>
    /// <remarks>
    /// Like a careful writer, it passes over a wording that repeats a word of the sentence before (or of the
    /// line after, <paramref name="next"/>) when another wording of the slot does not.
    /// </remarks>
    private static string Say(Line[] choices, Facts facts, Slot slot, string? next = null) =>
        Said(facts, Pick(choices, facts, slot, next, facts.Round), choices);

    private static string Pick(Line[] choices, Facts facts, Slot slot, string? next, int round)
    {
        var mixed = (uint)facts.Seed ^ ((uint)slot * 0x9E37_79B9u);
        mixed ^= mixed >> 16;
        mixed *= 0x7FEB_352Du;
        mixed ^= mixed >> 15;
        // "Start again" moves every slot on by one, and passes over what the round before said (SaidTheRoundBefore), so
        // the new draft reads differently throughout.
        var first = (int)((mixed + (uint)round) % (uint)choices.Length);
        var chosen = choices[first].For(facts.Tone)(facts);
        // Like a careful writer: never a word of the sentence before (or the line after), then as few as can be of
        // the words the letter has used anywhere ("really … really", "keener … as keen"), then a fresh opening.
        var before = facts.WithoutFacts(facts.Written.Last);
        var earlier = facts.WithoutFacts(facts.Written.All);
        string? best = null;
        var bestCost = int.MaxValue;
        for (var i = 0; i < choices.Length; i++)
        {
            var candidate = choices[(first + i) % choices.Length].For(facts.Tone)(facts);
            var words = facts.WithoutFacts(candidate);
            if (DraftRubric.RepeatsAWord(words, before) || (next is not null && DraftRubric.RepeatsAWord(words, next)))
            {
                continue;
            }

            // Two sentences in a row that open on the same word ("I ... I ..."), or two in one letter that open
            // on the same two ("Every conversation ..."), read as a form being filled in.
            var sameOpening = string.Equals(FirstWord(candidate), FirstWord(facts.Written.Last), StringComparison.OrdinalIgnoreCase)
                || facts.Written.OpensAsBefore(candidate);
            // A repeated opening is a failure the rubric names, the round before's wording is what "start again"
            // moves away from, and a word said again is a blemish, weighed by how many.
            var cost = (sameOpening ? 1000 : 0) + (facts.SaidTheRoundBefore.Contains(candidate.Trim()) ? 100 : 0) + DraftRubric.SharedContentWords(words, earlier);
            if (cost < bestCost)
            {
                best = candidate;
                bestCost = cost;
            }

            if (cost == 0)
            {
                break;
            }
        }

        return best ?? chosen;
    }

    private static string FirstWord(string sentence)
    {
        var trimmed = sentence.TrimStart();
        var end = trimmed.IndexOfAny([' ', ',', ';']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    /// <summary>A sentence the letter now ends with, so the next choice can avoid its words; <paramref name="pool"/> is the slot's wordings it was chosen from.</summary>
    private static string Said(Facts facts, string sentence, Line[]? pool = null)
    {
        if (sentence.Trim().Length > 0)
        {
            facts.Written.Add(sentence, pool);
        }

        return sentence;
    }


    /// <summary>What the letter has said so far, as far as choosing the next wording needs.</summary>
    private sealed class Progress
    {
        /// <summary>The openings of the sentences so far, as the rubric counts them (<see cref="DraftRubric.Openings"/>).</summary>
        private readonly HashSet<string> openings = new(StringComparer.OrdinalIgnoreCase);

        private readonly System.Text.StringBuilder all = new();

        private readonly List<WrittenSentence> sentences = [];

        public string Last { get; private set; } = string.Empty;

        /// <summary>Every sentence so far, one after another.</summary>
        public string All => all.ToString();

        /// <summary>Every sentence so far, each with the pool of wordings it was chosen from (null for the person's own words).</summary>
        public IReadOnlyList<WrittenSentence> Sentences => sentences;

        public void Add(string said, Line[]? pool)
        {
            Last = said;
            all.Append(' ').Append(said);
            openings.UnionWith(DraftRubric.Openings(said));
            sentences.Add(new WrittenSentence(said.Trim(), pool));
        }

        /// <summary>Whether a sentence of these words opens as one already written does.</summary>
        public bool OpensAsBefore(string words) => DraftRubric.Openings(words).Any(openings.Contains);
    }

    private static string Capitalised(string words) => words.Length == 0 ? words : $"{char.ToUpperInvariant(words[0])}{words[1..]}";

    private static string Join(params string[] sentences) =>
        string.Join(' ', sentences.Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0));

    private static Line L(Func<Facts, string> neutral, Func<Facts, string> warm, Func<Facts, string> formal) => new(neutral, warm, formal);

    private static Line L(Func<Facts, string> all) => new(all, all, all);

    // ----- Phrase tables -----
    // No sentence here is longer than ten words once the case's facts are set aside (company, role, names,
    // stage), counting each fact as one word: a run of eleven words two letters share can only be the
    // person's own. Each slot has several wordings, and which pool a slot draws from depends on the
    // situation, the stage, how and when the news came and how the person feels, so two letters rarely
    // share even a short sentence. Only the opening thanks the employer: later lines acknowledge, value,
    // ask and look ahead.

    private static readonly ByTone<Func<string, string>> ContactGreetings = new(
        Neutral: name => $"Dear {name},",
        Warm: name => $"Hi {name},",
        Formal: name => $"Dear {name},");

    private static readonly Line[] PlainAcknowledgements =
    [
        L(_ => "It helps to know clearly where things stand.", _ => "It really helps to know where things stand.", _ => "It is helpful to know clearly where matters stand."),
        L(f => $"I understand the decision {f.TeamRef} has reached.", f => $"I understand the choice {f.TeamRef} made.", f => $"I understand and respect the decision of {f.TeamRef}."),
        L(_ => "Knowing the outcome lets me plan what comes next.", _ => "Knowing the outcome means I can plan what's next.", _ => "Knowing the outcome allows me to plan what follows."),
        L(_ => "I respect the decision, and clarity is always welcome.", _ => "I respect the decision, and the clarity helps.", _ => "I respect the decision and welcome the clarity."),
    ];

    private static readonly Line[] SorryAcknowledgements =
    [
        L(_ => "I had hoped for a different outcome, but I understand.", _ => "I'd hoped for a different outcome, but I understand.", _ => "I had hoped for a different outcome, but I understand."),
        L(_ => "It was not the news I hoped for; I understand.", _ => "It wasn't the news I'd hoped for, but I understand.", _ => "This was not the outcome I hoped for; I understand."),
        L(_ => "Naturally I had hoped otherwise, yet I respect the decision.", _ => "Of course I'd hoped otherwise, but I respect it.", _ => "Naturally I had hoped otherwise, yet I respect the decision."),
    ];

    private static readonly Line[] CallAcknowledgements =
    [
        L(_ => "Hearing the news from you by phone meant a lot.", _ => "Hearing it from you by phone meant a lot.", _ => "Hearing the news from you by telephone was considerate."),
        L(_ => "Calling me rather than writing was a considerate touch.", _ => "Calling rather than writing was a kind touch.", _ => "Calling me rather than writing was most considerate."),
        L(_ => "It was good of you to call me yourself.", _ => "It was kind of you to pick up the phone.", _ => "It was most considerate of you to call."),
    ];

    /// <summary>After talks on terms ended, for a person who would take the first offer: where things were left, not an outcome accepted.</summary>
    private static readonly Line[] TalksLeftOpen =
    [
        L(_ => "I have thought further since we last spoke.", _ => "I've thought more since we last spoke.", _ => "I have reflected further since we last spoke."),
        L(_ => "I have considered where we left things.", _ => "I've been mulling over where we left things.", _ => "I have considered where our discussions concluded."),
    ];

    /// <summary>For a person replying some time after the news: no pretending it just came.</summary>
    private static readonly Line[] LateAcknowledgements =
    [
        L(_ => "I have reflected a while since your message.", _ => "I've let your message sink in for a while.", _ => "I have reflected a while on your message."),
        L(_ => "Having thought it over, I wanted to reply.", _ => "I've thought it over, and wanted to reply.", _ => "Having reflected, I wished to reply."),
    ];

    private static readonly Line[] FollowUps =
    [
        L(_ => "Not having heard back, I am writing about next steps.", _ => "I haven't heard back, so I'm asking about next steps.", _ => "Having not heard back, I am enquiring about next steps."),
        L(_ => "As I have not heard back, I am following up.", _ => "I haven't heard back yet, so I'm following up.", _ => "Not having heard back, I am writing to follow up."),
        L(_ => "Since our last contact, I have been keen to reconnect.", _ => "It's been quiet since we spoke, so I'm checking in.", _ => "Since our last contact, I have been keen to reconnect."),
    ];

    private static readonly Line[] LongSilenceFollowUps =
    [
        L(_ => "It has been a while, so I am following up.", _ => "It's been a little while, so I'm following up.", _ => "Some time has passed, so I am following up."),
        L(_ => "Since it has been some weeks, I am checking in.", _ => "It's been a few weeks, so I'm checking in.", _ => "As some weeks have passed, I am checking in."),
    ];

    /// <summary>The news of a withdrawn offer, heard: never thanked for.</summary>
    private static readonly Line[] RescindedNews =
    [
        L(f => $"I am sorry {f.Job} will not go ahead.", f => $"I'm so sorry {f.Job} won't go ahead.", f => $"I am sorry to learn {f.Job} cannot proceed."),
        L(f => $"Your message about {f.Job} has reached me.", f => $"Your message about {f.Job} reached me.", f => $"I have received your message regarding {f.Job}."),
        L(f => $"I have read your message about {f.Job} carefully.", f => $"I've read your message about {f.Job} carefully.", f => $"I regret that {f.Job} will not go ahead."),
    ];

    /// <summary>The news of a withdrawn offer, heard on a call.</summary>
    private static readonly Line[] RescindedCall =
    [
        L(f => $"I am sorry {f.Job} will not go ahead.", f => $"I'm so sorry {f.Job} won't go ahead.", f => $"I regret that {f.Job} will not go ahead."),
        L(f => $"I have reflected on our call about {f.Job}.", f => $"I've reflected on our call about {f.Job}.", f => $"I have reflected on our call regarding {f.Job}."),
    ];

    /// <summary>What a person whose offer was withdrawn can still thank for: the time, not the offer nor the news.</summary>
    private static readonly Line[] RescindedTime =
    [
        L(f => $"Thank you for all the time {f.CompanyOrTeam} gave me.", _ => "Thanks so much for all the time you gave me.", _ => "I am grateful for the time and care you gave."),
        L(_ => "Thank you for every conversation we had along the way.", _ => "Thank you for every conversation we had along the way.", _ => "I am grateful for each conversation along the way."),
        L(_ => "Thank you for the welcome I had from the team.", _ => "Thanks for the warm welcome from everyone on the team.", _ => "Thank you for the welcome the team extended to me."),
    ];

    /// <summary>A short draft's thanks after a withdrawn offer, naming the company in place of a closing.</summary>
    private static readonly Line[] RescindedTimeNamed =
    [
        L(f => $"Thank you for the time {f.Company} gave me.", f => $"Thanks so much for the time {f.Company} gave me.", f => $"I am grateful for the time {f.Company} gave me."),
        L(f => $"Thank you for every conversation at {f.Company}.", f => $"Thank you for every conversation we had at {f.Company}.", f => $"I am grateful for each conversation at {f.Company}."),
        L(f => $"Thank you for the welcome I had at {f.Company}.", f => $"Thanks for the warm welcome everyone at {f.Company} gave me.", f => $"Thank you for the welcome extended to me at {f.Company}."),
    ];

    /// <summary>Closings that name the company and look ahead, for a person who is disappointed, doubting or unsure.</summary>
    private static readonly Line[] WarmerClosings =
    [
        L(f => $"I wish everyone at {f.Company} all the very best.", f => $"Wishing everyone at {f.Company} all the very best.", f => $"I wish everyone at {f.Company} every success."),
        L(f => $"With warm wishes to you and your colleagues at {f.Company}.", f => $"Warm wishes to you and everyone at {f.Company}.", f => $"With my best wishes to your colleagues at {f.Company}."),
        L(f => $"I hope our paths cross; I wish {f.Company} well.", f => $"Hope our paths cross again soon; best wishes to {f.Company}.", f => $"May our paths cross again; I wish {f.Company} well."),
        L(f => $"I look forward to following the work of {f.Company}.", f => $"I'll enjoy following what {f.Company} does next.", f => $"I shall follow the work of {f.Company} with interest."),
    ];

    /// <summary>Briefer closings for a person who is relieved, frustrated or angry: calm, and no lingering.</summary>
    private static readonly Line[] BriskClosings =
    [
        L(f => $"Best wishes to the {f.Company} team with the search.", f => $"All the best to everyone at {f.Company} with the search.", f => $"My best wishes to all at {f.Company}."),
        L(f => $"I wish you and the {f.Company} team a successful search.", f => $"Good luck to you and the {f.Company} team.", f => $"I wish the {f.Company} team a successful search."),
        L(f => $"I wish everyone at {f.Company} a good year ahead.", f => $"Wishing everyone at {f.Company} a great year ahead.", f => $"I wish {f.Company} every success in the year ahead."),
    ];

    /// <summary>For a person still waiting: the letter ends by looking forward to the answer.</summary>
    private static readonly Line[] WaitingClosings =
    [
        L(_ => "I look forward to hearing from you when you can.", _ => "I look forward to hearing from you soon.", _ => "I look forward to your reply at your convenience."),
        L(_ => "I hope to hear from you soon about next steps.", _ => "Hope to hear from you soon about next steps.", _ => "I hope to hear from you shortly regarding next steps."),
    ];

    private static readonly Line[] DeclineClosings =
    [
        L(f => $"With best wishes to all at {f.Company} for the future.", f => $"All the very best to everyone at {f.Company}.", f => $"I wish {f.Company} every success in the future."),
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
        L(f => $"I look forward to hearing from {f.Who} soon.", f => $"I hope to hear from {f.Who} before long.", f => $"I shall look forward to hearing from {f.Who}."),
        L(_ => "I hope we can find a good way forward together.", _ => "I hope we can find a way forward together.", _ => "I hope we may find a way forward together."),
    ];

    /// <summary>Without a company to name, the closing stays short.</summary>
    private static readonly Line[] PlainClosings =
    [
        L(_ => "I hope our paths cross again before long.", _ => "Hope our paths cross again before long.", _ => "I hope our paths may cross again in future."),
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
        Neutral: new(point => $"One reason I would be a good fit: {point}.", "A few reasons I would be a good fit:"),
        Warm: new(point => $"One reason I think I'd be a great fit: {point}.", "A few reasons I think I'd be a great fit:"),
        Formal: new(point => $"One reason I would be well suited: {point}.", "I believe I would be well suited, for these reasons:"));

    // ----- What the person takes away, by stage and feeling -----

    /// <summary>
    /// One honest line of what the person takes from the stage they reached or still values, by the stage
    /// and how they feel: a low mood keeps what was worth it, a heated one stays measured, a relieved one
    /// says what it clarified. Nothing here claims a skill, a feeling named outright, or a fact not given.
    /// </summary>
    private static readonly Dictionary<(StageGroup, Mood), Line[]> Values = new()
    {
        [(StageGroup.Applied, Mood.Low)] =
        [
            L(_ => "Applying showed me more clearly what I am aiming for.", _ => "Applying showed me more clearly what I'm aiming for.", _ => "Applying showed me more clearly what I am aiming for."),
            L(_ => "I am glad I applied; it was worth doing.", _ => "I'm glad I applied; it was worth doing.", _ => "I am glad to have applied; it was worthwhile."),
            L(_ => "The process gave me a clearer sense of my direction.", _ => "The process gave me a clearer sense of direction.", _ => "The process gave me a clearer sense of my direction."),
        ],
        [(StageGroup.Applied, Mood.Heated)] =
        [
            L(f => $"I value what I learned about {f.CompanyOrTeam} while applying.", f => $"I value what I learned about {f.CompanyOrTeam}.", f => $"I continue to value what I learned about {f.CompanyOrTeam}."),
            L(_ => "The application itself was a useful exercise for me.", _ => "Writing the application was a useful exercise for me.", _ => "The application itself proved a useful exercise."),
        ],
        [(StageGroup.Applied, Mood.Light)] =
        [
            L(_ => "Applying helped me clarify what I want from a role.", _ => "Applying helped me work out what I want next.", _ => "Applying helped me clarify what I seek in a role."),
            L(_ => "It was a useful step in working out my direction.", _ => "It was a useful step in working out my path.", _ => "It was a useful step in settling my direction."),
        ],
        [(StageGroup.Applied, Mood.Open)] =
        [
            L(f => $"Reading about {f.CompanyOrTeam} was worthwhile in its own right.", f => $"Reading about {f.CompanyOrTeam} was worthwhile in its own right.", f => $"Reading about {f.CompanyOrTeam} was worthwhile in its own right."),
            L(_ => "The process gave me a clearer sense of my direction.", _ => "The process gave me a clearer sense of direction.", _ => "The process gave me a clearer sense of my direction."),
            L(_ => "Applying helped me clarify what I want from a role.", _ => "Applying helped me work out what I want next.", _ => "Applying helped me clarify what I seek in a role."),
        ],
        [(StageGroup.Talked, Mood.Low)] =
        [
            L(f => $"Preparing for {f.Stage.Meetings} taught me a great deal.", f => $"Preparing for {f.Stage.Meetings} taught me loads.", f => $"Preparing for {f.Stage.Meetings} taught me a great deal."),
            L(_ => "Despite the outcome, I am glad I took part.", _ => "Despite the news, I'm glad I took part.", _ => "Despite the outcome, I am glad to have taken part."),
            L(_ => "Your questions will shape how I prepare next time.", _ => "Your questions will shape how I prepare next time.", _ => "Your questions will inform how I prepare in future."),
        ],
        [(StageGroup.Talked, Mood.Heated)] =
        [
            L(f => $"I value the time given to {f.Stage.Meetings}.", _ => "I value the time you set aside to talk.", f => $"I value the time given to {f.Stage.Meetings}."),
            L(_ => "Taking part was worthwhile, and I learned from it.", _ => "Taking part was worth it, and I learned from it.", _ => "Taking part was worthwhile, and instructive."),
        ],
        [(StageGroup.Talked, Mood.Light)] =
        [
            L(_ => "The process helped me think about what I want next.", _ => "The process helped me think about what I want next.", _ => "The process helped me consider what I wish to pursue."),
            L(_ => "Talking with you clarified what I want in a role.", _ => "Talking with you clarified what I want in a role.", _ => "Our discussion clarified what I seek in a role."),
        ],
        [(StageGroup.Talked, Mood.Open)] =
        [
            L(_ => "I am taking a good deal away from the process.", _ => "I'm taking a good deal away from the process.", _ => "I am taking a good deal away from the process."),
            L(_ => "Much of what we discussed will stay with me.", _ => "Lots of what we discussed will stay with me.", _ => "Much of what we discussed will stay with me."),
            L(_ => "Your questions will shape how I prepare next time.", _ => "Your questions will shape how I prepare next time.", _ => "Your questions will inform how I prepare in future."),
        ],
        [(StageGroup.Terms, Mood.Low)] =
        [
            L(_ => "Although we could not agree, I respect the care taken.", _ => "Although we couldn't agree, I respect the care taken.", _ => "Although we could not agree, I respect the care taken."),
            L(_ => "The discussions helped me see what matters most to me.", _ => "Those talks helped me see what matters most to me.", _ => "The discussions helped me see what matters most to me."),
        ],
        [(StageGroup.Terms, Mood.Heated)] =
        [
            L(_ => "Talking terms frankly taught me a great deal.", _ => "Talking terms so frankly taught me a lot.", _ => "Discussing terms candidly was instructive for me."),
            L(_ => "I respect that both sides were clear about their limits.", _ => "I respect that we were both clear about our limits.", _ => "I respect that both parties were clear about their limits."),
        ],
        [(StageGroup.Terms, Mood.Light)] =
        [
            L(_ => "The discussions helped me see what matters most to me.", _ => "Those talks helped me see what matters most to me.", _ => "The discussions helped me see what matters most to me."),
            L(_ => "I respect that both sides were clear about their limits.", _ => "I respect that we were both clear about our limits.", _ => "I respect that both parties were clear about their limits."),
        ],
        [(StageGroup.Terms, Mood.Open)] =
        [
            L(_ => "Although we could not agree, I respect the care taken.", _ => "Although we couldn't agree, I respect the care taken.", _ => "Although we could not agree, I respect the care taken."),
            L(_ => "The discussions helped me see what matters most to me.", _ => "Those talks helped me see what matters most to me.", _ => "The discussions helped me see what matters most to me."),
        ],
        [(StageGroup.Rescinded, Mood.Low)] =
        [
            L(_ => "I had been looking forward to starting with the team.", _ => "I'd been looking forward to starting with you all.", _ => "I had been looking forward to joining the team."),
            L(_ => "Everything I saw made me eager to join the team.", _ => "Everything I saw made me eager to join the team.", _ => "Everything I saw made me eager to join the team."),
        ],
        [(StageGroup.Rescinded, Mood.Heated)] =
        [
            L(_ => "I would like to understand where things now stand.", _ => "I'd like to understand where things now stand.", _ => "I would like to understand where matters now stand."),
            L(_ => "I remain open to any option you can suggest.", _ => "I'm still open to any option you can suggest.", _ => "I remain open to any option you may suggest."),
        ],
        [(StageGroup.Rescinded, Mood.Light)] =
        [
            L(_ => "I still think highly of the team and its work.", _ => "I still think so highly of the team.", _ => "I continue to think highly of the team."),
            L(_ => "I remain open to any option you can suggest.", _ => "I'm still open to any option you can suggest.", _ => "I remain open to any option you may suggest."),
        ],
        [(StageGroup.Rescinded, Mood.Open)] =
        [
            L(_ => "I still think highly of the team and its work.", _ => "I still think so highly of the team.", _ => "I continue to think highly of the team."),
            L(_ => "Everything I saw made me eager to join the team.", _ => "Everything I saw made me eager to join the team.", _ => "Everything I saw made me eager to join the team."),
        ],
        [(StageGroup.Declined, Mood.Low)] =
        [
            L(_ => "Turning this down was not an easy choice for me.", _ => "Turning this down wasn't an easy choice for me.", _ => "Turning this down was not an easy choice for me."),
            L(_ => "Your confidence in me means a great deal.", _ => "Your confidence in me means so much.", _ => "Your confidence in me means a great deal."),
        ],
        [(StageGroup.Declined, Mood.Heated)] =
        [
            L(_ => "The clarity you gave me throughout made this easier.", _ => "How clear you were throughout made this easier.", _ => "The clarity you provided throughout made this easier."),
            L(_ => "Your confidence in me means a great deal.", _ => "Your confidence in me means so much.", _ => "Your confidence in me means a great deal."),
        ],
        [(StageGroup.Declined, Mood.Light)] =
        [
            L(_ => "I am confident this is the right choice for me.", _ => "I'm confident this is the right call for me.", _ => "I am confident this is the right decision for me."),
            L(_ => "Your confidence in me means a great deal.", _ => "Your confidence in me means so much.", _ => "Your confidence in me means a great deal."),
        ],
        [(StageGroup.Declined, Mood.Open)] =
        [
            L(_ => "Your confidence in me means a great deal.", _ => "Your confidence in me means so much.", _ => "Your confidence in me means a great deal."),
            L(_ => "The clarity you gave me throughout made this easier.", _ => "How clear you were throughout made this easier.", _ => "The clarity you provided throughout made this easier."),
        ],
        [(StageGroup.WaitingToHear, Mood.Open)] =
        [
            L(f => $"Everything I have read about {f.CompanyOrTeam} appeals to me.", f => $"Everything I've read about {f.CompanyOrTeam} appeals to me.", f => $"Everything I have read about {f.CompanyOrTeam} appeals to me."),
            L(_ => "Reading more about the job confirmed my choice to apply.", _ => "Reading more about the job confirmed my choice to apply.", _ => "Reading further about the job confirmed my choice to apply."),
        ],
        [(StageGroup.Waiting, Mood.Open)] =
        [
            L(_ => "I have enjoyed learning about the team so far.", _ => "I've enjoyed learning about the team so far.", _ => "I have valued learning about the team so far."),
            L(f => $"{Capitalised(f.Stage.Meetings)} so far added to my interest.", f => $"{Capitalised(f.Stage.Meetings)} so far only grew my interest.", f => $"{Capitalised(f.Stage.Meetings)} to date increased my interest."),
            L(_ => "I have valued talking with the team so far.", _ => "I've loved talking with the team so far.", _ => "I have valued speaking with the team to date."),
        ],
    };

    // ----- Staying connected -----

    private static readonly Line[] Interest =
    [
        L(f => $"I remain keen on {f.Opportunities} as they arise.", f => $"I'm still keen on {f.Opportunities} as they arise.", f => $"I remain keen on {f.Opportunities} as they arise."),
        L(f => $"I would still be glad to work {f.AtName} someday.", f => $"I'd still love to work {f.AtName} one day.", f => $"I would still welcome a role {f.AtName} one day."),
        L(f => $"My interest in {f.Opportunities} has not changed.", f => $"My interest in {f.Opportunities} hasn't changed.", f => $"My interest in {f.Opportunities} is undiminished."),
    ];

    private static readonly Line[] RelievedInterest =
    [
        L(f => $"I enjoyed learning about {f.TeamRef} and its work.", f => $"I enjoyed learning about {f.TeamRef}.", f => $"I valued learning about the work of {f.TeamRef}."),
        L(f => $"It was good to learn more about {f.TeamRef}.", f => $"It was great to learn more about {f.TeamRef}.", f => $"It was a pleasure to learn about {f.TeamRef}."),
        L(f => $"What I saw of {f.CompanyOrTeam} left a good impression.", f => $"What I saw of {f.CompanyOrTeam} really impressed me.", f => $"What I saw of {f.CompanyOrTeam} left a fine impression."),
    ];

    private static readonly Line[] FutureOpenings =
    [
        L(f => $"I would welcome consideration for future openings {f.AtName}.", _ => "I'd love to be considered for future openings that fit.", f => $"I would be grateful to be considered for future openings."),
        L(_ => "Please keep me in mind for future openings that fit.", _ => "Please do keep me in mind for future openings.", _ => "I would appreciate being kept in mind for future openings."),
        L(_ => "I would gladly hear of future openings that fit.", _ => "I'd be glad to hear of future openings that fit.", _ => "I would welcome hearing of suitable future openings in time."),
    ];

    private static readonly Line[] KeepingUp =
    [
        L(_ => "I hope we can stay in touch over time.", _ => "It would be great to stay in touch on LinkedIn.", _ => "I would welcome the opportunity to remain in touch."),
        L(f => $"I will watch for new postings {f.AtName} with interest.", f => $"I'll follow new postings {f.AtName}, and on LinkedIn.", f => $"I shall follow new postings {f.AtName} with interest."),
        L(_ => "Keeping in touch would be a real pleasure.", _ => "It would be lovely to keep in touch on LinkedIn.", _ => "I hope we may keep in touch in the meantime."),
    ];

    private static readonly Line[] InTouch =
    [
        L(_ => "I hope we stay in touch in the years ahead.", _ => "I'd love to stay in touch in the years ahead.", _ => "I hope we may remain in touch going forward."),
        L(_ => "Staying in touch would mean a great deal to me.", _ => "Staying in touch would be lovely.", _ => "Remaining in touch would be a pleasure."),
        L(_ => "I hope we can keep in touch over the years.", _ => "Let's keep in touch as things move on.", _ => "I would be glad to remain in touch."),
    ];

    // ----- Feedback -----

    private static readonly Line[] FeedbackAsks =
    [
        L(_ => "If you have a moment, I would value your feedback.", f => $"If you have a spare moment, I'd value your feedback.", f => $"I would be grateful for feedback from {f.TeamRef}."),
        L(f => $"Could {f.TeamRef} share some brief feedback with me?", f => $"I'd love a little feedback from {f.TeamRef}.", f => $"Might {f.TeamRef} be able to share brief feedback?"),
        L(f => $"I would value any feedback {f.TeamRef} can share.", f => $"I'd value any feedback from {f.TeamRef}.", f => $"Any feedback from {f.TeamRef} would be most welcome."),
    ];

    private static readonly Line[] FeedbackPurposes =
    [
        L(f => $"It would truly help me strengthen future {f.Stage.FeedbackTopic}.", f => $"It would help me strengthen future {f.Stage.FeedbackTopic}.", f => $"It would help me strengthen future {f.Stage.FeedbackTopic} considerably."),
        L(f => $"I am keen to strengthen future {f.Stage.FeedbackTopic} where I can.", f => $"I'm keen to strengthen future {f.Stage.FeedbackTopic} where I can.", f => $"I am eager to strengthen future {f.Stage.FeedbackTopic} where I can."),
        L(f => $"I want to strengthen future {f.Stage.FeedbackTopic}, and your view matters.", f => $"I want to strengthen future {f.Stage.FeedbackTopic}, and your view matters.", f => $"I wish to strengthen future {f.Stage.FeedbackTopic}; your view matters."),
    ];

    /// <summary>How little is asked, and that no answer is fine, in one sentence so a short draft stays short.</summary>
    private static readonly Line[] FeedbackSizes =
    [
        L(_ => "A line or two would be valuable, if time allows.", _ => "No worries if not; a line or two is plenty.", _ => "A sentence or two would be invaluable, if time allows."),
        L(_ => "A line or two would be plenty, if time allows.", _ => "Just a sentence or two would be great, no worries.", _ => "A sentence or two would be useful, if time allows."),
    ];

    // ----- A last pitch -----

    private static readonly Line[] PitchInterest =
    [
        L(f => $"I remain very interested in {f.JobAgain}.", f => $"I'm as keen on {f.JobAgain} as ever.", f => $"I remain strongly interested in {f.JobAgain}."),
        L(f => $"I am still very interested in {f.JobAgain}.", f => $"I'm still genuinely keen on {f.JobAgain}.", f => $"I am still most interested in {f.JobAgain}."),
    ];

    private static readonly Line[] PitchIfChanges =
    [
        L(_ => "If anything changes, I would be glad to be considered.", _ => "If anything changes, I'd love to be considered.", f => $"Should circumstances change, I would welcome being considered."),
        L(_ => "Should things shift, I would be glad to be considered.", _ => "If things shift, I'd be glad to be considered.", _ => "Should the situation change, I would welcome being considered."),
    ];

    private static readonly Line[] PitchMore =
    [
        L(f => $"A similar opening {f.AtName} would interest me too.", f => $"A similar opening {f.AtName} would be exciting too.", f => $"A similar opening {f.AtName} would also interest me."),
        L(_ => "I am happy to answer any further questions you have.", _ => "I'm happy to answer anything else you'd like to know.", _ => "I remain available for any further questions you may have."),
    ];

    // ----- A withdrawn offer -----

    /// <summary>How the person takes the news in: their own side only, never what the recruiter felt or why they decided.</summary>
    private static readonly Line[] TakingItIn =
    [
        L(_ => "It changes my plans, so I wanted to write back.", _ => "It changes my plans, so I wanted to write back.", _ => "It alters my plans, so I wished to reply."),
        L(_ => "I have given this some thought before replying.", _ => "I've given this some thought before replying.", _ => "I have given this careful thought before replying."),
        L(_ => "I have taken a little time to take this in.", _ => "I've taken a little time to take this in.", _ => "I have taken some time to consider this."),
    ];

    private static readonly Line[] ReasonAsks =
    [
        L(_ => "Could you tell me a little more about the reason?", _ => "I'd appreciate hearing more about the reason.", _ => "I would be grateful if you could clarify the reason."),
        L(_ => "Could we talk through the reason for this change?", _ => "Could we talk through the reason behind it?", _ => "Might we discuss the reason for this decision?"),
    ];

    private static readonly Line[] AlternativeAsks =
    [
        L(_ => "Might a later start or another position be possible?", _ => "Could a later start or another position work?", _ => "Might a later start or another position be possible?"),
        L(_ => "Could a later start, or another position, still work?", _ => "Could a later start, or another position, still work?", _ => "Could a later start, or another position, be possible?"),
    ];

    private static readonly Line[] CallAsks =
    [
        L(_ => "Would a short call about the offer suit you this week?", _ => "Could we have a quick call about the offer?", _ => "Would a brief call about the offer suit you?"),
        L(_ => "A short call about the offer would help me greatly.", _ => "A quick call about the offer would help.", _ => "A brief call about the offer would be most welcome."),
    ];


    /// <summary>A short draft's one question about a reason not given yet and the offer.</summary>
    private static readonly Line[] ReasonCallAsks =
    [
        L(_ => "A short call on the reason and offer would help.", _ => "A quick call on the reason and offer would help.", _ => "A brief call about the reason and offer would help."),
    ];

    /// <summary>After the talks on terms: the person still wants the job, said without regret for having asked.</summary>
    private static readonly Line[] StillWantToJoin =
    [
        L(f => $"After our talks, I still hope to join {f.CompanyOrTeam}.", f => $"After our talks, I'd still love to join {f.CompanyOrTeam}.", f => $"Having reflected, I am still keen to join {f.CompanyOrTeam}."),
        L(f => $"Joining {f.CompanyOrTeam} still matters very much to me.", f => $"Joining {f.CompanyOrTeam} still means a lot to me.", f => $"Joining {f.CompanyOrTeam} is still important to me."),
    ];

    /// <summary>The offer as it was first made, accepted if it can be.</summary>
    private static readonly Line[] OriginalTerms =
    [
        L(_ => "If the first offer stands, I would gladly accept it.", _ => "If the original offer is open, I'd happily accept it.", _ => "Should the original offer stand, I would gladly accept it."),
        L(_ => "I would accept the original terms, if possible.", _ => "I'd gladly accept the terms you first offered.", _ => "I would accept the terms first offered, if possible."),
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
        L(f => $"May I ask where things stand with {f.JobAgain}?", _ => "I'd love to know where things stand now.", f => $"Might I ask where things stand with {f.JobAgain}?"),
        L(_ => "Could you tell me where things stand with the process?", _ => "Could you let me know where things stand?", _ => "Could you advise me where things stand at present?"),
        L(_ => "Is there any news on where things stand?", _ => "Is there any update on where things are?", _ => "Is there any update on the status of the process?"),
    ];

    private static readonly Line[] StillInterested =
    [
        L(f => $"I remain very interested in the opportunity {f.AtName}.", f => $"I'm still keen on the opportunity {f.AtName}.", f => $"I remain very interested in the opportunity {f.AtName}."),
        L(f => $"I am as keen as ever to join {f.CompanyOrTeam}.", f => $"I'm as keen as ever to join {f.CompanyOrTeam}.", f => $"My interest in joining {f.TeamRef} remains strong."),
        L(f => $"Joining {f.TeamRef} is still something I would welcome.", f => $"Joining {f.TeamRef} is still something I'd love.", f => $"Joining {f.TeamRef} remains something I would welcome."),
    ];

    private static readonly Line[] TimingAsks =
    [
        L(_ => "Any word on timing would be welcome, however brief.", _ => "Any word on timing would be great, however brief.", _ => "Any indication of timing would be welcome, however brief."),
        L(_ => "Even a rough timeline would help me plan ahead.", _ => "Even a rough timeline would help me plan.", _ => "Even an approximate timeline would assist my planning."),
    ];

    // ----- Declining an offer -----

    private static readonly Line[] Declines =
    [
        L(_ => "After careful thought, I have decided to decline the offer.", _ => "After much thought, I've decided to decline the offer.", _ => "After careful consideration, I must respectfully decline the offer."),
        L(_ => "Having weighed it carefully, I have decided to decline.", _ => "Having thought it over, I've decided to decline the offer.", _ => "Having weighed it carefully, I must decline the offer."),
    ];

    private static readonly Line[] HardDeclines =
    [
        L(_ => "After a hard choice, I am declining the offer.", _ => "It was a hard call, but I've decided to decline.", _ => "It was a difficult choice, but I must decline."),
        L(_ => "With some regret, I have decided to decline the offer.", _ => "With some regret, I've decided to decline the offer.", _ => "With some regret, I have decided to decline the offer."),
    ];

    private static readonly Line[] Respect =
    [
        L(f => $"I have a great deal of respect for {f.CompanyOrTeam}.", f => $"I have so much respect for {f.CompanyOrTeam}.", f => $"I hold {f.TeamRef} in the highest regard."),
        L(f => $"I hold the work of {f.CompanyOrTeam} in high regard.", f => $"I admire the work of {f.CompanyOrTeam}.", f => $"I hold the work of {f.CompanyOrTeam} in high regard."),
        L(f => $"I will follow the work of {f.CompanyOrTeam} with interest.", f => $"I'll follow the work of {f.CompanyOrTeam} with interest.", f => $"I shall follow the work of {f.CompanyOrTeam} with interest."),
        L(f => $"The work of {f.CompanyOrTeam} has my real respect.", f => $"The work of {f.CompanyOrTeam} has my real admiration.", f => $"The work of {f.CompanyOrTeam} has my sincere respect."),
    ];

    /// <summary>Why a decline comes now: the courtesy a counselor would have the person show.</summary>
    private static readonly Line[] Promptly =
    [
        L(_ => "I wanted to tell you promptly so you can plan.", _ => "I wanted you to know quickly so you can plan.", _ => "I wished to inform you promptly, to assist your planning."),
        L(_ => "I am writing now so your search can move forward.", _ => "I'm writing now so your search can move forward.", _ => "I am writing now so that your search may proceed."),
        L(_ => "Telling you promptly seemed the right thing to do.", _ => "Telling you quickly felt like the right thing to do.", _ => "Informing you promptly seemed only right."),
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
        L(_ => "Each conversation gave me a clearer picture of the work.", _ => "Each chat gave me a clearer picture of the work.", _ => "Each conversation gave me a clearer understanding of the work."),
        L(_ => "Every conversation gave me a real sense of the team.", _ => "Every chat gave me a real feel for the team.", _ => "Every conversation gave me a real sense of the team."),
    ];

    /// <summary>After interviews, however many: nothing that counts them.</summary>
    private static readonly Line[] Interviewed =
    [
        L(_ => "I enjoyed hearing more about the team and its work.", _ => "I loved hearing more about the team and its work.", _ => "I valued hearing more about the team and its work."),
        L(_ => "Interviewing gave me a real sense of the team.", _ => "Interviewing gave me a real feel for the team.", _ => "Interviewing gave me a clear sense of the team."),
        L(_ => "I came away with a clearer picture of the work.", _ => "I came away with a much clearer picture of it.", _ => "I came away with a clearer understanding of the work."),
    ];

    /// <summary>Before an offer the person turns down: the process that led to it.</summary>
    private static readonly Line[] MetAnOffer =
    [
        L(_ => "Every stage of the process was handled with real care.", _ => "Every step of the process felt thoughtfully run.", _ => "Every stage of the process was handled with great care."),
        L(_ => "Getting to know the team has been a real pleasure.", _ => "Getting to know everyone has been a real pleasure.", _ => "Getting to know the team has been a genuine pleasure."),
        L(_ => "Our conversations gave me a real sense of the team.", _ => "Our chats gave me a real feel for the team.", _ => "Our conversations gave me a clear sense of the team."),
    ];

    /// <summary>After a first call: one conversation, and what it showed.</summary>
    private static readonly Line[] HadACall =
    [
        L(_ => "That conversation gave me a clearer picture of the job.", _ => "That chat gave me a clearer picture of the job.", _ => "That conversation gave me a clearer picture of the job."),
        L(_ => "Hearing how the team works, even briefly, was useful.", _ => "Hearing how the team works, even briefly, was great.", _ => "Hearing how the team works, even briefly, was valuable."),
        L(_ => "It was helpful to hear more about the work itself.", _ => "It was helpful to hear more about the work.", _ => "It was helpful to learn more about the work itself."),
    ];

    /// <summary>After talking terms: the openness of the talks, not an offer that is no more.</summary>
    private static readonly Line[] TalkedTerms =
    [
        L(_ => "I valued how openly we could talk through the terms.", _ => "I valued how openly we could talk things through.", _ => "I valued the openness with which we discussed terms."),
        L(_ => "Our discussions gave me a clear view of your priorities.", _ => "Our talks gave me a clear view of your priorities.", _ => "Our discussions gave me a clear view of your priorities."),
    ];

    /// <summary>After an application only: nothing about meetings that never happened.</summary>
    private static readonly Line[] Researched =
    [
        L(f => $"Researching {f.CompanyOrTeam} for my application was time well spent.", f => $"Researching {f.CompanyOrTeam} for my application was time well spent.", f => $"Researching {f.CompanyOrTeam} for my application was time well spent."),
        L(_ => "Preparing my application taught me a lot about your work.", _ => "Putting my application together taught me plenty about your work.", _ => "Preparing my application taught me much about your work."),
        L(_ => "Writing my application gave me a feel for the job.", _ => "Writing my application gave me a feel for the job.", _ => "Writing my application gave me a sense of the job."),
    ];

    /// <summary>The thanks for the stage the person reached, in words of that stage only.</summary>
    private static readonly Dictionary<RejectionStage, StageWords> Stages = new()
    {
        [RejectionStage.Application] = new(
            [
                L(f => $"Thank you for considering my application for {f.Job}.", f => $"Many thanks for considering my application for {f.Job}.", f => $"Thank you for considering my candidacy for {f.Job}."),
                L(f => $"I appreciate you considering my application for {f.Job}.", f => $"I appreciate you considering me for {f.Job}.", f => $"I am grateful you considered me for {f.Job}."),
            ],
            FeedbackTopic: "applications",
            Group: StageGroup.Applied,
            Takeaways: Researched),
        [RejectionStage.ScreeningCall] = new(
            [
                L(f => $"Thank you for the call about {f.Job}.", f => $"Thanks so much for the call about {f.Job}.", f => $"Thank you for speaking with me about {f.Job}."),
                L(f => $"I appreciated our phone conversation about {f.Job}.", f => $"I appreciated our chat about {f.Job}.", f => $"I appreciated the opportunity to discuss {f.Job}."),
            ],
            FeedbackTopic: "interviews",
            Group: StageGroup.Talked,
            Takeaways: HadACall,
            Meetings: "our call"),
        [RejectionStage.Interview] = new(
            [
                L(f => $"Thank you for interviewing me for {f.Job}.", f => $"Thanks so much for interviewing me for {f.Job}.", f => $"Thank you kindly for interviewing me for {f.Job}."),
                L(f => $"I appreciated the chance to interview for {f.Job}.", f => $"I appreciated interviewing for {f.Job}.", f => $"I am grateful to have interviewed for {f.Job}."),
            ],
            FeedbackTopic: "interviews",
            Group: StageGroup.Talked,
            Takeaways: Interviewed,
            Meetings: "the interview process"),
        [RejectionStage.FinalRound] = new(
            [
                L(f => $"Thank you for the final-round interviews for {f.Job}.", f => $"Thanks so much for the final-round interviews for {f.Job}.", f => $"Thank you for the final-round interviews for {f.Job}."),
                L(f => $"I appreciated the final-round interviews for {f.Job}.", f => $"I appreciated the final-round interviews for {f.Job}.", f => $"I am grateful for the final-round interviews for {f.Job}."),
            ],
            FeedbackTopic: "interviews",
            Group: StageGroup.Talked,
            Takeaways: MetTheTeam,
            Meetings: "our interviews"),
        [RejectionStage.OfferRescinded] = new(
            [
                L(f => $"Thank you for your time over {f.Job}."),
            ],
            FeedbackTopic: "applications",
            Group: StageGroup.Rescinded,
            Takeaways: MetTheTeam),
        [RejectionStage.NegotiationBrokeDown] = new(
            [
                L(f => $"Thank you for our conversations about {f.Job}.", f => $"Thanks so much for our conversations about {f.Job}.", f => $"Thank you for the discussions regarding {f.Job}."),
                L(f => $"I appreciated your openness while we discussed {f.Job}.", f => $"I appreciated how candidly we talked about {f.Job}.", f => $"I appreciated your candour as we discussed {f.Job}."),
            ],
            FeedbackTopic: "offer conversations",
            Group: StageGroup.Terms,
            Takeaways: TalkedTerms),
    };

    /// <summary>The person turns down an offer they received.</summary>
    private static readonly StageWords DeclinedStage = new(
        [
            L(f => $"Thank you for the offer for {f.Job}.", f => $"Thank you so much for offering me {f.Job}.", f => $"Thank you for offering me {f.Job}."),
            L(f => $"I appreciate the offer of {f.Job}.", f => $"I'm thankful for the offer of {f.Job}.", f => $"I sincerely appreciate the offer of {f.Job}."),
        ],
        FeedbackTopic: "applications",
        Group: StageGroup.Declined,
        Takeaways: MetAnOffer);

    /// <summary>Used when the stage is not known yet: an application is the one step everyone took.</summary>
    private static readonly StageWords UnknownStage = new(
        [
            L(f => $"Thank you for considering me for {f.Job}.", f => $"Thanks so much for considering me for {f.Job}.", f => $"Thank you for considering me for {f.Job}."),
            L(f => $"I appreciate you considering me for {f.Job}.", f => $"I appreciate you considering me for {f.Job}.", f => $"I am grateful to be considered for {f.Job}."),
        ],
        FeedbackTopic: "applications",
        Group: StageGroup.Applied,
        Takeaways: Researched);

    /// <summary>
    /// Declared after the pools it names, which must be set first.
    /// Sentences that only make sense after another one, by the pools they come from: taken out when it is
    /// ("It would truly help me…" says nothing once the feedback ask is gone; "review it" needs the report asked for).
    /// </summary>
    private static readonly Dictionary<Line[], Line[][]> Dependents = new()
    {
        [FeedbackAsks] = [FeedbackPurposes, FeedbackSizes],
        [ReportAsks] = [RespondLines],
    };

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

    /// <summary>A sentence of the letter and the pool of wordings for its place (null for words that are the person's own).</summary>
    private sealed record WrittenSentence(string Text, Line[]? Pool);

    /// <summary>A stage's thanks, what the person went through at it, what feedback would be about, and its kind for <see cref="Values"/>.</summary>
    /// <param name="Meetings">The meetings the stage had, as many as there were ("our call" after one screening call, "our interviews" after the final round).</param>
    private sealed record StageWords(Line[] Thanks, string FeedbackTopic, StageGroup Group, Line[] Takeaways, string Meetings = "our conversations");

    /// <summary>Stages that leave the person with the same kind of thing to take away.</summary>
    private enum StageGroup
    {
        Applied,
        Talked,
        Terms,
        Rescinded,
        Declined,

        /// <summary>Still waiting after meeting people.</summary>
        Waiting,

        /// <summary>Still waiting on an application: nobody met yet.</summary>
        WaitingToHear,
    }

    /// <summary>How the person feels, as far as the letter's tone of what they take away goes.</summary>
    private enum Mood
    {
        Low,
        Heated,
        Light,
        Open,
    }

    /// <summary>The request, cleaned up and turned into the noun phrases the templates use; <c>JobAgain</c> names the job once it has been named in full.</summary>
    private sealed record Facts(
        ReplyGoal Goal,
        DraftTone Tone,
        bool Short,
        int Variant,
        int Round,
        ContactNameParts? Contact,
        string? Company,
        string Job,
        string JobAgain,
        string TeamRef,
        string CompanyOrTeam,
        string? Role,
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

        /// <summary>The sentences of the round before's draft, which "start again" moves away from.</summary>
        public HashSet<string> SaidTheRoundBefore { get; set; } = [];

        /// <summary>
        /// A sentence without the case's own names: the company named in two sentences in a row is no
        /// repetition (the rubric says the same), so it must not rule a wording out.
        /// </summary>
        public string WithoutFacts(string sentence)
        {
            foreach (var fact in new[] { Company, Role, Contact?.Written, Contact?.Surname, Contact?.FirstName })
            {
                if (fact is { Length: > 0 })
                {
                    sentence = sentence.Replace(fact, " ", StringComparison.OrdinalIgnoreCase);
                }
            }

            return sentence;
        }

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
            var reason = declining ? null : ReasonAtStage.KindOf(Shaped(CaseText.Clean(@case.Reason), text => FieldShape.IsReason(text)), stage);
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
                Job: role is not null ? (NamesThePosition(role) ? $"the {role}" : $"the {role} role") : company is not null ? $"the {company} position" : "the position",
                JobAgain: role is not null && NamesThePosition(role) ? $"the {role[(role.LastIndexOf(' ') + 1)..].TrimEnd('.', ',').ToLowerInvariant()}" : "the position",
                TeamRef: company is null ? "the team" : $"the {company} team",
                CompanyOrTeam: company ?? "the team",
                Role: role,
                AtName: company is null ? "with you" : $"at {company}",
                Opportunities: company is null ? "opportunities with you" : $"opportunities at {company}",
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
            ReasonKind.Salary => " I understand the budget was behind it.",
            ReasonKind.InternalCandidate => " I understand an internal candidate will fill it.",
            ReasonKind.MoreExperience => " I understand the team needs more experience for now.",
            ReasonKind.Other => " I have read the explanation you gave.",
            _ => string.Empty,
        };

        /// <summary>The employer's reason, acknowledged calmly in the letter's own words.</summary>
        private static string ReasonUnderstoodLine(ReasonKind? reason) => reason switch
        {
            ReasonKind.InternalCandidate => " I respect the team's choice of an internal candidate.",
            ReasonKind.MoreExperience => " I understand the team wanted more experience this time.",
            ReasonKind.HiringFreeze => " I understand the hiring plans have changed.",
            ReasonKind.Salary => " I understand the budget could not stretch further.",
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

        /// <summary>A title that already ends in what the position is ("Graduate Scheme", "Summer Internship") takes no "role" after it.</summary>
        private static bool NamesThePosition(string role) =>
            PositionNouns.Contains(role[(role.LastIndexOf(' ') + 1)..].TrimEnd('.', ','));

        private static readonly HashSet<string> PositionNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "internship", "placement", "scheme", "programme", "program", "apprenticeship", "traineeship", "fellowship", "rotation", "co-op", "position", "role",
        };

        private static string? Shaped(string? value, Func<string?, bool> hasShape) => hasShape(value) ? value : null;
    }
}
