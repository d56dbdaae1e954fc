using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Safety.Concepts;

/// <summary>
/// The concept dictionaries, one table per language (the partial files <c>ConceptLexicon.*.cs</c>), each line
/// <c>concept: pattern, pattern, ...</c>. A pattern is folded as messages are (<see cref="ScriptFolding"/>:
/// lower case, no Latin accents, Arabic letter variants as one), so it is written once, with or without
/// diacritics. In scripts with spaces between words a pattern starts at a word and is the whole word, unless it
/// ends in <c>*</c> (a stem: "suicid*" is suicide, suicidal, suicidio, suicidarme). Chinese, Japanese, Korean
/// and Arabic patterns match anywhere (no spaces, or particles and clitics glued on), unless they start with
/// <c>^</c> (then at a word's start: short Arabic words), and end at the word's end if they end in <c>$</c>
/// (Korean "^안$", "not", is not the start of "안녕"). Runs of three or more of one Latin letter read as one
/// ("kkkk" is "k"), in patterns as in messages. A pattern may hold spaces ("better off without").
/// A word may be written under several concepts ("kms" is self, kill and suicide).
/// </summary>
internal static partial class ConceptLexicon
{
    /// <summary>Every table, by language code; English first.</summary>
    public static IReadOnlyList<(string Language, string Table)> Tables { get; } =
    [
        ("en", English),
        ("es", Spanish),
        ("pt", Portuguese),
        ("fr", French),
        ("hi", Hindi),
        ("zh", Chinese),
        ("ja", Japanese),
        ("ko", Korean),
        ("vi", Vietnamese),
        ("ar", Arabic),
    ];

    /// <summary>
    /// A hash of every table and of the concept list: the shipped weights name the dictionary they were trained
    /// on, so a dictionary changed without retraining stops start-up instead of reading with stale weights.
    /// </summary>
    public static string Hash { get; } = ComputeHash();

    /// <summary>The index of English in <see cref="Tables"/>: its words are read in every message (students mix it in).</summary>
    public const int EnglishIndex = 0;

    /// <summary>The index of Vietnamese in <see cref="Tables"/>, told apart by its letters even before its words.</summary>
    public const int VietnameseIndex = 8;

    /// <summary>Every pattern with its concepts; throws on an unknown concept name (a typo is a missed word).</summary>
    public static IEnumerable<ConceptPattern> Patterns()
    {
        for (var index = 0; index < Tables.Count; index++)
        {
            var (language, table) = Tables[index];
            foreach (var rawLine in table.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || !Enum.TryParse<Concept>(line[..colon].Trim(), ignoreCase: true, out var concept))
                {
                    throw new InvalidOperationException($"Concept dictionary '{language}': a line without a known concept: '{line}'.");
                }

                foreach (var pattern in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return ConceptPattern.Parse(pattern, concept, index);
                }
            }
        }
    }

    private static string ComputeHash()
    {
        var all = new StringBuilder();
        all.AppendJoin(',', Enum.GetNames<Concept>()).Append('\n');
        foreach (var (language, table) in Tables)
        {
            all.Append(language).Append('\n').Append(table).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}

/// <summary>One dictionary pattern, folded: what it matches and where it may match.</summary>
/// <remarks>
/// <c>Latin</c> patterns (Hinglish and Arabizi too) count only where their language is the message's: short
/// words collide across languages (Vietnamese "me" is a mother, English "me" is the person).
/// </remarks>
internal sealed record ConceptPattern(string Folded, Concept Concept, bool Stem, bool Anywhere, int Language, bool Latin)
{
    public static ConceptPattern Parse(string pattern, Concept concept, int language)
    {
        var atWordStart = pattern.StartsWith('^');
        var stem = pattern.EndsWith('*');
        var wholeWord = pattern.EndsWith('$');
        var bare = pattern[(atWordStart ? 1 : 0)..(stem || wholeWord ? ^1 : ^0)];
        var folded = ConceptReader.Fold(bare);
        if (folded.Length == 0)
        {
            throw new InvalidOperationException($"Concept dictionary: an empty pattern for {concept}.");
        }

        // Scripts written without spaces, or with particles and clitics glued to the word, match inside words.
        var unspaced = ConceptReader.IsUnspacedScript(folded[0]);
        return new ConceptPattern(folded, concept, Stem: stem || (unspaced && !wholeWord), Anywhere: unspaced && !atWordStart,
            language, Latin: folded[0] < '\u0250');
    }
}
