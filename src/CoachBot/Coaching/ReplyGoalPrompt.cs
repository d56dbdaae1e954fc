using System.Text.RegularExpressions;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Coaching;

/// <summary>
/// What the reply should do. A button, its number or its words are read as any choice is; a sentence is
/// read for what it asks the reply to do ("ask if they have other roles I could be considered for" is
/// staying connected), among the goals offered only. A goal said not to be wanted ("no need to ask for
/// feedback, just thank them") is not the answer; when several are named, the thank-you gives way to the
/// other, since every draft thanks them anyway. A sentence that names no goal is asked again, with a word
/// on how to get its point into the draft.
/// </summary>
public sealed partial class ReplyGoalPrompt(string id) : ChoicePrompt(id)
{
    public const string SentenceNotReadLead =
        "I can write the kinds of reply below: tap the closest one, and you can add your own point once you see the draft.";

    /// <summary>What each goal is, in the words people use for it (normalized: lower case, no apostrophes).</summary>
    private static readonly Dictionary<ReplyGoal, string[]> SaidAs = new()
    {
        [ReplyGoal.ThankAndStayConnected] =
        [
            "keep me in mind", "other roles", "other role", "another role", "other positions", "another position",
            "other openings", "future openings", "future roles", "future opportunities", "other opportunities",
            "stay in touch", "keep in touch", "stay connected", "on their radar", "keep the door open", "leave the door open",
            "talent pool", "considered for", "thank them", "say thanks", "say thank you", "thank you note", "gracious",
        ],
        [ReplyGoal.AskForFeedback] =
        [
            "feedback", "what i could improve", "how i could improve", "what went wrong", "where i went wrong",
            "what i did wrong", "what i could do better", "why i wasnt", "why i didnt", "why they said no",
            "why they rejected", "why they went with", "pointers", "advice for next time",
        ],
        [ReplyGoal.OneLastPitch] =
        [
            "reconsider", "change their mind", "convince", "make my case", "make a case", "pitch", "second chance",
            "another chance", "still want the job", "still want the role", "still interested in the role",
        ],
        [ReplyGoal.AskAboutRescindedOffer] =
        [
            "why they pulled", "why they withdrew", "why they rescinded", "why they took", "why it was pulled",
            "why it was rescinded", "why it was withdrawn", "offer back", "reinstate", "clarify", "clarification",
            "what happened", "explain",
        ],
        [ReplyGoal.CheckOnStatus] =
        [
            "update", "status", "where things stand", "any news", "a decision", "their decision", "timeline",
            "hear back", "heard back", "still considering", "still in the running", "follow up", "chase",
        ],
        [ReplyGoal.DeclineOffer] =
        [
            "decline", "turn it down", "turn down", "turning it down", "say no", "not accept", "not taking", "pass on",
            "dont want the job", "dont want the offer", "reject the offer", "reject their offer",
        ],
        [ReplyGoal.TakeOriginalOffer] =
        [
            "original offer", "accept the original", "as it was", "first offer", "original terms", "accept the offer",
            "take the offer", "still take it", "still accept",
        ],
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "dont", "not", "no", "never", "without", "nor" };

    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out FoundChoice value)
    {
        if (base.TryRecognize(turn, options, out value))
        {
            return true;
        }

        var choices = options.Choices ?? [];
        var offered = choices.Select(choice => Choices.Goals.FirstOrDefault(goal => goal.Label == choice.Value)?.Value).ToList();
        if (InOwnWords(turn.Text, [.. offered.OfType<ReplyGoal>()]) is { } goal)
        {
            var index = offered.IndexOf(goal);
            value = new FoundChoice(choices[index].Value, index);
            return true;
        }

        return false;
    }

    protected override string RetryText(TurnContext turn, PromptOptions options) =>
        ChoiceRecognizer.Normalize(turn.Text).Contains(' ', StringComparison.Ordinal)
            ? $"{SentenceNotReadLead} {options.Prompt}"
            : base.RetryText(turn, options);

    /// <summary>The offered goal a sentence asks for; null when it names none of them, or only says which it does not want.</summary>
    public static ReplyGoal? InOwnWords(string text, IReadOnlyCollection<ReplyGoal> offered)
    {
        var named = new List<(ReplyGoal Goal, int At)>();
        var at = 0;
        foreach (var clause in ClauseBreak().Split(text))
        {
            var words = ChoiceRecognizer.Normalize(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var goal in offered)
            {
                if (FirstUnnegated(words, SaidAs[goal]) is { } position)
                {
                    named.Add((goal, at + position));
                }
            }

            at += words.Length;
        }

        if (named.Exists(found => found.Goal != ReplyGoal.ThankAndStayConnected))
        {
            named.RemoveAll(found => found.Goal == ReplyGoal.ThankAndStayConnected);
        }

        return named.Count == 0 ? null : named.MinBy(found => found.At).Goal;
    }

    /// <summary>Where the first of the phrases starts among the words, unless a word before it in the clause negates it.</summary>
    private static int? FirstUnnegated(string[] words, string[] phrases)
    {
        int? first = null;
        foreach (var phrase in phrases)
        {
            var phraseWords = phrase.Split(' ');
            for (var start = 0; start + phraseWords.Length <= words.Length; start++)
            {
                if (words.AsSpan(start, phraseWords.Length).SequenceEqual(phraseWords)
                    && !words.Take(start).Any(Negations.Contains)
                    && (first is null || start < first))
                {
                    first = start;
                }
            }
        }

        return first;
    }

    /// <summary>Where one thing said ends and another begins: a negation reaches no further.</summary>
    [GeneratedRegex(@"[,.;:!?]|\b(?:but|just|and|instead|rather|then)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();
}
