using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching;

/// <summary>A button label for an enum value, with the other words a person might type for it.</summary>
public sealed record Option<T>(T Value, string Label, params string[] Synonyms) where T : struct, Enum;

/// <summary>The answers CoachBot offers as buttons, in the order shown, and how to read them back.</summary>
public static class Choices
{
    public static readonly Option<RejectionStage>[] Stages =
    [
        new(RejectionStage.Application, "Application", "applied", "application", "resume", "cv", "screen out", "screened out", "automated", "just applied", "after applying", "never got an interview", "didnt get an interview", "application stage", "online application"),
        new(RejectionStage.ScreeningCall, "Screening call", "phone screen", "recruiter call", "screening", "phone interview", "first call", "intro call", "hr call", "recruiter screen"),
        new(RejectionStage.Interview, "Interview", "interviews", "interviewed", "first round", "second round", "technical interview", "panel interview", "video interview", "case interview"),
        // An assessment centre is a graduate scheme's last step before an offer, and there is no button of its own for it.
        new(RejectionStage.FinalRound, "Final round", "final", "onsite", "on site", "final interview", "last round", "final round interview", "final stage", "last interview", "superday", "final interviews", "last stage", "assessment centre", "assessment center", "assessment day"),
        new(RejectionStage.OfferRescinded, "Offer rescinded", "rescinded", "offer withdrawn", "withdrawn", "pulled the offer", "offer was pulled", "took back the offer", "revoked", "offer revoked", "rescinded offer"),
        new(RejectionStage.NegotiationBrokeDown, "Negotiation broke down", "negotiation", "negotiating", "negotiations", "salary negotiation"),
    ];

    public static readonly Option<HeardVia>[] HeardVia =
    [
        new(Coaching.HeardVia.Email, "By e-mail", "email", "e-mail", "mail", "an email", "emailed", "they emailed me", "by mail", "inbox", "via email", "mailed"),
        new(Coaching.HeardVia.Call, "By phone", "call", "phone", "a call", "they called", "called me", "phone call", "on the phone", "voicemail", "rang me", "by phone", "called", "phoned"),
        new(Coaching.HeardVia.NoWord, "No word at all", "nothing", "ghosted", "no word", "silence", "never heard", "never heard back", "no reply", "no response", "havent heard", "heard nothing", "no answer"),
    ];

    public static readonly Option<HeardWhen>[] HeardWhen =
    [
        new(Coaching.HeardWhen.Today, "Today", "just now", "this morning", "an hour ago", "this afternoon", "tonight", "this evening", "hours ago", "earlier today", "minutes ago"),
        new(Coaching.HeardWhen.Yesterday, "Yesterday", "last night", "yesterday evening"),
        new(Coaching.HeardWhen.ThisWeek, "Earlier this week", "this week", "a few days ago", "couple of days ago", "couple days ago", "two days ago", "three days ago", "days ago", "the other day"),
        new(Coaching.HeardWhen.EarlierThanThat, "Before that", "last week", "weeks ago", "a while ago", "last month", "a few weeks ago", "a month ago", "months ago", "two weeks ago", "ages ago", "long time ago"),
    ];

    public static readonly Option<Feeling>[] Feelings =
    [
        // "down" only as a feeling ("feeling down"): "I turned down another offer" says none.
        new(Feeling.Disappointed, "Disappointed", "sad", "feeling down", "feel down", "felt down", "a bit down", "pretty down", "really down", "so down", "quite down", "bummed", "gutted"),
        new(Feeling.Frustrated, "Frustrated", "annoyed", "fed up"),
        new(Feeling.DoubtingMyself, "Doubting myself", "doubt", "not good enough", "insecure", "like a failure"),
        new(Feeling.Angry, "Angry", "mad", "furious", "pissed"),
        new(Feeling.Relieved, "Relieved", "relief", "fine", "ok", "okay"),
        // A feeling that fits no button ("anxious", "numb") is read by FeelingPrompt from FeelingInOwnWords' lists, not repeated here.
        new(Feeling.SomethingElse, "Something else", "other", "not sure"),
    ];

    public static readonly Option<ReplyGoal>[] Goals =
    [
        new(ReplyGoal.AskForFeedback, "Ask for feedback", "feedback"),
        new(ReplyGoal.ThankAndStayConnected, "Thank them & stay connected", "thank you", "thanks", "stay connected", "thank them"),
        new(ReplyGoal.OneLastPitch, "One last pitch", "pitch", "last pitch", "change their mind"),
        new(ReplyGoal.AskAboutRescindedOffer, "Ask about the offer", "clarification", "ask why", "ask about the rescinded offer"),
        new(ReplyGoal.CheckOnStatus, "Check where things stand", "status", "status check", "check in", "follow up", "check on it"),
        new(ReplyGoal.DeclineOffer, "Decline graciously", "decline", "turn it down", "say no"),
        new(ReplyGoal.TakeOriginalOffer, "Take the original offer", "original offer", "accept the original offer", "first offer", "original terms", "take it"),
    ];

    public static readonly Option<NudgeKind>[] Nudges =
    [
        new(NudgeKind.ReviewAndSend, "Remind me to send it", "review and send", "send reminder", "remind me", "reminder to send"),
        new(NudgeKind.DidTheyAnswer, "Ask if they answered", "did they answer", "did they reply", "answer", "answered", "replied", "heard back", "got back to me"),
        new(NudgeKind.ReconnectWithNetwork, "Reconnect with my network", "network", "networking", "reconnect"),
        new(NudgeKind.ReapplyWhenOpeningsCome, "Time to reapply", "reapply", "openings", "apply again"),
        new(NudgeKind.SeeCareerCounselor, "See a career counselor", "counselor", "counsellor", "appointment", "career counselor"),
    ];

    public static List<Choice> ToChoices<T>(IEnumerable<Option<T>> options) where T : struct, Enum =>
        options.Select(option => new Choice { Value = option.Label, Synonyms = [.. option.Synonyms] }).ToList();

    /// <summary>The value whose label was picked; null when the prompt gave up.</summary>
    public static T? Picked<T>(IEnumerable<Option<T>> options, object? promptResult) where T : struct, Enum =>
        promptResult is FoundChoice found ? options.FirstOrDefault(option => option.Label == found.Value)?.Value : null;

    public static string LabelOf<T>(IEnumerable<Option<T>> options, T value) where T : struct, Enum =>
        options.First(option => EqualityComparer<T>.Default.Equals(option.Value, value)).Label;
}
