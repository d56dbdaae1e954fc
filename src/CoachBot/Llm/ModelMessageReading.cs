using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Safety;

namespace CoachBot.Llm;

/// <summary>
/// The model's one reading of a typed message. The safety check asks first in the turn: for a message the
/// reader would send to the model anyway (<see cref="ModelMessageReader.SendsToModel"/>), that one call
/// reads both the risk and the case details, and the details are kept for the rest of the turn, so the
/// reader takes them from there instead of calling again; for a shorter one it reads the risk alone.
/// </summary>
public sealed class ModelMessageReading(ModelCalls model)
{
    /// <summary>Risk first (a model writes the fields in order), then the case details.</summary>
    public sealed record Answer(ConcernLevel Level, ConcernKind Kind, string? Company, string? Role, RejectionStage? Stage, HeardVia? HeardVia, HeardWhen? HeardWhen, string? Reason, string? ContactName, Situation? Situation)
    {
        // Methods, not properties: a property would be in the answer's JSON schema too.
        public ModelSafetyAssessor.Answer Risk() => new(Level, Kind);

        public ModelMessageReader.Answer Details() => new(Company, Role, Stage, HeardVia, HeardWhen, Reason, ContactName, Situation);
    }

    private const string AssessTask = "Assess the message for signs that the person may not be safe.";
    private const string ReadTask = "Read the message into the details of the case.";

    /// <summary>
    /// The model's risk reading of <paramref name="text"/>; with the case details too when the reader will
    /// want them, kept for it until the turn ends.
    /// </summary>
    public async Task<ModelAnswer<ModelSafetyAssessor.Answer>> ReadRiskAsync(string text, CancellationToken cancellationToken)
    {
        if (!ModelMessageReader.SendsToModel(text))
        {
            var input = ModelMessageReader.Message(model.NewInput().Task(AssessTask), text);
            return await model.JsonAsync<ModelSafetyAssessor.Answer>(LlmTask.Safety, input, cancellationToken);
        }

        var both = ModelMessageReader.Message(model.NewInput().Task($"{AssessTask} {ReadTask} Answer both in one JSON object."), text);
        var answer = await model.JsonAsync<Answer>(LlmTask.SafetyAndRead, both, cancellationToken);
        // A failure is kept too: the reader then falls back at once instead of waiting on a second call.
        TurnPerson.Reading?.Keep(text, new ModelAnswer<ModelMessageReader.Answer>(answer.Value?.Details(), answer.Failure));
        return new ModelAnswer<ModelSafetyAssessor.Answer>(answer.Value?.Risk(), answer.Failure);
    }

    /// <summary>The case details in <paramref name="text"/>: what the turn's risk reading already read, or a call of their own.</summary>
    public async Task<ModelAnswer<ModelMessageReader.Answer>> ReadDetailsAsync(string text, CancellationToken cancellationToken)
    {
        if (TurnPerson.Reading is { } turn && turn.TryRecall(text, out var kept))
        {
            return kept;
        }

        var input = ModelMessageReader.Message(model.NewInput().Task(ReadTask), text);
        return await model.JsonAsync<ModelMessageReader.Answer>(LlmTask.Read, input, cancellationToken);
    }
}
