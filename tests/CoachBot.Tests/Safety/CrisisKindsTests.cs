using CoachBot.Safety;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Kinds of crisis the lexical detector missed on lines written blind (issue 15), each read as a kind and not
/// a sentence: self-deletion and striking oneself, affairs put in order, the means bought, harm promised to a
/// partner or family, intrusive thoughts of hurting people, substance use in users' words, rapid weight loss,
/// masked spellings; and the ordinary talk that shares their words. Sentences written for these tests.
/// </summary>
public class CrisisKindsTests
{
    private static readonly CrisisDetector Detector = new();

    private static SafetySignal Assess(string text) => Detector.Assess(text, []);

    public static TheoryData<string, ConcernKind> CrisisProbes() => new()
    {
        { "honestly thinking about deleting myself after this week", SelfHarm },
        { "i keep slamming my head against the desk until i feel nothing", SelfHarm },
        { "I've put my affairs in order this weekend", SelfHarm },
        { "got something online to end it, it arrives friday", SelfHarm },
        { "wrote to everyone i love today, one last time", SelfHarm },
        { "i want to k*ll myself", SelfHarm },
        { "thinking about s3lf harm again", SelfHarm },
        { "i can't stop having thoughts about stabbing my manager", HarmToOthers },
        { "i'm going to beat the crap out of that recruiter", HarmToOthers },
        { "i slapped my boyfriend last night when he brought up the job", HarmToOthers },
        { "im going to hurt my sister when she gets home", HarmToOthers },
        { "been driving drunk every night since the rejection", SubstanceUse },
        { "relapsed on meth after the final round", SubstanceUse },
        { "taking way more xanax than prescribed to get through the week", SubstanceUse },
        { "k-holing every night this week", SubstanceUse },
        { "lost 14 kilos in 5 weeks", EatingDisorder },
        { "i still feel too fat so i'm not eating", EatingDisorder },
        { "been fasting for 5 days to punish myself", EatingDisorder },
    };

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public void A_crisis_of_a_kind_once_missed_gets_the_hand_off(string text, ConcernKind kind) =>
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), Assess(text));

    [Fact]
    public void Not_eating_until_a_verdict_may_be_a_joke_and_gets_a_gentle_check() =>
        Assert.Equal(new SafetySignal(ConcernLevel.Check, EatingDisorder), Assess("im not eating until i hear back from them lol"));

    [Theory]
    [InlineData("my anxiety shot up again after the rejection")]
    [InlineData("lost count of how many applications i sent this month")]
    [InlineData("i beat my brother at chess to cheer myself up after the no")]
    [InlineData("this is the end of the line for my application at contoso")]
    [InlineData("i got a course online to end the week on a high note")]
    [InlineData("i've written to everyone i love asking for referrals")]
    public void Ordinary_talk_that_shares_their_words_raises_nothing(string text) =>
        Assert.Equal(SafetySignal.None, Assess(text));
}
