using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;

namespace CoachBot.Tests.Engine;

/// <summary>The part of conversation state that holds the dialog stack, as the bot stores it.</summary>
public sealed class SavedStack
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>
/// Runs dialogs turn by turn the way the bot does: each turn reads the stack from JSON and writes it
/// back, so nothing but what storage keeps survives from one turn to the next.
/// </summary>
public sealed class DialogHarness(DialogSet dialogs)
{
    public string SavedJson { get; set; } = JsonSerializer.Serialize(new SavedStack(), ActivityJson.Options);

    public SavedStack Saved => JsonSerializer.Deserialize<SavedStack>(SavedJson, ActivityJson.Options)!;

    public Task<HarnessTurn> Begin(string dialogId, object? options = null) =>
        Run(Message(string.Empty), dc => dc.BeginDialogAsync(dialogId, options, CancellationToken.None));

    public Task<HarnessTurn> Say(string text) => Send(Message(text));

    public Task<HarnessTurn> Send(Activity activity) =>
        Run(activity, dc => dc.ContinueDialogAsync(CancellationToken.None));

    public Task<HarnessTurn> Reprompt() =>
        Run(Message(string.Empty), async dc =>
        {
            await dc.RepromptDialogAsync(CancellationToken.None);
            return DialogTurnResult.Waiting;
        });

    public static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "harness" },
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = text,
    };

    private async Task<HarnessTurn> Run(Activity activity, Func<DialogContext, Task<DialogTurnResult>> act)
    {
        var saved = Saved;
        var turn = new TurnContext(activity, ConversationReference.From(activity), RecordingChannel.Ignoring, TimeProvider.System);
        var result = await act(new DialogContext(dialogs, turn, saved.DialogStack));
        SavedJson = JsonSerializer.Serialize(saved, ActivityJson.Options);
        return new HarnessTurn(result, turn.Sent);
    }
}

/// <summary>What one harness turn ended with, and what it said.</summary>
public sealed record HarnessTurn(DialogTurnResult Result, IReadOnlyList<Activity> Sent)
{
    public IReadOnlyList<string> Texts => Sent.Select(activity => activity.Text ?? string.Empty).ToList();

    public IReadOnlyList<string> Buttons =>
        Sent[^1].SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty).ToList() ?? [];

    public string Asked
    {
        get
        {
            Assert.Equal(DialogTurnStatus.Waiting, Result.Status);
            var last = Assert.Single(Sent);
            Assert.Equal(InputHints.ExpectingInput, last.InputHint);
            return last.Text!;
        }
    }
}
