using CoachBot.Safety;
using static CoachBot.Safety.ConcernKind;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Probes for the detector's reading of meaning rather than set sentences: concepts combined (who, what,
/// intent, plan, means, time, farewell), negation that is part of a crisis meaning, visible distress without
/// a crisis word, and ordinary rejection talk that uses the same words. Sentences written for these tests,
/// not taken from any corpus.
/// </summary>
public class CrisisMeaningTests
{
    private static readonly CrisisDetector Detector = new();

    private static SafetySignal Assess(string text) => Detector.Assess(text, []);

    public static TheoryData<string, ConcernKind> CrisisProbes() => new()
    {
        // A negation that is part of the meaning.
        { "honestly I can't find a single reason to stay alive", SelfHarm },
        { "I don't really want to be alive anymore", SelfHarm },
        { "I don't think I'll make it through the weekend", SelfHarm },
        { "no one would care if I vanished", SelfHarm },
        { "I can't see myself living much past graduation", SelfHarm },
        { "I don't have anything left to live for", SelfHarm },
        { "i dont know how i can keep going like this", SelfHarm },
        { "I'm not going to be around much longer", SelfHarm },
        // Passive wishes and thoughts of dying.
        { "I keep daydreaming about not waking up", SelfHarm },
        { "I'd be fine if a truck hit me on the way home", SelfHarm },
        { "I'm ready to die, I just am", SelfHarm },
        { "I've been reading about painless ways to go", SelfHarm },
        { "the only way out I can see is dying", SelfHarm },
        { "I'm saying my goodbyes to my friends tonight", SelfHarm },
        { "dying seems easier than another year of this", SelfHarm },
        // Farewells.
        { "thank you for everything, you won't hear from me again", SelfHarm },
        { "this is the last message I'll send, so thank you for everything", SelfHarm },
        { "I've written letters to my friends and my family", SelfHarm },
        { "I'm giving away my things to my friends this week", SelfHarm },
        // Plans, means and time in plain words.
        { "I swallowed 25 of my antidepressants", SelfHarm },
        { "took a whole box of sleeping pills just now", SelfHarm },
        { "I'm at the edge of the bridge near campus", SelfHarm },
        { "I'm going to end it tonight", SelfHarm },
        { "I'm going to drive my car off the road tonight", SelfHarm },
        { "the rope is in my closet and tonight is the night", SelfHarm },
        // Self-harm as students write it.
        { "the s/h urges came back after the rejection", SelfHarm },
        { "relapsed on sh after six months", SelfHarm },
        { "I cut my wrist again last night", SelfHarm },
        { "burned my forearm with a lighter", SelfHarm },
        // Harm to others.
        { "I'm taking a knife to the interview tomorrow", HarmToOthers },
        { "I'm going to show up at their office with a gun", HarmToOthers },
        { "that recruiter deserves to die", HarmToOthers },
        { "I keep fantasizing about shooting the hiring panel", HarmToOthers },
        // Abuse at home.
        { "my boyfriend shoved me against the wall", Abuse },
        { "my father locked me in my room all weekend", Abuse },
        { "I'm terrified my stepmom will hit me again", Abuse },
        // Eating and substances at a dangerous level.
        { "I've been making myself sick after dinner", EatingDisorder },
        { "I'm mixing my meds with whiskey tonight", SubstanceUse },
        { "had half a bottle of wine and then swallowed my xanax", SubstanceUse },
        { "I'm going to burn down their headquarters", HarmToOthers },
    };

    [Theory]
    [MemberData(nameof(CrisisProbes))]
    public void Meanings_of_crisis_are_a_crisis_of_their_kind(string text, ConcernKind kind)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, kind), Assess(text));
    }

    public static TheoryData<string> DistressProbes() =>
    [
        "I've been sobbing for hours since the call",
        "haven't slept in two nights",
        "another panic attack this morning before class",
        "I haven't left my room since Monday",
        "my heart is racing and I'm hyperventilating",
        "I just can't hold it together anymore",
    ];

    [Theory]
    [MemberData(nameof(DistressProbes))]
    public void Visible_distress_without_a_crisis_word_is_a_gentle_check(string text)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Check, AcuteDistress), Assess(text));
    }

    public static TheoryData<string> NegatedIntentProbes() =>
    [
        "I'm never going to hurt myself, don't worry",
        "I'm not suicidal, just really tired",
        "I would never actually want to kill myself",
    ];

    [Theory]
    [MemberData(nameof(NegatedIntentProbes))]
    public void A_negated_intent_to_harm_is_softened_to_a_check(string text)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Check, SelfHarm), Assess(text));
    }

    public static TheoryData<string> OrdinaryProbes() =>
    [
        "I nailed the case interview",
        "the hiring freeze killed my chances",
        "I want to keep going with my applications",
        "I don't want to live in Chicago for this role",
        "there's no reason for me to stay at my internship",
        "I don't want to go on another interview with that firm",
        "thanks for everything, bye!",
        "goodbye, talk next week",
        "my last interview is tomorrow, thanks for everything",
        "I took 15 minutes to finish the quiz",
        "I took 2 pills for my headache before the interview",
        "I wrote thank you notes to the panel",
        "can you help me write a cover letter for my dad's company",
        "I'm applying to a self-harm awareness charity",
        "the roof terrace at the office is nice",
        "I'm going to crush the next round",
        "the team would miss me if I left",
        "I'll be gone next week for a wedding",
        "I need to cut my resume down to one page",
        "I'm dead on my feet after the assessment center",
        "I nearly died of boredom in that info session",
        "I don't want to exist in a toxic team again",
        "I'm standing on the bridge between design and engineering roles",
        "there's no way out of this contract until June",
    ];

    [Theory]
    [MemberData(nameof(OrdinaryProbes))]
    public void Ordinary_talk_with_the_same_words_raises_nothing(string text)
    {
        Assert.Equal(SafetySignal.None, Assess(text));
    }

    [Theory]
    [InlineData("I want to carry on", "I can't carry on")]
    [InlineData("I have a reason to live", "I have no reason to live")]
    [InlineData("my family would miss me", "not one person would miss me")]
    [InlineData("I want to wake up tomorrow", "I never want to wake up again")]
    public void A_phrase_about_going_on_is_a_crisis_only_when_negated(string positive, string negated)
    {
        Assert.Equal(SafetySignal.None, Assess(positive));
        Assert.Equal(ConcernLevel.Crisis, Assess(negated).Level);
    }

    [Fact]
    public void A_goodbye_or_finality_alone_is_no_concern_but_together_they_are_a_farewell()
    {
        Assert.Equal(SafetySignal.None, Assess("thank you for everything"));
        Assert.Equal(SafetySignal.None, Assess("it's one last time at the career fair"));
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SelfHarm), Assess("thank you for everything, one last time"));
    }

    [Fact]
    public void A_goodbye_with_distress_is_a_crisis()
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SelfHarm), Assess("I feel hopeless. thank you for everything"));
    }

    [Fact]
    public void A_means_named_alone_is_no_concern_but_with_finality_it_is_a_crisis()
    {
        Assert.Equal(SafetySignal.None, Assess("there's a rope swing at the camp I worked at"));
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SelfHarm), Assess("I got the rope, I've made up my mind"));
    }

    [Fact]
    public void Several_visible_signs_of_one_state_stay_one_gentle_check()
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Check, AcuteDistress), Assess("I can't breathe, my hands are shaking, I've been crying nonstop"));
    }

    [Theory]
    [InlineData("took 30 pills", "took 3 pills")]
    [InlineData("swallowed 12 tablets", "swallowed 1 tablet")]
    public void A_number_of_two_digits_or_more_reads_as_many(string many, string few)
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, SelfHarm), Assess(many));
        Assert.Equal(SafetySignal.None, Assess(few));
    }

    [Fact]
    public void An_idiom_in_the_gap_of_a_crisis_phrase_does_not_cancel_it()
    {
        Assert.Equal(ConcernLevel.Crisis, Assess("I won't need cover letters anymore").Level);
    }

    [Fact]
    public void A_figure_of_speech_is_never_a_crisis()
    {
        Assert.NotEqual(ConcernLevel.Crisis, Assess("I'm going to die of embarrassment, I called the recruiter by the wrong name").Level);
        Assert.NotEqual(ConcernLevel.Crisis, Assess("this commute is going to be the death of me").Level);
    }
}
