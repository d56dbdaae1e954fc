using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Terminal;

/// <summary>
/// A terminal run starts on an empty screen: unlike a chat window, it shows nothing of the last session.
/// When a conversation is under way, the bot asks its question again; this says first what it is about
/// (what we were doing, for which company and role), read from the stored conversation, which it never
/// changes. A conversation idle long enough to be started afresh gets none: the bot offers it back itself.
/// </summary>
public sealed class ResumeRecap(IConversationStates states, IOptions<CoachBotOptions> options, TimeProvider clock)
{
    public const string Format = "Where we left off: we were {0}, about {1}.";

    /// <summary>Component dialogs and waterfalls of the coaching, innermost first, and what the person and CoachBot were doing there.</summary>
    private static readonly (string Dialog, string Doing)[] Parts =
    [
        (nameof(OwnReplyDialog), "checking the reply you wrote yourself"),
        (nameof(FollowUpPlanDialog), "planning your next steps"),
        (nameof(ReplyDialog), "writing your reply"),
        (nameof(CheckInDialog), "talking about how you feel about it"),
        (nameof(IntakeDialog), "going over what happened"),
    ];

    /// <summary>The recap for the conversation <paramref name="reference"/>, or null when nothing is under way there.</summary>
    public async Task<string?> ForAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var (_, record) = await states.LoadAsync(reference.StateKey, cancellationToken);
        if (record is not ConversationData { DialogStack.Count: > 0 } conversation
            || conversation.LastActivityAt is { } last && clock.GetUtcNow() - last > options.Value.IdleTimeout
            || ActiveCase.Find(conversation.DialogStack) is not { } active)
        {
            return null;
        }

        var open = new HashSet<string>(StringComparer.Ordinal);
        Collect(conversation.DialogStack, open);
        var doing = Parts.FirstOrDefault(part => open.Contains(part.Dialog)).Doing ?? "working through it";
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, doing, About(active));
    }

    private static string About(RejectionCase active) => (active.Role, active.Company) switch
    {
        ({ } role, { } company) => $"the {role} role at {company}",
        (null, { } company) => company,
        ({ } role, null) => $"the {role} role",
        _ => "the rejection you told me about",
    };

    /// <summary>The ids of every dialog open on the stack, component dialogs' inner stacks included.</summary>
    private static void Collect(IReadOnlyList<DialogInstance> stack, HashSet<string> open)
    {
        foreach (var instance in stack)
        {
            open.Add(instance.Id);
            if (instance.Id.EndsWith("Dialog", StringComparison.Ordinal))
            {
                Collect(instance.GetState<ComponentState>().Stack, open);
            }
        }
    }
}
