using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Safety.Concepts;
using CoachBot.Safety.Grams;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Safety.ReplyLanguage;

namespace CoachBot.Tests.Safety.Grams;

/// <summary>
/// The concept and n-gram layers read together: a message both give a gentle check, one of them reading a crisis just
/// short of its hand-off, gets the hand-off; two checks from distress alone stay a check. The sentences were written for
/// these tests (none is in a data file); with the shipped weights each layer alone gives them only a check.
/// </summary>
public sealed class CorroboratedCrisisTests
{
    public static TheoryData<string, ReplyLanguage> CrisesBothLayersCheck => new()
    {
        { "먹고 나면 바로 손가락 넣어서 다 토해", Korean },
        { "每次被拒我就暴食，然后抠喉咙吐出来，一天好几次", ChineseSimplified },
        { "आज फिर रात को बहुत खाया और उंगली डालकर उल्टी कर दी", Hindi },
    };

    [Theory]
    [MemberData(nameof(CrisesBothLayersCheck))]
    public async Task A_crisis_two_layers_each_check_gets_the_hand_off_in_its_language(string message, ReplyLanguage language)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        var texts = CrisisReplies.For(language);

        var handOff = Assert.Single((await chat.Say(message)).Activities).Text!;

        Assert.StartsWith(texts.SelfHarmLead, handOff, StringComparison.Ordinal);
        Assert.Contains("988", handOff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sadness_both_layers_check_gets_the_gentle_check_not_the_hand_off()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var replies = await chat.Say("estoy muy triste desde el rechazo, no paro de llorar");

        Assert.DoesNotContain(replies.Activities, reply => reply.Text?.Contains("988", StringComparison.Ordinal) == true);
        Assert.Contains(replies.Activities, reply => reply.Text?.Contains(CrisisReplies.For(Spanish).CheckPrompt, StringComparison.Ordinal) == true);
    }

    private static readonly LayerReading NearCrisis = new(new SafetySignal(ConcernLevel.Check, ConcernKind.AcuteDistress), ConcernKind.EatingDisorder);
    private static readonly LayerReading Distress = new(new SafetySignal(ConcernLevel.Check, ConcernKind.AcuteDistress), ConcernKind.None);
    private static readonly LayerReading Nothing = default;
    private static readonly LayerReading HandOff = new(new SafetySignal(ConcernLevel.Crisis, ConcernKind.SelfHarm), ConcernKind.None);

    [Fact]
    public void Two_checks_one_near_a_crisis_are_a_crisis_of_its_kind_whichever_layer_is_near()
    {
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, ConcernKind.EatingDisorder), CorroboratedCrisisAssessor.Combine(NearCrisis, Distress));
        Assert.Equal(new SafetySignal(ConcernLevel.Crisis, ConcernKind.EatingDisorder), CorroboratedCrisisAssessor.Combine(Distress, NearCrisis));
    }

    [Fact]
    public void One_layer_alone_or_distress_in_both_adds_nothing()
    {
        Assert.Equal(SafetySignal.None, CorroboratedCrisisAssessor.Combine(NearCrisis, Nothing));
        Assert.Equal(SafetySignal.None, CorroboratedCrisisAssessor.Combine(Nothing, NearCrisis));
        Assert.Equal(SafetySignal.None, CorroboratedCrisisAssessor.Combine(Distress, Distress));
        // A layer's own hand-off speaks for itself.
        Assert.Equal(SafetySignal.None, CorroboratedCrisisAssessor.Combine(HandOff, Distress));
    }

    [Fact]
    public async Task A_tapped_choice_is_never_read()
    {
        var assessor = new CorroboratedCrisisAssessor(
            ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath),
            new GramClassifier(GramWeights.Load(GramCrisisAssessor.DefaultWeightsPath)));

        Assert.Equal(SafetySignal.None, await assessor.AssessAsync(ReplyDialog.LooksGood, [], CancellationToken.None));
        Assert.Equal(ConcernLevel.Crisis, (await assessor.AssessAsync("먹고 나면 바로 손가락 넣어서 다 토해", [], CancellationToken.None)).Level);
    }
}
