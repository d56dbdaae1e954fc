using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Coaching;

/// <summary>
/// The feeling question. A button, its number or a word of it is recognized as any choice is, and so is a
/// button's feeling in the person's words ("crushed" is disappointed); a sentence is read as the person's own
/// words are (<see cref="FeelingInOwnWords"/>): a feeling that is none of the buttons ("panicking", "not
/// angry, just tired", "kind of lost tbh") is "Something else", said in their words, even when a button's word
/// turns up in it for another reason ("I turned down another offer"). A known feeling is read even when its button
/// is not among those shown. Only a single word CoachBot cannot read is asked again.
/// </summary>
public sealed class FeelingPrompt(string id) : ChoicePrompt(id)
{
    private static readonly string SomethingElse = Choices.LabelOf(Choices.Feelings, Feeling.SomethingElse);

    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out FoundChoice value)
    {
        var text = turn.Text;
        var choices = options.Choices ?? [];
        if (FeelingInOwnWords.KnownFeeling(text) is { } known)
        {
            // A feeling whose button is not shown (sad to turn an offer down) is still the person's answer.
            var label = Choices.LabelOf(Choices.Feelings, known);
            value = new FoundChoice(label, choices.FindIndex(choice => choice.Value == label));
            return true;
        }

        var shaded = FeelingInOwnWords.ShadeOf(text) != FeelingShade.Unnamed;
        if (base.TryRecognize(turn, options, out value) && !shaded)
        {
            return true;
        }

        // A shade of feeling, or a sentence of the person's own: their words are the answer.
        if ((shaded || IsSentence(text))
            && choices.FindIndex(choice => choice.Value == SomethingElse) is var index and >= 0)
        {
            value = new FoundChoice(SomethingElse, index);
            return true;
        }

        return false;
    }

    private static bool IsSentence(string text) => ChoiceRecognizer.Normalize(text).Contains(' ', StringComparison.Ordinal);
}
