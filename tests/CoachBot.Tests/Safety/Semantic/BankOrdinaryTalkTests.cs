using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Safety.Concepts;
using CoachBot.Safety.Semantic;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Safety.Semantic;

/// <summary>
/// Ordinary talk of declines, negotiations and family that the bank's crisis lines drew in (a decline's reason,
/// found by hand, was handed off as harm to others) is in the bank as ordinary, for the bank and its head alone.
/// </summary>
public sealed class BankOrdinaryTalkTests
{
    [Fact]
    public async Task A_declines_family_reason_is_coached_not_handed_off()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("I'm turning down an offer from Contoso for the data analyst role because I'd have to relocate");
        var summary = await chat.AnswerIntakeUntilSummary(chat.LastReplies!);

        var replies = await chat.Say("the reason is actually that my mum is sick and I need to stay near her");

        Assert.DoesNotContain(replies.Texts, text => text.Contains("988", StringComparison.Ordinal));
        replies.DoesNotSay(CrisisReplies.CheckPrompt);
        Assert.NotNull(summary);
    }

    [Fact]
    public void The_lines_after_the_marker_train_the_bank_and_its_head_but_not_the_concept_and_gram_layers()
    {
        var root = ShippedMlpHeadTests.RepositoryRoot();
        var bankPath = Path.Combine(root, "src", "CoachBot", "Safety", "Semantic", "examples.tsv");
        var bankOnly = File.ReadLines(bankPath).SkipWhile(line => !line.StartsWith(TrainingSet.BankOnlyMarker, StringComparison.Ordinal))
            .Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')[^1]).ToList();

        Assert.True(bankOnly.Count >= 500, $"{bankOnly.Count} lines after the marker");
        var beforeMarker = File.ReadLines(bankPath).TakeWhile(line => !line.StartsWith(TrainingSet.BankOnlyMarker, StringComparison.Ordinal))
            .Count(line => line.Length > 0 && line[0] != '#');
        Assert.Contains(bankPath, TrainingSet.Files(root));
        Assert.Equal(beforeMarker, TrainingSet.ReadFile(bankPath).Count());
        var (sentences, _) = ExampleBank.Parse(bankPath, File.ReadAllBytes(bankPath));
        Assert.Contains(bankOnly[0], sentences);
        var head = HeadTrainingSet.Read(bankPath, Path.Combine(root, "src", "CoachBot", "Safety", "Concepts", "training"), MlpSettings.Shipped);
        Assert.Contains(head.Lines, line => line.Text == bankOnly[^1] && !line.IsCrisis);
    }
}
