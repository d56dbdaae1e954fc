using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// A follow-up the person says they already sent ("i emailed the recruiter last week, nothing", "chased them twice on
/// linkedin", "called HR on friday, no callback"): how, how often and when. Only the person's own doing counts ("I
/// emailed", or a clause that opens with the verb), never the employer's ("they emailed me"), never one not sent
/// ("should i follow up?", "I haven't chased"). Writing to the employer is a follow-up when the words say so
/// (followed up, chased, nudged, checked in), when no answer came ("nothing", "no reply"), or when the case is one of
/// silence; otherwise "I emailed Dr Okafor about a place" is how the story began.
/// </summary>
public static partial class FollowUpReading
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int MatchTimeoutMs = 1_000;

    /// <param name="story">What the person wrote.</param>
    /// <param name="ghosted">The story is one of silence: writing to them at all was a follow-up.</param>
    /// <param name="today">The day it is by the bot's clock, for "on friday".</param>
    public static EarlierFollowUp? Read(string story, bool ghosted, DayOfWeek? today)
    {
        try
        {
            foreach (Match sent in Sent().Matches(story))
            {
                var verb = sent.Groups["verb"].Value;
                var clause = ClauseAfter(story, sent.Groups["verb"].Index);
                var sentence = SentenceAround(story, sent.Groups["verb"].Index);
                if (!ghosted && !FollowUpVerb().IsMatch(verb) && !NoAnswer().IsMatch(sentence))
                {
                    continue;
                }

                return new EarlierFollowUp
                {
                    Channel = ChannelOf(verb, clause),
                    Times = TimesIn(clause),
                    When = WhenIn(clause, today),
                };
            }

            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>How it is said back: "you followed up by e-mail last week", "you followed up twice on LinkedIn".</summary>
    public static string Say(EarlierFollowUp followUp)
    {
        var parts = new List<string> { "you followed up" };
        if (followUp.Times is { } times && times >= 2)
        {
            parts.Add(times switch { 2 => "twice", 3 => "three times", _ => $"{times} times" });
        }

        if (followUp.Channel is { } channel)
        {
            parts.Add(channel switch
            {
                FollowUpChannel.Email => "by e-mail",
                FollowUpChannel.Call => "by phone",
                FollowUpChannel.LinkedIn => "on LinkedIn",
                _ => "by message",
            });
        }

        if (followUp.When is { } when)
        {
            parts.Add(ElapsedTime.SayAgo(when));
        }

        return string.Join(' ', parts);
    }

    private static FollowUpChannel? ChannelOf(string verb, string clause)
    {
        if (LinkedIn().IsMatch(verb) || LinkedIn().IsMatch(clause)) return FollowUpChannel.LinkedIn;
        if (EmailWords().IsMatch(verb)) return FollowUpChannel.Email;
        if (CallWords().IsMatch(verb)) return FollowUpChannel.Call;
        if (MessageWords().IsMatch(verb)) return FollowUpChannel.Message;
        // "followed up by email", "chased them with a call": the channel said after a verb that names none.
        return EmailWords().IsMatch(clause) ? FollowUpChannel.Email
            : CallWords().IsMatch(clause) ? FollowUpChannel.Call
            : MessageWords().IsMatch(clause) ? FollowUpChannel.Message
            : null;
    }

    private static int? TimesIn(string clause)
    {
        var match = Times().Match(clause);
        if (!match.Success)
        {
            return null;
        }

        var said = match.Groups["n"].Value.ToLowerInvariant();
        return said switch
        {
            "twice" or "two" or "2" or "a couple of" or "a couple" or "couple of" => 2,
            "three" or "3" => 3,
            "four" or "4" => 4,
            "five" or "5" => 5,
            _ => null,
        };
    }

    private static TimeAgo? WhenIn(string clause, DayOfWeek? today) =>
        ElapsedTime.SaidOutright(clause) switch
        {
            HeardWhen.Today => new TimeAgo { Days = 0, Unit = TimeAgoUnit.Days, Count = 0 },
            HeardWhen.Yesterday => new TimeAgo { Days = 1, Unit = TimeAgoUnit.Days, Count = 1 },
            _ => ElapsedTime.ReadAgo(clause, today),
        };

    /// <summary>From the verb to the end of its sentence, or to a "but" that turns to something else.</summary>
    private static string ClauseAfter(string story, int index)
    {
        var end = ClauseEnd().Match(story, index);
        return story[index..(end.Success ? end.Index : story.Length)];
    }

    private static string SentenceAround(string story, int index)
    {
        var start = story.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, index - 1)) + 1;
        var end = SentenceEnd().Match(story, index);
        var sentence = story[start..(end.Success ? end.Index : story.Length)];
        // "i sent a follow up. nothing back": the answer that never came is often its own short sentence.
        var next = end.Success ? story[end.Index..Math.Min(story.Length, end.Index + NextSentenceChars)] : string.Empty;
        return sentence + " " + next;
    }

    private const int NextSentenceChars = 40;

    private const string Verb =
        @"(?<verb>e-?mailed|emailed|mailed|messaged|texted|whats\s?app?ed|dm'?e?d|inmailed|pinged|called|rang|phoned|chased|followed[- ]?up|reached\s+out|nudged|checked\s+in|wrote\s+(?:to|back)|sent\s+(?:them\s+|her\s+|him\s+)?(?:an?\s+|another\s+|two\s+|2\s+|three\s+|3\s+|a\s+couple\s+(?:of\s+)?|several\s+|one\s+more\s+)?(?:polite\s+|short\s+|quick\s+)?(?:follow[- ]?ups?|e-?mails?|messages?|notes?|inmails?|dms?|texts?|reminders?)|left\s+(?:an?\s+)?(?:voicemail|voice\s+message|message))";

    /// <summary>
    /// The person's own doing: "I emailed", "I've chased", "ive followed up", or a clause opening with the verb ("chased
    /// them twice"). Not "emailed me" (their doing), nor a question or a plan ("should i follow up", "i will call").
    /// </summary>
    [GeneratedRegex(@"(?:\bi(?:\s*(?:'|’)?\s*ve|\s+have|\s+had|\s*(?:'|’)d)?|\bive|(?:^|[.!?;,\n]|\band\b|\bso\b|\bthen\b|\balso\b))\s*(?:(?:already|also|even|then|just|since|actually|politely|did|tried\s+and|have|had)\s+)*" + Verb + @"\b(?!\s+(?:me|us)\b)(?!\s+(?:to\s+say|saying)\b)", Options, MatchTimeoutMs)]
    private static partial Regex Sent();

    [GeneratedRegex(@"followed|chased|nudged|checked|follow|reminder|one\s+more|another", Options, MatchTimeoutMs)]
    private static partial Regex FollowUpVerb();

    /// <summary>No answer to it came: "nothing", "no reply", "no callback", "heard nothing", "crickets", "ignored".</summary>
    [GeneratedRegex(@"\b(?:nothing|nada|no\s+(?:reply|replies|response|responses|answer|callback|call\s+back|word|news|update)|not\s+(?:a\s+)?(?:reply|word|peep)|(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?:hear|get|got|receive|reply|respond|answer)|crickets|silence|ignored|left\s+on\s+read|no\s+luck|not\s+going\s+through|still\s+waiting|radio\s+silence|unanswered|zero\s+response)\b", Options, MatchTimeoutMs)]
    private static partial Regex NoAnswer();

    [GeneratedRegex(@"linked\s?in|inmail", Options, MatchTimeoutMs)]
    private static partial Regex LinkedIn();

    [GeneratedRegex(@"\be-?mail|\bmailed\b", Options, MatchTimeoutMs)]
    private static partial Regex EmailWords();

    [GeneratedRegex(@"\b(?:called|rang|phoned|phone|call|voicemail|voice\s+message)\b", Options, MatchTimeoutMs)]
    private static partial Regex CallWords();

    [GeneratedRegex(@"\b(?:messaged|texted|whats\s?app?ed|whatsapp|dm'?e?d|dms?|pinged|texts?|messages?)\b", Options, MatchTimeoutMs)]
    private static partial Regex MessageWords();

    [GeneratedRegex(@"\b(?<n>twice)\b|\b(?<n>two|three|four|five|[2-5]|a\s+couple(?:\s+of)?|couple\s+of)\s*(?:times|x)\b|\b(?:sent|left)\s+(?:them\s+|her\s+|him\s+)?(?<n>two|three|four|five|[2-5]|a\s+couple\s+of)\s+(?:follow|e-?mails?|messages?|notes?|voicemails?|reminders?|texts?|dms?)", Options, MatchTimeoutMs)]
    private static partial Regex Times();

    [GeneratedRegex(@"[.!?;\n]|,\s*but\b|\bbut\b", Options, MatchTimeoutMs)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"[.!?\n]", Options, MatchTimeoutMs)]
    private static partial Regex SentenceEnd();
}
