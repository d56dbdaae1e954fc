using CoachBot.Coaching;
using CoachBot.Safety;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// The model's reading of risk, on every typed message while <c>CoachBot:Llm:SafetySecondOpinion</c> is on
/// (the default with a model). The safety guard asks it after the built-in layers and never once one of them
/// found a crisis, so a message with crisis signs never reaches the model; the guard takes the higher level,
/// so it can only raise one. The same call reads the case details for the reader (<see cref="ModelMessageReading"/>).
/// A tapped button, or a message of a character or two, is not read. Any failure is no opinion.
/// </summary>
public sealed class ModelSafetyAssessor(IServiceProvider services, IOptions<LlmOptions> options) : ISafetyAssessor
{
    public sealed record Answer(ConcernLevel Level, ConcernKind Kind);

    /// <summary>
    /// Fewer letters or digits than this ("ok", "no", "1", an emoji) say too little to read. A Chinese,
    /// Japanese or Korean character counts two: two of them can already be a whole sentence.
    /// </summary>
    public const int FewestCharactersForModel = 3;

    public async ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || !options.Value.SafetySecondOpinion || !ReadsRiskIn(text))
        {
            return SafetySignal.None;
        }

        // Resolved here, not injected: without a model there is no chat client to build.
        var reading = services.GetRequiredService<ModelMessageReading>();
        var answer = await reading.ReadRiskAsync(text, cancellationToken);
        return answer.Value is { } opinion && Enum.IsDefined(opinion.Level) && Enum.IsDefined(opinion.Kind)
            ? new SafetySignal(opinion.Level, opinion.Level == ConcernLevel.None ? ConcernKind.None : opinion.Kind)
            : SafetySignal.None;
    }

    /// <summary>Whether the model reads <paramref name="text"/> for risk: typed, not a button's label, and more than a character or two.</summary>
    public static bool ReadsRiskIn(string text)
    {
        if (ButtonLabels.Contains(text))
        {
            return false;
        }

        var weight = 0;
        foreach (var c in text)
        {
            weight += IsHanKanaOrHangul(c) ? 2 : char.IsLetterOrDigit(c) ? 1 : 0;
            if (weight >= FewestCharactersForModel)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHanKanaOrHangul(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // Hiragana, Katakana
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') // Han
            or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7AF'); // Hangul
}
