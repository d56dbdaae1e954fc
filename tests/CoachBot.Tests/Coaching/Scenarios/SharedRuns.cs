using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching.Scenarios;

/// <summary>One story's draft and the facts that are its own (company, role, names), for <see cref="SharedRuns"/>.</summary>
public sealed record StoryDraft(string Story, string Draft, IReadOnlyList<string> Facts)
{
    public static StoryDraft Of(string story, string draft, RejectionCase @case, string? sender = null)
    {
        var facts = new List<string>();
        foreach (var text in new[] { @case.Company, @case.Role, CaseText.CleanRole(@case.Role), @case.ContactName, sender })
        {
            if (CaseText.Clean(text) is { } clean)
            {
                facts.Add(clean);
            }
        }

        if (ContactNameParts.Parse(@case.ContactName) is { } contact)
        {
            facts.AddRange(new[] { contact.Formal, contact.FirstName, contact.Surname }.OfType<string>());
        }

        return new StoryDraft(story, draft, facts);
    }
}

/// <summary>
/// What a recruiter who reads two of CoachBot's letters would notice: the same run of more than ten words,
/// even when one names another company, role, person, date or stage. Each body sentence (greeting and
/// sign-off aside) is compared with its story's own facts replaced by placeholders.
/// </summary>
public static partial class SharedRuns
{
    public const int MaxSharedWords = 10;

    /// <summary>Every run of more than <see cref="MaxSharedWords"/> words that drafts of two different stories share, with where.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<StoryDraft> drafts)
    {
        var seen = new Dictionary<string, (string Story, string Sentence)>(StringComparer.Ordinal);
        var shared = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var sentence in ScenarioWalk.BodySentences(draft.Draft))
            {
                var normalized = Normalize(sentence, draft.Facts);
                var words = Words(normalized);
                for (var start = 0; start + MaxSharedWords < words.Length; start++)
                {
                    var run = string.Join(' ', words, start, MaxSharedWords + 1);
                    if (!seen.TryGetValue(run, out var first))
                    {
                        seen[run] = (draft.Story, sentence);
                    }
                    else if (first.Story != draft.Story)
                    {
                        shared.TryAdd(run, $"\"{run}\": \"{first.Sentence}\" ({first.Story}) and \"{sentence}\" ({draft.Story})");
                    }
                }
            }
        }

        return [.. shared.Values];
    }

    /// <summary>The sentence with the story's facts, dates and stage words as placeholders, so only the wording is compared.</summary>
    public static string Normalize(string sentence, IEnumerable<string> facts)
    {
        var text = sentence;
        foreach (var fact in facts.Where(fact => fact.Length > 1).OrderByDescending(fact => fact.Length))
        {
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(fact)}(?![\p{{L}}\p{{N}}])", " {fact} ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        text = DateWords().Replace(text, " {date} ");
        text = StageWords().Replace(text, " {stage} ");
        return Repeated().Replace(text, "$1");
    }

    public static string[] Words(string normalized) =>
        [.. WordPattern().Matches(normalized.ToLowerInvariant()).Select(match => match.Value)];

    [GeneratedRegex(@"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:week|night|month)|earlier (?:this|last) week|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2})?|\d+ (?:days?|weeks?|months?) ago)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateWords();

    [GeneratedRegex(@"\b(?:(?:final[- ]round|final|second|third|panel|technical|onsite|on-site|first)\s+)?(?:interviews?|rounds?|phone screens?|screening calls?|screen|recruiter calls?|applications?|application process|offers?|negotiations?|offer conversations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageWords();

    /// <summary>"{stage} {stage}" is one stage phrase.</summary>
    [GeneratedRegex(@"(\{\w+\})(?:\s+\1)+", RegexOptions.CultureInvariant)]
    private static partial Regex Repeated();

    [GeneratedRegex(@"\{\w+\}|[\p{L}\p{N}'\u2019-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
