using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Safety.Grams;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Safety.Grams;

/// <summary>
/// The n-gram layer with the shipped weights, message by message (sentences written for these tests, in none of
/// the training files), and its place among the other layers: it reads typed text only and can only raise a level.
/// </summary>
public sealed class GramCrisisAssessorTests
{
    private static readonly GramCrisisAssessor Shipped = new(new GramClassifier(GramWeights.Load(GramCrisisAssessor.DefaultWeightsPath)));

    [Theory]
    [InlineData("ya no aguanto más, esta noche me tomo todas las pastillas")]
    [InlineData("je veux plus vivre, j'ai tout préparé pour ce soir")]
    [InlineData("我真的不想活了，药都准备好了")]
    [InlineData("もう死にたい、今夜で全部終わりにする")]
    [InlineData("진짜 죽고 싶어 오늘 밤에 끝낼 거야")]
    public async Task A_crisis_in_another_language_gets_the_hand_off(string message)
    {
        Assert.Equal(ConcernLevel.Crisis, (await Shipped.AssessAsync(message, [], CancellationToken.None)).Level);
    }

    [Theory]
    [InlineData("¿me ayudas a escribir un correo de agradecimiento al reclutador?")]
    [InlineData("je n'ai pas eu le poste chez Capgemini, tu peux relire ma lettre ?")]
    [InlineData("fui rejeitado na entrevista da Natura, o que posso melhorar?")]
    [InlineData("面试没通过，可以帮我改一下简历吗")]
    [InlineData("不採用の連絡が来ました。次の面接の準備を手伝ってください")]
    [InlineData("면접에서 떨어졌어요. 자기소개서 좀 봐 주세요")]
    public async Task Ordinary_job_talk_is_no_concern(string message)
    {
        Assert.Equal(SafetySignal.None, await Shipped.AssessAsync(message, [], CancellationToken.None));
    }

    [Theory]
    [InlineData("i took a bunch of my sleeping pills like 20 min ago")]
    [InlineData("Contoso")]
    [InlineData("Data analyst intern")]
    public async Task An_english_or_unknown_language_message_is_left_to_the_other_layers(string message)
    {
        Assert.Equal(SafetySignal.None, await Shipped.AssessAsync(message, [], CancellationToken.None));
    }

    [Fact]
    public async Task A_tapped_choice_is_never_read()
    {
        var alarmed = new GramCrisisAssessor(Reading(crisis: true));

        Assert.Equal(SafetySignal.None, await alarmed.AssessAsync(ReplyDialog.LooksGood, [], CancellationToken.None));
        Assert.Equal(ConcernLevel.Crisis, (await alarmed.AssessAsync("looks good to me I guess", [], CancellationToken.None)).Level);
    }

    [Fact]
    public async Task Its_silence_lowers_no_other_layer()
    {
        await using var chat = TestConversation.Start(configure: builder => builder.Services.AddSingleton(Reading(crisis: false)).AddGramLayer());
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var handOff = Assert.Single((await chat.Say("i want to kill myself tonight")).Activities).Text!;

        Assert.StartsWith(CrisisReplies.For(ReplyLanguage.English).SelfHarmLead, handOff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_crisis_raises_the_others_silence()
    {
        await using var chat = TestConversation.Start(configure: builder => builder.Services.AddSingleton(Reading(crisis: true)).AddGramLayer());

        var handOff = Assert.Single((await chat.Say("Data analyst intern")).Activities).Text!;

        Assert.StartsWith(CrisisReplies.For(ReplyLanguage.English).SelfHarmLead, handOff, StringComparison.Ordinal);
    }

    /// <summary>A classifier that reads every message as a crisis, or none as anything.</summary>
    private static GramClassifier Reading(bool crisis)
    {
        var empty = new float[GramFeatures.Buckets];
        GramHead[] heads =
        [
            GramHead.Quantize(GramWeights.CrisisHead, crisis ? 10f : -10f, empty),
            GramHead.Quantize(GramWeights.ConcernHead, crisis ? 10f : -10f, empty),
            GramHead.Quantize(nameof(ConcernKind.SelfHarm), 1f, empty),
        ];
        var thresholds = new Dictionary<string, GramThresholds> { [GramWeights.AnyLanguage] = new(0.9f, 0.5f) };
        return new GramClassifier(GramWeights.Parse(GramWeights.Of(heads, thresholds, []).ToJson()));
    }
}
