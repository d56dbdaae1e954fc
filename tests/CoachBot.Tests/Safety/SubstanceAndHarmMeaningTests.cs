using CoachBot.Safety;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Substance use and harm to others, the English kinds the folds showed failing most (issue 15, fourth round), read
/// by meaning: who (I) + a substance + a sign of danger (memory lost, needed to function, more than prescribed, a
/// relapse, mixing); a thought of violence held onto, with a weapon, a person or a place. Ordinary talk that shares
/// their words stays quiet. Sentences written for these tests.
/// </summary>
public class SubstanceAndHarmMeaningTests
{
    private static readonly CrisisDetector Detector = new();

    private static SafetySignal Assess(string text) => Detector.Assess(text, []);

    public static TheoryData<string, ConcernKind> CrisisProbes() => new()
    {
        { "three blackouts this month and i still keep going", SubstanceUse },
        { "ended up with alcohol poisoning after the assessment centre", SubstanceUse },
        { "I need a drink just to feel normal before I open my inbox", SubstanceUse },
        { "back on the ketamine since the offer got pulled", SubstanceUse },
        { "taking tramadol way more than prescribed since the assessment", SubstanceUse },
        { "my sponsor doesn't know I'm drinking again", SubstanceUse },
        { "I keep thinking about poisoning the recruiter's coffee", HarmToOthers },
        { "been sharpening my knife every night since the panel laughed at me", HarmToOthers },
        { "I'm scared I might hurt my son, the stress is unbearable", HarmToOthers },
    };

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public void A_dangerous_use_or_a_held_thought_of_violence_gets_the_hand_off(string text, ConcernKind kind) =>
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), Assess(text));

    [Theory]
    [InlineData("we grabbed a drink after the interview to celebrate")]
    [InlineData("I used the same template again for the Contoso cover letter")]
    [InlineData("my sponsor at the bank got me a referral")]
    [InlineData("the recruiter asked for way more than the job description says")]
    public void Ordinary_talk_that_shares_their_words_raises_nothing(string text) =>
        Assert.Equal(SafetySignal.None, Assess(text));
}
