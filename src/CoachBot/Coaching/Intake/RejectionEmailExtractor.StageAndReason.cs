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
            if (!IsMatch(ReasonWording(), sentence))
            {
                // "Following a review of our intake, we are unable to honour the offer": a withdrawal says its
                // cause after a connector, whatever words the cause is in.
                if (IsMatch(OfferWithdrawn(), sentence) && ReasonIn(sentence) is { } cause)
                {
                    return Clip(cause, MaxReasonChars);
                }

                continue;
            }

            // A sentence that both withdraws the offer and says why keeps only the why; one that only
            // withdraws it gives no reason, and a later sentence may.
            if (!IsMatch(OfferWithdrawn(), sentence))
            {
                return Clip(sentence, MaxReasonChars);
            }

            if (ReasonIn(sentence) is { } reason)
            {
                return Clip(reason, MaxReasonChars);
            }
        }

        return null;
    }

    /// <summary>
    /// The reason itself, in the employer's words, not the sentence that withdraws the offer: "due to a hiring freeze, we
    /// must withdraw our offer" gives "a hiring freeze"; "We regret to inform you that the role has been
    /// eliminated, and we must rescind the offer" gives "the role has been eliminated". A clause that only
    /// says the offer is withdrawn is no reason, so none is kept and the person is asked.
    /// </summary>
    private static string? ReasonIn(string sentence)
    {
        if (FirstMatch(ReasonAfterConnector(), sentence) is { Success: true } connected)
        {
            return Tidy(connected.Groups["reason"].Value);
        }

        foreach (var clause in SplitClauses(sentence))
        {
            if (IsMatch(ReasonWording(), clause) && !IsMatch(OfferWithdrawn(), clause))
            {
                return Tidy(ReasonLeadIn().Replace(clause, string.Empty, 1));
            }
        }

        return null;

        static string? Tidy(string reason)
        {
            var tidy = reason.Trim().TrimEnd('.', '!', ',', ';', ':').Trim();
            return tidy.Length == 0 ? null : tidy;
        }
    }

    private static string[] SplitClauses(string sentence)
    {
        try
        {
            return ClauseBreak().Split(sentence);
        }
        catch (RegexMatchTimeoutException)
        {
            return [sentence];
        }
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
