using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Coaching;

/// <summary>
/// The offer of check-ins. A button or a plain yes or no is read as any choice is; a sentence that names
/// some of the check-ins ("remind me to send it and ask if they answered") is "Let me pick" with those
/// already picked (<see cref="NamedIn"/>), never a yes to all of them because "remind me" is in it.
/// </summary>
public sealed class CheckInsOfferPrompt(string id) : ChoicePrompt(id)
{
    /// <summary>A yes/no question to the eye: "yes", "sure" or "remind me" are a yes to all of it, "no" is a no.</summary>
    public static readonly List<Choice> OfferChoices =
    [
        new() { Value = FollowUpPlanDialog.AllOfThem, Synonyms = ["yes", "yes please", "sure", "yeah", "yep", "ok", "okay", "please do", "remind me", "yes remind me", "all", "all of them", "everything"] },
        new() { Value = FollowUpPlanDialog.LetMePick, Synonyms = ["pick", "choose", "some of them", "let me choose"] },
        new() { Value = FollowUpPlanDialog.NoThanks, Synonyms = ["no", "nope", "no thank you", "not now", "none", "nah"] },
    ];

    /// <summary>The check-ins by their own words, less the words that say yes to all of them ("remind me").</summary>
    private static readonly List<Choice> CheckIns = [.. Choices.ToChoices(Choices.Nudges).Select(choice => new Choice
    {
        Value = choice.Value,
        Synonyms = [.. (choice.Synonyms ?? []).Where(synonym => !OfferChoices.Exists(offered => (offered.Synonyms ?? []).Contains(synonym)))],
    })];

    /// <summary>The check-ins the words name, in the order they are offered.</summary>
    public static List<NudgeKind> NamedIn(string text)
    {
        var several = ChoiceRecognizer.Ambiguous(text, CheckIns);
        IEnumerable<int> indexes = several.Count > 0 ? several : ChoiceRecognizer.RecognizeWords(text, CheckIns) is { } one ? [one.Index] : [];
        return [.. indexes.Order().Select(index => Choices.Nudges[index].Value)];
    }

    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out FoundChoice value)
    {
        var answer = ChoiceRecognizer.Normalize(turn.Text);
        var saysAChoice = OfferChoices.Exists(choice => ChoiceRecognizer.Normalize(choice.Value) == answer
            || (choice.Synonyms ?? []).Any(synonym => ChoiceRecognizer.Normalize(synonym) == answer));
        if (!saysAChoice && NamedIn(turn.Text).Count > 0)
        {
            value = new FoundChoice(FollowUpPlanDialog.LetMePick, OfferChoices.FindIndex(choice => choice.Value == FollowUpPlanDialog.LetMePick));
            return true;
        }

        return base.TryRecognize(turn, options, out value);
    }
}
