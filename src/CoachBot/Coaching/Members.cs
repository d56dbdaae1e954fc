using CoachBot.Conversations.Activities;

namespace CoachBot.Coaching;

/// <summary>Reads who joined or left a conversation.</summary>
public static class Members
{
    public static bool Include(IEnumerable<ChannelAccount?>? members, ChannelAccount? account) =>
        account?.Id is { } id && members?.Any(member => member?.Id == id) == true;

    public static bool SomeoneElseJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member is not null && member.Id != activity.Recipient?.Id) == true;
}

/// <summary>The events the bot sends itself through the proactive entry.</summary>
public static class EventNames
{
    /// <summary>Begin coaching in a personal chat the bot opened after an @mention in a shared conversation.</summary>
    public const string StartPrivately = "coachbot/startPrivately";
}
