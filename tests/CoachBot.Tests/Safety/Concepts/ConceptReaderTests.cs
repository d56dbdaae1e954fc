using CoachBot.Safety.Concepts;

namespace CoachBot.Tests.Safety.Concepts;

/// <summary>How a message becomes concepts: the same concepts in every language, negation kept, short words read in their own language.</summary>
public sealed class ConceptReaderTests
{
    [Fact]
    public void A_negated_wish_to_live_keeps_all_three_concepts()
    {
        Assert.Equal([Concept.Not, Concept.Want, Concept.Live], Concepts("no quiero vivir"));
    }

    [Fact]
    public void A_negated_wish_to_live_reads_as_negated_life()
    {
        Assert.Contains("not Live", FeatureNames("no quiero vivir"));
        Assert.Contains("Want+Not", FeatureNames("no quiero vivir"));
    }

    [Fact]
    public void A_promise_never_to_self_harm_reads_as_never_near_hurt()
    {
        var concepts = Concepts("nunca me haría daño");

        Assert.Contains(Concept.Never, concepts);
        Assert.Contains(Concept.Self, concepts);
        Assert.Contains(Concept.Hurt, concepts);
        Assert.Contains("not Hurt", FeatureNames("nunca me haría daño"));
    }

    [Theory]
    [InlineData("I don't want to live anymore")]
    [InlineData("ya no quiero vivir")]
    [InlineData("eu não quero mais viver")]
    [InlineData("je ne veux plus vivre")]
    [InlineData("ab mujhe jeene ka mann nahi hai")]
    [InlineData("我不想活了")]
    [InlineData("もう生きたくない")]
    [InlineData("더 이상 살고 싶지 않아")]
    [InlineData("tôi không muốn sống nữa")]
    [InlineData("لا اريد ان اعيش")]
    public void Not_wanting_to_live_is_the_same_concepts_in_every_language(string message)
    {
        var concepts = Concepts(message);

        Assert.Contains(Concept.Not, concepts);
        Assert.Contains(Concept.Want, concepts);
        Assert.Contains(Concept.Live, concepts);
    }

    /// <summary>
    /// The tenth round's words (issue 15), kinds the held-apart writers used and the dictionaries lacked: named sleeping pills
    /// and stimulants, a suicide note, stabbing, biting or hitting oneself, never waking, a chat spelling of "I".
    /// Sentences written for this test.
    /// </summary>
    [Theory]
    [InlineData("偷偷囤了阿普唑仑", Concept.Pills)]
    [InlineData("졸피뎀 한 통 다 모아뒀어", Concept.Pills)]
    [InlineData("tomei todos os antidepressivos que sobraram", Concept.Pills)]
    [InlineData("天天靠莫达非尼熬夜刷题", Concept.Drink)]
    [InlineData("je prends de la kéta tous les soirs", Concept.Drink)]
    [InlineData("又拿笔尖扎自己了", Concept.Cut)]
    [InlineData("je me mords les mains jusqu'au sang", Concept.Cut)]
    [InlineData("真想一了百了", Concept.Suicide)]
    [InlineData("tối qua ngồi viết thư tuyệt mệnh cho bố mẹ", Concept.Suicide)]
    [InlineData("ana 3ayez amawet nafsy", Concept.Suicide)]
    [InlineData("毎晩壁に頭を打ちつけてる", Concept.Cut)]
    [InlineData("bas chahta hoon ki kal aankh na khule", Concept.Sleep)]
    [InlineData("mk mệt lắm rồi", Concept.Self)]
    public void The_tenth_rounds_words_read_as_their_concept(string message, Concept concept)
    {
        Assert.Contains(concept, Concepts(message));
    }

    [Fact]
    public void Accents_and_their_absence_read_the_same()
    {
        Assert.Equal(Concepts("Não vejo sentido em viver"), Concepts("nao vejo sentido em viver"));
        Assert.Equal(Concepts("أريد أن أموت"), Concepts("اريد ان اموت"));
    }

    [Fact]
    public void A_short_word_counts_only_in_the_language_of_the_message()
    {
        // "me" is a mother in Vietnamese: not in an English sentence.
        Assert.DoesNotContain(Concept.Family, Concepts("can you send me the link to the job post"));
        Assert.Contains(Concept.Family, Concepts("mẹ tôi sẽ rất buồn"));
    }

    [Fact]
    public void Chinese_and_Japanese_are_read_inside_unspaced_text()
    {
        Assert.Contains(Concept.Suicide, Concepts("我最近一直在想自杀的事"));
        Assert.Contains(Concept.Disappear, Concepts("毎日消えてしまいたい"));
    }

    [Fact]
    public void A_run_of_laughter_is_one_laugh_not_every_word_starting_with_its_letter()
    {
        Assert.Contains(Concept.Laugh, Concepts("essa entrevista foi bizarra kkkkk"));
        Assert.DoesNotContain(Concept.Laugh, Concepts("i keep thinking about it"));
    }

    [Fact]
    public void Every_language_has_a_dictionary_of_known_concepts()
    {
        // Patterns() throws on a line whose concept is unknown.
        var patterns = ConceptLexicon.Patterns().ToList();

        Assert.Equal(ConceptLexicon.Tables.Count, patterns.Select(pattern => pattern.Language).Distinct().Count());
    }

    [Fact]
    public void An_empty_dictionary_pattern_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ConceptPattern.Parse("*", Concept.Self, 0));
    }

    private static List<Concept> Concepts(string text) => [.. ConceptReader.Shared.Read(text).Select(hit => hit.Concept)];

    private static List<string> FeatureNames(string text)
    {
        var hits = ConceptReader.Shared.Read(text).ToArray();
        Span<int> features = stackalloc int[ConceptFeatures.MaxFeatures];
        var count = ConceptFeatures.Of(hits, [], features);
        return [.. features[..count].ToArray().Select(ConceptFeatures.Name)];
    }
}
