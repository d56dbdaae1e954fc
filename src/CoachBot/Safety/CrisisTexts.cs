namespace CoachBot.Safety;

/// <summary>
/// Everything CoachBot says about safety, in one language: the gentle check, the hand-off of each kind,
/// the "are you safe right now?" follow-up, the buttons and the lines' surrounding text. The lines
/// themselves come from the organisation's profile and are shown as configured.
/// </summary>
public sealed class CrisisTexts
{
    public required ReplyLanguage Language { get; init; }

    /// <summary>The gentle check after a possible figure of speech or softer distress.</summary>
    public required string CheckPrompt { get; init; }
    /// <summary>Said before the gentle check when the message shows distress rather than a joke.</summary>
    public required string DistressAcknowledgement { get; init; }
    /// <summary>After a hand-off, asked before coaching goes back on.</summary>
    public required string ConfirmSafePrompt { get; init; }

    public required string ImOkay { get; init; }
    public required string ImSafe { get; init; }
    public required string NotOkay { get; init; }
    public required string NeedHelpNow { get; init; }

    /// <summary>What <see cref="Resumed"/> tells the person to say to get the lines again; a help-now command.</summary>
    public required string HelpNowCommand { get; init; }
    public required string Resumed { get; init; }
    /// <summary>"Let's pick up where we were.": said after <see cref="Resumed"/> only when there is something to pick up (the welcome was sent).</summary>
    public required string PickUp { get; init; }
    public required string StillHere { get; init; }

    public required string SelfHarmLead { get; init; }
    public required string SelfHarmClose { get; init; }
    public required string AbuseLead { get; init; }
    public required string AbuseClose { get; init; }
    public required string HarmToOthersLead { get; init; }
    public required string HarmToOthersClose { get; init; }
    public required string ResourcesLead { get; init; }

    /// <summary>The counseling contact's line; {0} is the contact as configured.</summary>
    public required string CounselingFormat { get; init; }
    /// <summary>The emergency line; {0} is the organisation's emergency number.</summary>
    public required string EmergencyFormat { get; init; }

    /// <summary>
    /// With the US default lines, how to reach them in this language when their own texts are in English
    /// (988 connects callers with an interpreter).
    /// </summary>
    public string? InterpreterNote { get; init; }
    /// <summary>The US default lines as they serve people in this language (988 in Spanish), when they do.</summary>
    public IReadOnlyList<CrisisResource>? UsLines { get; init; }

    /// <summary>What separates two sentences joined into one message: nothing in Chinese and Japanese.</summary>
    public string SentenceGap { get; init; } = " ";

    /// <summary>Every button of these texts, each with the answer it stands for.</summary>
    public IEnumerable<(string Label, SafetyAnswer Answer)> Buttons =>
        [(ImOkay, SafetyAnswer.Okay), (ImSafe, SafetyAnswer.Okay), (NotOkay, SafetyAnswer.NotOkay), (NeedHelpNow, SafetyAnswer.NotOkay)];
}
