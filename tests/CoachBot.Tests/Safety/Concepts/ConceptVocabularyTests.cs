using CoachBot.Safety;
using CoachBot.Safety.Concepts;

namespace CoachBot.Tests.Safety.Concepts;

/// <summary>
/// The concept dictionaries' fourth round (issue 15): fire as a means, in the nine other languages' colloquial and romanized words; the same words in ordinary job talk ("le feu vert", a
/// fever, a phone call) stay quiet; and a laugh lowers a hand-off to the gentle question only when nothing concrete
/// (a plan, a means, a time) stands beside it. Sentences written for these tests.
/// </summary>
public sealed class ConceptVocabularyTests
{
    private static readonly ConceptCrisisAssessor Assessor = new(ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath));

    [Theory]
    [InlineData("我今晚要去把那个经理的车烧了")]
    [InlineData("هحرق عربية المدير بكرة، البنزين جاهز")]
    [InlineData("tối nay tao sẽ đốt xe thằng quản lý, xăng mua rồi")]
    [InlineData("ce soir je mets le feu au bureau du recruteur")]
    public async Task Fire_set_to_someone_is_harm_to_others(string message)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, ConcernKind.HarmToOthers), await Assess(message));
    }

    [Theory]
    [InlineData("le recruteur m'a donné le feu vert pour la suite")]
    [InlineData("面试砸了，不过下次加油")]
    [InlineData("전화 한 통 받았는데 면접 일정 잡혔어")]
    [InlineData("昨天发烧了，面试只好改到下周")]
    public async Task Ordinary_talk_with_the_same_words_is_no_concern(string message)
    {
        Assert.Equal(ConcernLevel.None, (await Assess(message)).Level);
    }

    [Fact]
    public async Task A_laugh_with_nothing_concrete_beside_it_gets_the_gentle_question()
    {
        Assert.Equal(ConcernLevel.Crisis, (await Assess("ya no quiero vivir")).Level);
        Assert.Equal(ConcernLevel.Check, (await Assess("ya no quiero vivir jajaja")).Level);
    }

    [Theory]
    [InlineData("ya no quiero vivir, mañana me tiro del puente jajaja")]
    [InlineData("não aguento mais viver, hoje à noite tomo os remédios kkkk")]
    [InlineData("ya no quiero vivir, no es broma")]
    public async Task A_laugh_beside_a_plan_a_means_or_a_time_or_a_denied_joke_is_no_joke(string message)
    {
        Assert.Equal(ConcernLevel.Crisis, (await Assess(message)).Level);
    }

    private static async Task<SafetySignal> Assess(string message) => await Assessor.AssessAsync(message, [], CancellationToken.None);
}
