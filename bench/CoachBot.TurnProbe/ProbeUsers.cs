using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Conversations.Activities;

namespace CoachBot.TurnProbe;

/// <summary>
/// The bench driver's people (bench/CoachBot.Bench: VirtualUser and Answerer), one turn at a time: each
/// conversation starts with a new id and "hi" and answers every question the way the driver does, until
/// no reply expects input or 60 turns pass. People take turns starting conversations and keep their ids,
/// so what is stored per person grows as it does under the bench.
/// </summary>
internal sealed partial class ProbeUsers(ProbeEndpoint endpoint, int count)
{
    private const int MaxTurns = 60;

    private static readonly string[] FreeTextAnswers =
    [
        "Contoso",
        "Data Analyst intern",
        "They went with a candidate with more experience",
        "I led the data pipeline for our capstone project",
    ];

    private int next;

    public async Task<Played> PlayAsync(int conversations)
    {
        var played = new Played();
        for (var i = 0; i < conversations; i++)
        {
            var user = $"user-{next++ % count}";
            var conversation = Guid.NewGuid().ToString();
            var freeText = 0;
            var text = "hi";
            var turns = 0;
            while (text is not null)
            {
                if (turns == MaxTurns)
                {
                    played.Capped++;
                    break;
                }

                var replies = await endpoint.TurnAsync(ProbeEndpoint.Request(user, conversation, text));
                turns++;
                text = Answer(replies, ref freeText);
            }

            played.Turns += turns;
            played.Conversations++;
        }

        return played;
    }

    /// <summary>The driver's rule: the last reply expecting input; its first suggested action, else "1" for inline choices, else free text.</summary>
    private static string? Answer(IReadOnlyList<Activity> replies, ref int freeText)
    {
        var question = replies.LastOrDefault(reply => reply.InputHint == InputHints.ExpectingInput);
        if (question is null)
        {
            return null;
        }

        if (question.SuggestedActions?.Actions is [var first, ..])
        {
            return first.Value is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } said ? said : first.Title;
        }

        if (question.Text is { } asked && NumberedChoice().IsMatch(asked))
        {
            return "1";
        }

        var answer = FreeTextAnswers[freeText];
        freeText = (freeText + 1) % FreeTextAnswers.Length;
        return answer;
    }

    [GeneratedRegex(@"\(1\)|(?:^|\s)1\.(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedChoice();
}

internal sealed class Played
{
    public int Conversations { get; set; }
    public int Turns { get; set; }
    public int Capped { get; set; }
}
