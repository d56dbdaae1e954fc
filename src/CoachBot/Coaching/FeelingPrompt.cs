using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Coaching;

/// <summary>
/// The feeling question. A button, its number or a word of it is recognized as any choice is; a sentence is
/// read as the person's own words are (<see cref="FeelingInOwnWords"/>): a feeling that is none of the buttons
/// ("panicking", "not angry, just tired") is "Something else", said in their words, even when a button's word
/// turns up in it for another reason ("I turned down another offer").
/// </summary>
public sealed class FeelingPrompt(string id) : ChoicePrompt(id)
{
    private static readonly string SomethingElse = Choices.LabelOf(Choices.Feelings, Feeling.SomethingElse);

    protected override bool TryRecognize(TurnContext turn, PromptOptions options, out FoundChoice value)
    {
        var text = turn.Text;
        if (FeelingInOwnWords.KnownFeeling(text) is null && FeelingInOwnWords.ShadeOf(text) != FeelingShade.Unnamed
            && (options.Choices ?? []).FindIndex(choice => choice.Value == SomethingElse) is var index and >= 0)
        {
            value = new FoundChoice(SomethingElse, index);
            return true;
        }

        return base.TryRecognize(turn, options, out value);
    }
}
