using System.Globalization;
using System.Text;
using CoachBot.Organizations;

namespace CoachBot.Safety;

/// <summary>
/// What CoachBot says on a sign of crisis. Warm, short and concrete: who to reach, how, and when; then
/// nothing else. The lines come from the organisation's profile; the words around them are in the person's
/// language (<see cref="For"/>, one file per language). The constants are the English texts.
/// </summary>
public static partial class CrisisReplies
{
    public const string CheckPrompt = "That sounds like a lot. Just checking, because I'd rather ask: are you okay? If you're having thoughts of hurting yourself, tell me, and I'll share people you can reach right now.";
    public const string DistressAcknowledgement = "I'm really sorry you're going through this.";
    public const string ConfirmSafePrompt = "I'm glad to hear from you. Before we go back to the job search: are you safe right now?";
    public const string ImOkay = "I'm okay, let's go on";
    public const string ImSafe = "I'm safe, let's go on";
    public const string NotOkay = "I'm not okay";
    public const string NeedHelpNow = "I need help now";
    public const string Resumed = "Thank you for telling me. If things get heavy again, say \"help now\" and I'll share those numbers again.";
    public const string PickUp = "Let's pick up where we were.";
    public const string StillHere = "I'm still here, and the coaching can wait as long as you need.";

    private const string SelfHarmLead = "I'm really glad you told me, and I'm worried about you. I'm an AI, so I can't be the support you need right now, but real people can, right away:";
    private const string SelfHarmClose = "You don't have to go through this alone. I've paused the job search part and any follow-ups; they can wait. When you're ready, tell me whether you're safe right now.";
    private const string AbuseLead = "I'm so sorry. What's happening is not your fault, and you deserve to be safe. I'm an AI, so I can't help the way a person can, but these people can, right away, and confidentially:";
    private const string AbuseClose = "If it isn't safe to call, many of these lines take texts or chats. I've paused the job search part and any follow-ups. I'm here when you want to talk.";
    private const string HarmToOthersLead = "It sounds like you're really angry, and after a rejection that's understandable. I can't help with anything that could hurt someone, and I won't help write anything about it. Please step away from this for now: no messages, no calls, no visits. Anger this strong is a lot to carry alone, and people can help with it right away:";
    private const string HarmToOthersClose = "I've paused the coaching. When you feel calmer, I'm here, and we can work out a reply you'll be glad you sent.";
    private const string ResourcesLead = "Here's who you can reach right now:";

    private static readonly CrisisTexts English = new()
    {
        Language = ReplyLanguage.English,
        CheckPrompt = CheckPrompt,
        DistressAcknowledgement = DistressAcknowledgement,
        ConfirmSafePrompt = ConfirmSafePrompt,
        ImOkay = ImOkay,
        ImSafe = ImSafe,
        NotOkay = NotOkay,
        NeedHelpNow = NeedHelpNow,
        HelpNowCommand = "help now",
        Resumed = Resumed,
        PickUp = PickUp,
        StillHere = StillHere,
        SelfHarmLead = SelfHarmLead,
        SelfHarmClose = SelfHarmClose,
        AbuseLead = AbuseLead,
        AbuseClose = AbuseClose,
        HarmToOthersLead = HarmToOthersLead,
        HarmToOthersClose = HarmToOthersClose,
        ResourcesLead = ResourcesLead,
        CounselingFormat = "Your counseling service: {0}",
        EmergencyFormat = "If you or someone else is in danger right now, call {0} (or your local emergency number).",
    };

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static CrisisTexts For(ReplyLanguage language) => language switch
    {
        ReplyLanguage.Spanish => Spanish,
        ReplyLanguage.Portuguese => Portuguese,
        ReplyLanguage.French => French,
        ReplyLanguage.Hindi => Hindi,
        ReplyLanguage.ChineseSimplified => ChineseSimplified,
        ReplyLanguage.ChineseTraditional => ChineseTraditional,
        ReplyLanguage.Japanese => Japanese,
        ReplyLanguage.Korean => Korean,
        ReplyLanguage.Vietnamese => Vietnamese,
        ReplyLanguage.Arabic => Arabic,
        _ => English,
    };

    /// <summary>The whole hand-off: the only thing said in reply to a message that shows signs of crisis.</summary>
    public static string HandOff(ConcernKind kind, OrganizationProfile organization, ReplyLanguage language = ReplyLanguage.English)
    {
        var texts = For(language);
        return kind switch
        {
            ConcernKind.Abuse => Compose(texts, texts.AbuseLead, kind, organization, texts.AbuseClose),
            ConcernKind.HarmToOthers => Compose(texts, texts.HarmToOthersLead, kind, organization, texts.HarmToOthersClose),
            _ => Compose(texts, texts.SelfHarmLead, kind, organization, texts.SelfHarmClose),
        };
    }

    /// <summary>The lines alone, for "help now" at any point.</summary>
    public static string Resources(ConcernKind kind, OrganizationProfile organization, ReplyLanguage language = ReplyLanguage.English)
    {
        var texts = For(language);
        return Compose(texts, texts.ResourcesLead, kind, organization, close: null);
    }

    private static string Compose(CrisisTexts texts, string lead, ConcernKind kind, OrganizationProfile organization, string? close)
    {
        var text = new StringBuilder(lead);
        var configured = organization.CrisisResourcesOrDefault;
        // The organisation's own lines as configured; the US defaults as they serve this language, if they do.
        var usDefaults = ReferenceEquals(configured, CrisisResource.UsDefaults);
        var lines = usDefaults ? texts.UsLines ?? configured : configured;
        // The line for this very concern first (a domestic violence hotline for abuse), then the general ones.
        foreach (var line in lines.Where(line => line.Serves(kind)).OrderBy(line => line.For.Count == 0))
        {
            text.Append("\n• ").Append(line);
        }

        if (usDefaults && texts.InterpreterNote is { } interpreter)
        {
            text.Append("\n• ").Append(interpreter);
        }

        if (organization.CounselingContact is { } counseling)
        {
            text.Append("\n• ").Append(string.Format(CultureInfo.InvariantCulture, texts.CounselingFormat, counseling));
        }

        text.Append("\n• ").Append(string.Format(CultureInfo.InvariantCulture, texts.EmergencyFormat, organization.EmergencyNumber));
        if (close is not null)
        {
            text.Append('\n').Append(close);
        }

        return text.ToString();
    }
}
