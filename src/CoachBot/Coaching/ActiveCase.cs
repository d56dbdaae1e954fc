using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>
/// The case the coaching is working on right now, found in the dialog stack: the innermost waterfall
/// holds the latest copy (each part of the coaching works on its own copy and hands it back).
/// </summary>
public static class ActiveCase
{
    /// <summary>Waterfalls whose values are a <see cref="RejectionCase"/>; prompts and other dialogs are passed over.</summary>
    private static readonly HashSet<string> CaseWaterfalls = new(StringComparer.Ordinal)
    {
        "coaching", "intake", "ask", "summary", "checkIn", "goal", ReplyDialog.SignatureWaterfall, "revision", ReplyDialog.AskAgainWaterfall, "plan", "pick", CoachingBot.ResumeWaterfall,
    };

    public static RejectionCase? Find(IReadOnlyList<DialogInstance> stack)
    {
        RejectionCase? found = null;
        foreach (var instance in stack)
        {
            if (CaseWaterfalls.Contains(instance.Id))
            {
                found = instance.GetState<WaterfallState<RejectionCase>>().Values;
            }
            else if (instance.Id.EndsWith("Dialog", StringComparison.Ordinal))
            {
                found = Find(instance.GetState<ComponentState>().Stack) ?? found;
            }
        }

        return found;
    }

    /// <summary>The id of the dialog waiting for the person's answer: the top of the innermost stack.</summary>
    public static string? InnermostDialogId(IReadOnlyList<DialogInstance> stack)
    {
        if (stack.Count == 0)
        {
            return null;
        }

        var top = stack[^1];
        return top.Id.EndsWith("Dialog", StringComparison.Ordinal) ? InnermostDialogId(top.GetState<ComponentState>().Stack) ?? top.Id : top.Id;
    }
}
