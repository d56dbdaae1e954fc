using CoachBot.Safety;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Probes for the concepts added after measuring on fresh sentences by outside writers: means and acts told in
/// plain words, a height as a means with timing chosen so nobody sees, stalking and promised violence, abuse by
/// control, dangerous drug and eating levels, and distress in students' own words. Sentences written for these
/// tests, not taken from any corpus or bank.
/// </summary>
public class CrisisConceptTests
{
    private static readonly CrisisDetector Detector = new();

    private static SafetySignal Assess(string text) => Detector.Assess(text, []);

    public static TheoryData<string, ConcernKind> CrisisProbes() => new()
    {
        // Means and acts in plain words.
        { "my sleeping meds are lined up on the desk after that last no", SelfHarm },
        { "the tablets are kicking in already", SelfHarm },
        { "swallowed my sister's oxycodone after the call", SelfHarm },
        { "i tied a cord around my neck earlier just to see", SelfHarm },
        { "sitting in the car with the engine running in the garage", SelfHarm },
        { "been staring down at the tracks from the platform for an hour", SelfHarm },
        { "i looked up methods instead of doing the case study", SelfHarm },
        { "everybody would be happier without me around", SelfHarm },
        { "i still have the box cutter in my hand", SelfHarm },
        { "snapped my clean streak tonight after 200 days", SelfHarm },
        { "heading to the top floor of the garage, nobody checks on me on sundays", SelfHarm },
        { "i wrote down who gets my stuff", SelfHarm },
        { "fine. my will is written and the letters are done", SelfHarm },
        { "dont bother trying to talk me out of it", SelfHarm },
        { "I don't think I'll be around when the results come out", SelfHarm },
        { "everyone would just move on without me", SelfHarm },
        // Harm to others: stalking, a weapon on the way, violence promised.
        { "I've been parked outside the recruiter's house and I know her schedule", HarmToOthers },
        { "imma make that hiring manager bleed", HarmToOthers },
        { "I want to poison the whole panel", HarmToOthers },
        { "next time I see that interviewer I'll break his jaw", HarmToOthers },
        // Abuse: control and violence.
        { "my husband took my passport and keeps my money", Abuse },
        { "my stepmom threw a glass at me when i told her", Abuse },
        { "he chokes me every time I mention moving for work", Abuse },
        { "my stepfather who lives with us punched me", Abuse },
        // Substances and eating at a dangerous level.
        { "did way too much coke and my heart is pounding", SubstanceUse },
        { "mixed xanax with vodka so i could just sleep through it", SubstanceUse },
        { "I fainted at the bus stop, I haven't eaten since Sunday", EatingDisorder },
        { "threw up after each meal this week until there was blood", EatingDisorder },
    };

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public void Concepts_in_plain_words_are_a_crisis_of_their_kind(string text, ConcernKind kind)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), Assess(text));
    }

    public static TheoryData<string> DistressProbes() =>
    [
        "i havent been out of bed since the final round",
        "keep bursting into tears on the train",
        "i feel so hollow since the feedback call",
        "my anxiety is through the roof this week",
        "honestly i've hit rock bottom with applications",
        "I cried in the library and couldn't stop",
    ];

    [Theory]
    [MemberData(nameof(DistressProbes))]
    public void Distress_in_students_words_is_a_gentle_check(string text)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Check, AcuteDistress), Assess(text));
    }

    public static TheoryData<string> OrdinaryProbes() =>
    [
        "overdosed on caffeine before the panel interview",
        "we saw suicide squad to unwind after the assessment",
        "I'm thinking about cutting my losses with consulting",
        "not going to die on this hill over the start date",
        "shot myself in the foot by mentioning the other offer",
        "heading to the rooftop bar with my cohort after the offer call",
        "the recruiter said my home address was missing from the form",
        "I'm going to attack the case study from a different angle",
    ];

    [Theory]
    [MemberData(nameof(OrdinaryProbes))]
    public void Ordinary_talk_with_the_same_words_raises_no_crisis(string text)
    {
        Assert.NotEqual(ConcernLevel.Crisis, Assess(text).Level);
    }
}
