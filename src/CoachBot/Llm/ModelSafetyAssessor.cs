using CoachBot.Safety;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// The model's second opinion on signs of crisis, when <c>CoachBot:Llm:SafetySecondOpinion</c> is on. The
/// safety guard asks it after the built-in detector and never once that one found a crisis, so a message
/// with crisis signs never reaches the model; the guard takes the higher level, so it can only raise one.
/// Any failure is no opinion.
/// </summary>
public sealed class ModelSafetyAssessor(IServiceProvider services, IOptions<LlmOptions> options) : ISafetyAssessor
{
    public sealed record Answer(ConcernLevel Level, ConcernKind Kind);

    public async ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || !options.Value.SafetySecondOpinion)
        {
            return SafetySignal.None;
        }

        var model = services.GetRequiredService<ModelCalls>();
        var input = model.NewInput().Task("Assess the message.").PersonText("message", text);
        var answer = await model.JsonAsync<Answer>(LlmTask.Safety, input, cancellationToken);
        return answer.Value is { } opinion && Enum.IsDefined(opinion.Level) && Enum.IsDefined(opinion.Kind)
            ? new SafetySignal(opinion.Level, opinion.Level == ConcernLevel.None ? ConcernKind.None : opinion.Kind)
            : SafetySignal.None;
    }
}
