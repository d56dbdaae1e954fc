using CoachBot.Conversations.Dialogs;

namespace CoachBot.Tests.Engine;

public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Stages =
    [
        "Application",
        new Choice { Value = "Screening call", Synonyms = ["phone screen"] },
        "Interview",
        "Final round",
        new Choice { Value = "Offer rescinded", Synonyms = ["withdrawn"] },
    ];

    [Theory]
    [InlineData("1", "Application", 0)]
    [InlineData("3", "Interview", 2)]
    [InlineData(" 5. ", "Offer rescinded", 4)]
    public void A_number_picks_the_choice_at_that_position(string answer, string value, int index) =>
        Assert.Equal(new FoundChoice(value, index), ChoiceRecognizer.Recognize(answer, Stages));

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public void A_number_outside_the_list_picks_nothing(string answer) =>
        Assert.Null(ChoiceRecognizer.Recognize(answer, Stages));

    [Theory]
    [InlineData("Final round")]
    [InlineData("final round")]
    [InlineData("FINAL ROUND!!!")]
    [InlineData("  final-round. ")]
    public void The_choice_itself_is_recognized_in_any_case_and_punctuation(string answer) =>
        Assert.Equal(new FoundChoice("Final round", 3), ChoiceRecognizer.Recognize(answer, Stages));

    [Theory]
    [InlineData("phone screen", "Screening call")]
    [InlineData("Phone-Screen!", "Screening call")]
    [InlineData("withdrawn", "Offer rescinded")]
    public void A_synonym_picks_its_choice(string answer, string value) =>
        Assert.Equal(value, ChoiceRecognizer.Recognize(answer, Stages)?.Value);

    [Theory]
    [InlineData("final", "Final round")]
    [InlineData("rescinded", "Offer rescinded")]
    [InlineData("I think it was the final round", "Final round")]
    public void A_unique_partial_match_of_whole_words_picks_its_choice(string answer, string value) =>
        Assert.Equal(value, ChoiceRecognizer.Recognize(answer, Stages)?.Value);

    [Fact]
    public void A_word_shared_by_two_choices_is_ambiguous_and_picks_nothing()
    {
        List<Choice> calls = ["Screening call", "Phone call"];

        Assert.Null(ChoiceRecognizer.Recognize("call", calls));
    }

    [Fact]
    public void An_answer_naming_two_choices_picks_nothing() =>
        Assert.Null(ChoiceRecognizer.Recognize("an interview and then a final round", Stages));

    [Fact]
    public void An_exact_match_wins_over_partial_ones()
    {
        List<Choice> interviews = ["Interview", "Final interview"];

        Assert.Equal(new FoundChoice("Interview", 0), ChoiceRecognizer.Recognize("interview", interviews));
    }

    [Fact]
    public void No_does_not_match_now()
    {
        List<Choice> timing = ["Go ahead now", "Wait"];

        Assert.Null(ChoiceRecognizer.Recognize("no", timing));
        Assert.Equal(new FoundChoice("Go ahead now", 0), ChoiceRecognizer.Recognize("now", timing));
    }

    [Fact]
    public void No_and_now_are_told_apart_when_both_are_choices()
    {
        List<Choice> answers = ["No", "Now"];

        Assert.Equal(0, ChoiceRecognizer.Recognize("no", answers)?.Index);
        Assert.Equal(1, ChoiceRecognizer.Recognize("NOW!", answers)?.Index);
    }

    [Theory]
    [InlineData("in")]
    [InlineData("i")]
    [InlineData("inter")]
    public void Short_words_and_parts_of_words_match_nothing(string answer) =>
        Assert.Null(ChoiceRecognizer.Recognize(answer, Stages));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    [InlineData("purple")]
    public void An_empty_or_unrelated_answer_picks_nothing(string answer) =>
        Assert.Null(ChoiceRecognizer.Recognize(answer, Stages));

    [Fact]
    public void A_list_never_shown_as_buttons_is_not_picked_by_number_but_by_its_words()
    {
        Assert.Null(ChoiceRecognizer.RecognizeWords("1", Stages));
        Assert.Equal(0, ChoiceRecognizer.RecognizeWords("the application", Stages)?.Index);
        Assert.Equal(0, ChoiceRecognizer.Recognize("1", Stages)?.Index);
    }

    [Fact]
    public void Nothing_is_picked_from_no_choices() =>
        Assert.Null(ChoiceRecognizer.Recognize("1", []));

    [Theory]
    [InlineData("Don't know", "dont know")]
    [InlineData("Don\u2019t   KNOW!!", "dont know")]
    [InlineData("  e-mail, please ", "e mail please")]
    [InlineData("Thank them & stay connected", "thank them stay connected")]
    [InlineData("already normal 2", "already normal 2")]
    [InlineData("", "")]
    [InlineData("?!", "")]
    [InlineData("Überraschung: ÉTÉ", "überraschung été")]
    public void Normalizing_keeps_lower_case_letters_and_digits_with_single_spaces(string text, string normalized) =>
        Assert.Equal(normalized, ChoiceRecognizer.Normalize(text));

    [Fact]
    public void A_long_paste_is_normalized_whole()
    {
        var pasted = string.Concat(Enumerable.Repeat("Dear Alex -- Thanks, AGAIN! ", 40));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("dear alex thanks again", 40)), ChoiceRecognizer.Normalize(pasted));
    }
}
