using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Privacy;

/// <summary>The "export my data" and "delete my data" commands, in the conversation.</summary>
public sealed class DataRights(PersonRecords records)
{
    public const string ExportContentType = "application/json";
    public const string ExportFileName = "coachbot-my-data.json";
    public const string DataErasedEntity = "coachbot/dataErased";
    public const string ExportIntro = "Here's everything I keep about you, exactly as stored. Nothing else about you is kept.";
    public const string ErasurePrompt = "This permanently deletes everything I keep about you: our conversations, the rejections we worked through with their drafts and planned follow-ups, your time zone, and any safety notes. It can't be undone. Delete it all?";
    public const string EraseYes = "Yes, delete everything";
    public const string EraseNo = "No, keep it";
    public const string ErasureKept = "Okay, I haven't deleted anything.";
    public const string Erased = "Done. I deleted {0}. Nothing about you is left with me; if you say hi again, we start from scratch.";

    private static readonly List<Choice> ErasureChoices =
    [
        new() { Value = EraseYes, Synonyms = ["yes", "y", "yes please", "delete", "delete it", "delete it all", "do it", "confirm", "sure"] },
        new() { Value = EraseNo, Synonyms = ["no", "n", "nope", "keep", "keep it", "don't", "dont", "cancel", "never mind"] },
    ];

    public async Task ExportAsync(CoachingTurn turn, CancellationToken ct)
    {
        var export = await records.ExportAsync(turn.Keys, ct);
        await turn.Context.SendFileAsync(ExportIntro, ExportFileName, ExportContentType, JsonSerializer.SerializeToElement(export), ct);
    }

    public async Task AskErasureAsync(CoachingTurn turn, CancellationToken ct)
    {
        turn.Conversation.ErasureAsked = true;
        await turn.Context.AskAsync(ErasurePrompt, [.. ErasureChoices.Select(choice => choice.Value)], ct);
    }

    /// <returns>Whether the message answered the confirmation; otherwise nothing was deleted and the message goes on as usual.</returns>
    public async Task<bool> AnswerErasureAsync(CoachingTurn turn, CancellationToken ct)
    {
        turn.Conversation.ErasureAsked = false;
        var answer = ChoiceRecognizer.Recognize(turn.Context.Text, ErasureChoices);
        if (answer?.Index != 0)
        {
            await turn.Context.SendAsync(ErasureKept, ct);
            if (answer is null)
            {
                return false;
            }

            await turn.Dialogs.RepromptDialogAsync(ct);
            return true;
        }

        var report = await records.EraseAsync(turn.Keys, ct);
        turn.Erased = true;
        // Clients that keep a copy of the chat (the web chat page) forget it too; others ignore the mark.
        await turn.Context.SendAsync(new TextReply(string.Format(CultureInfo.InvariantCulture, Erased, Describe(report))) { Marks = [DataErasedEntity] }, ct);
        return true;
    }

    private static string Describe(ErasureReport report)
    {
        var parts = new List<string> { report.Conversations == 1 ? "our conversation" : $"our {report.Conversations} conversations" };
        if (report.Cases > 0)
        {
            parts.Add(report.Cases == 1 ? "the rejection we worked through, with its draft and follow-ups" : $"the {report.Cases} rejections we worked through, with their drafts and follow-ups");
        }

        if (report.SafetyFlag)
        {
            parts.Add("your safety notes");
        }

        parts.Add("your profile");
        return parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
