using System.Collections.Frozen;
using System.Globalization;

namespace CoachBot.Safety;

/// <summary>What one input character becomes once folded.</summary>
internal enum FoldedChar
{
    /// <summary>Part of a word (letter, digit, or a mark that belongs to its letter, e.g. a Devanagari vowel sign).</summary>
    Letter,
    /// <summary>Vanishes without splitting the word: apostrophes ("don't" = "dont"), accents, Arabic tashkeel.</summary>
    Drop,
    /// <summary>Ends the word: spaces, symbols, emoji.</summary>
    Separator,
    /// <summary>Ends the clause: a phrase or a negation never reaches across it.</summary>
    Boundary,
}

/// <summary>
/// Folds single characters so that spelling variants of a letter compare equal. Explicit tables, because
/// with InvariantGlobalization (which the app sets) <c>string.Normalize(FormD)</c> returns the text unchanged,
/// so it cannot be used to strip accents. Only Latin letters lose their marks: Devanagari vowel signs and
/// virama are combining marks too, and they carry meaning.
/// </summary>
internal static class ScriptFolding
{
    private const char FirstLatinAccented = '\u00C0';
    private const char LastLatinAccented = '\u024F';
    private const char FirstVietnamese = '\u1E00';
    private const char LastVietnamese = '\u1EFF';
    private const char FirstCombiningDiacritic = '\u0300';
    private const char LastCombiningDiacritic = '\u036F';
    private const char FirstFullWidthAscii = '\uFF01';
    private const char LastFullWidthAscii = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char DevanagariNukta = '\u093C';
    private const char DevanagariChandrabindu = '\u0901';
    private const char DevanagariAnusvara = '\u0902';
    private const char FirstDevanagariNuktaLetter = '\u0958';

    /// <summary>Lower-case accented Latin letters (Spanish, Portuguese, French, Vietnamese, ...) and their plain letter.</summary>
    private static readonly FrozenDictionary<char, char> LatinAccents = BuildLatinAccents(
    [
        ("àáâãäåāăąǎạảấầẩẫậắằẳẵặæ", 'a'),
        ("çćĉċč", 'c'),
        ("ďđð", 'd'),
        ("èéêëēĕėęěẹẻẽếềểễệ", 'e'),
        ("ĝğġģ", 'g'),
        ("ĥħ", 'h'),
        ("ìíîïĩīĭįıǐỉị", 'i'),
        ("ĵ", 'j'),
        ("ķ", 'k'),
        ("ĺļľŀł", 'l'),
        ("ñńņňŉ", 'n'),
        ("òóôõöøōŏőœǒọỏốồổỗộơớờởỡợ", 'o'),
        ("ŕŗř", 'r'),
        ("śŝşšß", 's'),
        ("ţťŧ", 't'),
        ("ùúûüũūŭůűųǔưụủứừửữự", 'u'),
        ("ŵ", 'w'),
        ("ýÿŷỳỵỷỹ", 'y'),
        ("źżž", 'z'),
    ]);

    /// <summary>Devanagari letters with a built-in nukta (U+0958..U+095F), as their plain letter: ख़ = ख.</summary>
    private const string DevanagariWithoutNukta = "कखगजडढफय";

    /// <summary>Folds <paramref name="c"/>; <paramref name="folded"/> is meaningful only for <see cref="FoldedChar.Letter"/>.</summary>
    internal static FoldedChar Fold(char c, out char folded)
    {
        folded = c;
        if (c < 0x80)
        {
            return FoldAscii(c, out folded);
        }

        if (c is >= FirstFullWidthAscii and <= LastFullWidthAscii)
        {
            return FoldAscii((char)(c - FullWidthOffset), out folded);
        }

        switch (c)
        {
            // Curly and modifier apostrophes, as "don’t" = "dont".
            case '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '\u2032':
            // Zero-width characters and emoji variation selectors carry no letters.
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
            case >= '\uFE00' and <= '\uFE0F':
            case >= FirstCombiningDiacritic and <= LastCombiningDiacritic:
                return FoldedChar.Drop;

            // Sentence punctuation in CJK, Arabic and Devanagari, and the ellipsis.
            case '\u2026' or '\u3002' or '\uFF0C' or '\u3001' or '\u060C' or '\u061B' or '\u061F' or '\u0964' or '\u0965':
                return FoldedChar.Boundary;
        }

        if (TryFoldArabic(c, out folded, out var arabic))
        {
            return arabic;
        }

        if (c == DevanagariNukta)
        {
            return FoldedChar.Drop;
        }

        // Both nasalise the vowel and people type either: जाऊँ = जाऊं, हूँ = हूं.
        if (c == DevanagariChandrabindu)
        {
            folded = DevanagariAnusvara;
            return FoldedChar.Letter;
        }

        if (c >= FirstDevanagariNuktaLetter && c < FirstDevanagariNuktaLetter + DevanagariWithoutNukta.Length)
        {
            folded = DevanagariWithoutNukta[c - FirstDevanagariNuktaLetter];
            return FoldedChar.Letter;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower is >= FirstLatinAccented and <= LastLatinAccented or >= FirstVietnamese and <= LastVietnamese
            && LatinAccents.TryGetValue(lower, out var plain))
        {
            folded = plain;
            return FoldedChar.Letter;
        }

        folded = lower;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => FoldedChar.Letter,
            _ when char.IsLetterOrDigit(c) => FoldedChar.Letter,
            _ => FoldedChar.Separator, // symbols, emoji (surrogate halves), other punctuation
        };
    }

    private static FoldedChar FoldAscii(char c, out char folded)
    {
        folded = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        return c switch
        {
            >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => FoldedChar.Letter,
            '\'' or '`' => FoldedChar.Drop,
            '.' or ',' or '!' or '?' or ';' or ':' or '\n' or '\r' => FoldedChar.Boundary,
            _ => FoldedChar.Separator,
        };
    }

    /// <summary>
    /// Arabic: tashkeel and tatweel vanish; alef forms (أ إ آ ٱ) become ا, ى becomes ي and ة becomes ه, which
    /// is how people type the same word with and without care.
    /// </summary>
    private static bool TryFoldArabic(char c, out char folded, out FoldedChar kind)
    {
        kind = FoldedChar.Letter;
        folded = c switch
        {
            '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
            '\u0649' or '\u06CC' => '\u064A',
            '\u0629' => '\u0647',
            _ => c,
        };
        if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
        {
            kind = FoldedChar.Drop;
            return true;
        }

        return folded != c;
    }

    /// <summary>True for letters whose runs are collapsed ("diiiie" = "die"): Latin, and Arabic, where elongation by repetition is common.</summary>
    internal static bool CollapsesRepeats(char folded) => folded is >= 'a' and <= 'z' or >= '\u0621' and <= '\u064A';

    private static FrozenDictionary<char, char> BuildLatinAccents((string Accented, char Plain)[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var (accented, plain) in groups)
        {
            foreach (var letter in accented)
            {
                map.Add(letter, plain);
            }
        }

        return map.ToFrozenDictionary();
    }
}
