using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels;

/// <summary>
/// The Activity protocol's lifecycle shapes (conversation and installation updates, member lists) as the
/// engine's neutral <see cref="TurnKind"/>s, for the channels that speak it: the Bot Framework, the web
/// chat page and the terminal. Inbound events are not the bot's to handle: the engine raises its own.
/// </summary>
public static class ActivityLifecycle
{
    public static TurnKind KindOf(Activity activity, ConversationReference reference) => activity.Type switch
    {
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.ConversationUpdate when Include(activity.MembersRemoved, activity.Recipient) => TurnKind.Removed,
        ActivityTypes.ConversationUpdate when reference.IsShared && Include(activity.MembersAdded, activity.Recipient) => TurnKind.Installed,
        ActivityTypes.ConversationUpdate when !reference.IsShared && SomeoneElseJoined(activity) => TurnKind.Joined,
        ActivityTypes.InstallationUpdate when IsAction(activity, "remove") => TurnKind.Removed,
        ActivityTypes.InstallationUpdate when IsAction(activity, "add") => TurnKind.Installed,
        _ => TurnKind.None,
    };

    private static bool Include(IEnumerable<ChannelAccount?>? members, ChannelAccount? account) =>
        account?.Id is { } id && members?.Any(member => member?.Id == id) == true;

    private static bool SomeoneElseJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member is not null && member.Id != activity.Recipient?.Id) == true;

    private static bool IsAction(Activity activity, string action) =>
        activity.Action?.StartsWith(action, StringComparison.OrdinalIgnoreCase) == true;
}
