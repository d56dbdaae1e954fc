using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>How far the person got, and the reason the e-mail gives.</summary>
public static partial class RejectionEmailExtractor
{
    // ----- Stage -----

    internal static RejectionStage? FindStage(string email)
    {
        if (IsMatch(OfferWithdrawn(), email))
        {
            return RejectionStage.OfferRescinded;
        }

        // "not selected for interview" names the interview it never came to.
        if (IsMatch(NotInvitedToInterview(), email))
        {
            return RejectionStage.Application;
        }

        if (IsMatch(NegotiationWording(), email))
        {
            return RejectionStage.NegotiationBrokeDown;
        }

        if (IsMatch(FinalRoundWording(), email))
        {
            return RejectionStage.FinalRound;
        }

        if (IsMatch(ScreeningWording(), email) && !IsMatch(StrongInterviewWording(), email))
        {
            return RejectionStage.ScreeningCall;
        }

        if (IsMatch(StrongInterviewWording(), email) || IsMatch(InterviewWording(), email))
        {
            return RejectionStage.Interview;
        }

        return IsMatch(ApplicationWording(), email) ? RejectionStage.Application : null;
    }

    // ----- Reason -----

    internal static string? FindReason(string email)
    {
        foreach (var sentence in Sentences(email))
        {
            if (IsMatch(ReasonWording(), sentence))
            {
                return Clip(sentence, MaxReasonChars);
            }
        }

        return null;
    }

    /// <summary>Paragraphs are split on blank lines, their lines joined, then split after . ! or ?.</summary>
    private static IEnumerable<string> Sentences(string email)
    {
        foreach (var paragraph in email.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var flat = string.Join(' ', paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var start = 0;
            for (var i = 0; i < flat.Length; i++)
            {
                var endsSentence = flat[i] is '.' or '!' or '?' && (i + 1 == flat.Length || char.IsWhiteSpace(flat[i + 1]));
                if (endsSentence)
                {
                    yield return flat[start..(i + 1)].Trim();
                    start = i + 1;
                }
            }

            if (start < flat.Length && flat[start..].Trim() is { Length: > 0 } rest)
            {
                yield return rest;
            }
        }
    }

    private static string Clip(string sentence, int maxChars)
    {
        var text = string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxChars - 1);
        return text[..(cut > 0 ? cut : maxChars - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
