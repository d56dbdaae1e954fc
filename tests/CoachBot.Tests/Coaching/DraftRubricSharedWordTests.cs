using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

/// <summary>What counts as two consecutive sentences sharing a word, which the drafter avoids (DraftRubric.RepeatsAWord).</summary>
public class DraftRubricSharedWordTests
{
    [Theory]
    [InlineData("I enjoyed meeting the team.", "The team's energy stood out.", false)] // the subject of every such letter
    [InlineData("Thank you for the call about the role.", "Our call was short.", true)] // four letters are a word too
    [InlineData("Thank you for the call about the role.", "Where do things stand with the role?", true)]
    [InlineData("Thank you for the call.", "Both calls were short.", true)] // with a plural ending
    [InlineData("I enjoyed meeting everyone.", "Meeting you was a highlight.", true)] // any case
    [InlineData("I enjoyed meeting everyone.", "Our meetinghouse was small.", false)] // part of a longer word
    [InlineData("I enjoyed meeting everyone.", "We were re-meeting, briefly.", true)] // a hyphen ends a word
    [InlineData("Thank you for the interview.", "The interview was clear.", false)] // a function word of the subject
    [InlineData("I would welcome advice.", "Which would help me most?", false)] // a function word
    [InlineData("Your café's atmosphere was warm.", "The atmosphère differs.", false)] // a letter beyond ASCII belongs to the word
    [InlineData("Un été réussi à Montréal.", "Montréal reste loin.", true)]
    [InlineData("Montréal", "montréalais", false)]
    [InlineData("", "Anything at all here.", false)]
    [InlineData("Something longer here.", "", false)]
    public void Two_sentences_repeat_a_word_only_when_a_whole_content_word_is_the_same(string first, string second, bool shared)
    {
        Assert.Equal(shared, DraftRubric.RepeatsAWord(first, second));
    }
}
