using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Llm;

/// <summary>
/// Reads a message into <see cref="MessageDetails"/> with a JSON-schema answer, on the built-in reader as
/// its floor: what the built-in found is kept, the model only fills what it left open, and a name, role or
/// reason the model gives is kept only when the message says it word for word (a model never invents one).
/// When the safety check already had the model read the message this turn, that answer is used
/// (<see cref="ModelMessageReading"/>): one model call per message, not two.
/// </summary>
public sealed class ModelMessageReader(ModelMessageReading model, IMessageReader builtIn) : IMessageReader
{
    /// <summary>
    /// Shorter answers ("Contoso", "Looks right", "skip") are the built-in reader's alone: a model adds
    /// nothing to them, and a call per button would spend the person's model budget before the draft.
    /// </summary>
    public const int FewestWordsForModel = 6;

    public sealed record Answer(string? Company, string? Role, RejectionStage? Stage, HeardVia? HeardVia, HeardWhen? HeardWhen, string? Reason, string? ContactName, Situation? Situation);

    /// <summary>Whether the model reads the case details in <paramref name="text"/>: a pasted e-mail, or a message of a few words or more.</summary>
    public static bool SendsToModel(string text) => RejectionEmailExtractor.LooksLikeRejectionEmail(text) || WordCount(text) >= FewestWordsForModel;

    /// <summary>The message as the model reads it: a pasted e-mail, or the person's own words.</summary>
    public static ModelInput Message(ModelInput input, string text) =>
        RejectionEmailExtractor.LooksLikeRejectionEmail(text) ? input.PastedEmail(text) : input.PersonText("the person's message", text);

    public async ValueTask<MessageDetails> ReadAsync(string text, CancellationToken cancellationToken)
    {
        var floor = await builtIn.ReadAsync(text, cancellationToken);
        if (!SendsToModel(text))
        {
            return floor;
        }

        var answer = await model.ReadDetailsAsync(text, cancellationToken);
        if (answer.Value is not { } read)
        {
            return floor;
        }

        // The model's company, role and reason pass the same gates as the built-in reader's (ReadConfidence): said word
        // for word is not enough for a field to have its shape. The floor's own passed them already.
        return ReadConfidence.Gate(floor with
        {
            Company = floor.Company ?? Said(read.Company, text),
            Role = floor.Role ?? Said(read.Role, text),
            Stage = floor.Stage ?? read.Stage,
            HeardVia = floor.HeardVia ?? read.HeardVia,
            HeardWhen = floor.HeardWhen ?? read.HeardWhen,
            Reason = floor.Reason ?? Said(read.Reason, text),
            ContactName = floor.ContactName ?? Said(read.ContactName, text),
            Situation = floor.Situation ?? read.Situation,
        });
    }

    /// <summary>The value when the message contains it (any case, any spacing); null otherwise.</summary>
    private static string? Said(string? value, string text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return Squeeze(text).Contains(Squeeze(trimmed), StringComparison.OrdinalIgnoreCase) ? trimmed : null;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Squeeze(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
