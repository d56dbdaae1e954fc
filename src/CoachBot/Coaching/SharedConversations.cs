using System.Globalization;
using CoachBot.Organizations;
using CoachBot.Safety;

namespace CoachBot.Coaching;

/// <summary>
/// Team channels and group chats, where others read along: CoachBot gives general guidance only, and
/// offers to continue in a personal chat, which it opens. Nothing about a person's rejection is ever
/// written here, and an install posts one short welcome, not the intake.
/// </summary>
public sealed class SharedConversations(OrganizationDirectory organizations, SafetyGuard safety)
{
    public const string TeamWelcome = "Hi everyone, I'm CoachBot, an AI career coach{0}. I help with job rejections, one person at a time and in private: mention me and I'll message you directly. I'm not a therapist, and I never send anything on anyone's behalf.";
    public const string GoingPrivate = "Hi! I'm CoachBot, an AI career coach{0}. A rejection is personal, so let's talk it through in a private chat: I've just messaged you there. One tip for everyone meanwhile: wait a day before replying to a rejection, then keep the reply short and gracious.";
    public const string SharedHelp = "I'm CoachBot, an AI career coach. In a shared chat I only give general tips; mention me and I'll message you privately to work through a rejection with you, at your pace.";

    public async Task OnInstalledAsync(CoachingTurn turn, CancellationToken ct)
    {
        if (turn.Conversation.Welcomed)
        {
            return;
        }

        turn.Conversation.Welcomed = true;
        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, TeamWelcome, Office(turn)), ct);
    }

    public async Task OnMessageAsync(CoachingTurn turn, CancellationToken ct)
    {
        // Help first, as anywhere; no safety state is kept here, because many people share this conversation.
        if (await safety.HandOffIfCrisisAsync(turn, ct))
        {
            turn.Context.ContinueInPersonalChat(EventNames.StartPrivately);
            return;
        }

        if (Command.Match(turn.Context.Text) is CommandKind.Help)
        {
            await turn.Context.SendAsync(SharedHelp, ct);
            return;
        }

        await turn.Context.SendAsync(string.Format(CultureInfo.InvariantCulture, GoingPrivate, Office(turn)), ct);
        turn.Context.ContinueInPersonalChat(EventNames.StartPrivately);
    }

    private string Office(CoachingTurn turn) =>
        organizations.For(turn.Context.Reference).CareerOfficeName is { } office ? $" from {office}" : string.Empty;
}
