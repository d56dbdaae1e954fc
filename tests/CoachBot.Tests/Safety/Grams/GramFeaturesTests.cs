using CoachBot.Safety.Grams;

namespace CoachBot.Tests.Safety.Grams;

/// <summary>What the n-gram layer's featurizer reads the same, and what it tells apart.</summary>
public sealed class GramFeaturesTests
{
    [Theory]
    [InlineData("I DON'T want to live!!!", "i dont want to live")]
    [InlineData("soooooo tired of this", "soo tired of this")]
    [InlineData("took 20 pills", "took 35 pills")]
    [InlineData("ＮＯ ＱＵＩＥＲＯ ＶＩＶＩＲ", "no quiero vivir")]
    [InlineData("لَا أُرِيدُ أَنْ أَعِيشَ", "لا اريد ان اعيش")]
    [InlineData("  no   quiero\tvivir. ", "no quiero vivir")]
    public void Case_width_digits_repeats_punctuation_and_vowel_marks_read_alike(string written, string plain)
    {
        Assert.Equal(GramFeatures.Of(plain), GramFeatures.Of(written));
    }

    [Theory]
    [InlineData("não quero mais viver", "nao quero mais viver")]
    [InlineData("tôi không muốn sống nữa", "toi khong muon song nua")]
    [InlineData("je veux en finir, ça suffit", "je veux en finir, ca suffit")]
    public void An_accented_message_holds_every_feature_of_the_same_words_without_accents(string accented, string bare)
    {
        var withAccents = GramFeatures.Of(accented);

        Assert.Empty(GramFeatures.Of(bare).Except(withAccents));
        Assert.True(withAccents.Length > GramFeatures.Of(bare).Length);
    }

    [Theory]
    [InlineData("i want to live")]
    [InlineData("我不想活了")]
    [InlineData("もう生きる意味がない")]
    [InlineData("ab jeene ka koi matlab nahi hai yaar")]
    public void Features_are_buckets_sorted_and_each_once(string message)
    {
        var features = GramFeatures.Of(message);

        Assert.NotEmpty(features);
        Assert.All(features, feature => Assert.InRange(feature, 0, GramFeatures.Buckets - 1));
        Assert.Equal(features.Order(), features);
        Assert.Equal(features.Distinct().Count(), features.Length);
    }

    [Fact]
    public void Different_words_read_differently()
    {
        Assert.NotEqual(GramFeatures.Of("i want to live"), GramFeatures.Of("i want to leave"));
        Assert.NotEqual(GramFeatures.Of("我想死"), GramFeatures.Of("我想吃"));
    }

    [Fact]
    public void A_message_longer_than_the_limit_is_read_up_to_it()
    {
        var head = string.Concat(Enumerable.Repeat("rejected again today. ", GramFeatures.MaxChars / 22 + 1))[..GramFeatures.MaxChars];

        Assert.Equal(GramFeatures.Of(head), GramFeatures.Of(head + " and more text that is past the limit"));
    }
}
