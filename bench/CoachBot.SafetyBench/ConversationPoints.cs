using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Privacy;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.SafetyBench;

/// <summary>Where in a conversation a message is said to the whole bot.</summary>
public enum ConversationPoint
{
    FirstMessage,
    CompanyQuestion,
    ReasonQuestion,
    AddPointToDraft,
}

/// <summary>Whether the bot handed off when one corpus message was said at one point of a conversation.</summary>
public sealed record PointResult(CorpusRow Row, ConversationPoint Point, bool HandedOff);

/// <summary>
/// Says each message to the real bot, in process, the way the transcript tests do: a fresh conversation
/// over fresh storage for every message and point, walked to the point with the usual answers. A hand-off
/// is recognised by what it leaves behind, the person's crisis flag, not by the reply's wording (which is
/// translated) nor by asking the detector.
/// </summary>
public static class ConversationPoints
{
    public static async Task<IReadOnlyList<PointResult>> RunAsync(IReadOnlyList<CorpusRow> rows, TextWriter progress, CancellationToken ct)
    {
        var points = Enum.GetValues<ConversationPoint>();
        var results = new List<PointResult>(rows.Count * points.Length);
        foreach (var point in points)
        {
            foreach (var row in rows)
            {
                results.Add(new PointResult(row, point, await HandsOffAsync(row, point, ct)));
                if (results.Count % 50 == 0 || results.Count == rows.Count * points.Length)
                {
                    await progress.WriteLineAsync($"points: {results.Count}/{rows.Count * points.Length} ({point})");
                }
            }
        }

        return results;
    }

    private static async Task<bool> HandsOffAsync(CorpusRow row, ConversationPoint point, CancellationToken ct)
    {
        await using var chat = TestConversation.Start(new MemoryStorage(), configure: RegisteredAssessors.WithoutModel);
        if (QuestionAt(point) is { } question)
        {
            await chat.ReachQuestion(question);
        }

        await chat.Say(row.Text);
        var key = PersonKeys.For(chat.ChannelId, chat.UserId, chat.ConversationId).Safety;
        var flag = await chat.Services.GetRequiredService<StateStore>().LoadAsync<SafetyRecord>(key, ct);
        return flag.IsStored && flag.Value.Level == ConcernLevel.Crisis;
    }

    private static string? QuestionAt(ConversationPoint point) => point switch
    {
        ConversationPoint.CompanyQuestion => IntakeDialog.CompanyOrEmailPrompt,
        ConversationPoint.ReasonQuestion => IntakeDialog.ReasonPrompt,
        ConversationPoint.AddPointToDraft => ReplyDialog.AddPointPrompt,
        _ => null,
    };
}
