namespace CoachBot.Llm;

/// <summary>
/// Who the current turn is for, so model calls deep in a dialog can be limited per person without every
/// seam passing an id along; and what the model read in the turn's message, so the safety check's call
/// also serves the reader. Set by the bot for the length of a turn: each turn has its own, and what it
/// holds is forgotten when the turn ends.
/// </summary>
public static class TurnPerson
{
    private static readonly AsyncLocal<Turn?> Current = new();

    public static string? Key => Current.Value?.PersonKey;

    /// <summary>The model's reading of this turn's message; null outside a turn (nothing is then kept).</summary>
    internal static TurnReading? Reading => Current.Value?.Reading;

    public static IDisposable Enter(string personKey)
    {
        var previous = Current.Value;
        var turn = new Turn(personKey);
        Current.Value = turn;
        return new Exit(turn, previous);
    }

    private sealed class Turn(string personKey)
    {
        public string PersonKey { get; } = personKey;

        public TurnReading Reading { get; } = new();
    }

    private sealed class Exit(Turn turn, Turn? previous) : IDisposable
    {
        public void Dispose()
        {
            // Work the turn started may still hold it: the person's text must not outlive the turn there.
            turn.Reading.Forget();
            Current.Value = previous;
        }
    }
}

/// <summary>
/// The case details the model read in one message of a turn, alongside its risk reading, kept until the
/// reader reads the same message. One message at a time; safe to use from any thread.
/// </summary>
internal sealed class TurnReading
{
    private readonly Lock gate = new();
    private string? text;
    private ModelAnswer<ModelMessageReader.Answer> details;

    public void Keep(string message, ModelAnswer<ModelMessageReader.Answer> answer)
    {
        lock (gate)
        {
            text = message;
            details = answer;
        }
    }

    /// <summary>The kept answer (or failure) when it was read from <paramref name="message"/>.</summary>
    public bool TryRecall(string message, out ModelAnswer<ModelMessageReader.Answer> answer)
    {
        lock (gate)
        {
            var same = text is not null && (ReferenceEquals(text, message) || string.Equals(text, message, StringComparison.Ordinal));
            answer = same ? details : default;
            return same;
        }
    }

    public void Forget()
    {
        lock (gate)
        {
            text = null;
            details = default;
        }
    }
}
