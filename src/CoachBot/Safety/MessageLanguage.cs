using System.Collections.Frozen;

namespace CoachBot.Safety;

/// <summary>The languages CoachBot's crisis texts are written in.</summary>
public enum ReplyLanguage
{
    English,
    Spanish,
    Portuguese,
    French,
    /// <summary>Hindi in Devanagari. Hinglish (Hindi in Latin letters) is answered in English: see <see cref="MessageLanguage"/>.</summary>
    Hindi,
    ChineseSimplified,
    ChineseTraditional,
    Japanese,
    Korean,
    Vietnamese,
    Arabic,
}

/// <summary>
/// Which language to answer a message in: the message's own script or words first, then the language this
/// person last wrote in, then the activity's locale, then English. It runs on every message, so it reads
/// the text once, character by character, and allocates nothing.
/// <para>
/// Hinglish (Hindi in Latin letters) gets English: people who type Hindi in Latin letters nearly always
/// read English easily, Romanized Hindi has no settled spelling to write a careful text in, and the lines
/// and numbers must be read without a doubt. It is still recognised, so that it is not taken for Spanish or
/// left to a Hindi locale.
/// </para>
/// </summary>
public static class MessageLanguage
{
    /// <summary>Longer words are no function words; they are skipped.</summary>
    private const int MaxWordChars = 16;

    /// <summary>How often a character of these scripts counts against one Latin letter: one such character is roughly a word.</summary>
    private const int IdeographWeight = 3;

    /// <summary>The code kept in conversation state, e.g. "es" or "zh-Hant".</summary>
    public static string Code(this ReplyLanguage language) => language switch
    {
        ReplyLanguage.Spanish => "es",
        ReplyLanguage.Portuguese => "pt",
        ReplyLanguage.French => "fr",
        ReplyLanguage.Hindi => "hi",
        ReplyLanguage.ChineseSimplified => "zh-Hans",
        ReplyLanguage.ChineseTraditional => "zh-Hant",
        ReplyLanguage.Japanese => "ja",
        ReplyLanguage.Korean => "ko",
        ReplyLanguage.Vietnamese => "vi",
        ReplyLanguage.Arabic => "ar",
        _ => "en",
    };

    /// <summary>
    /// The language of a locale or code ("es-MX", "zh-TW", "zh-Hant", "ar"); null for a language CoachBot
    /// has no texts in.
    /// </summary>
    public static ReplyLanguage? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var span = locale.AsSpan().Trim();
        var dash = span.IndexOfAny('-', '_');
        var primary = dash < 0 ? span : span[..dash];
        var rest = dash < 0 ? [] : span[(dash + 1)..];
        return primary switch
        {
            _ when primary.Equals("en", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.English,
            _ when primary.Equals("es", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Spanish,
            _ when primary.Equals("pt", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Portuguese,
            _ when primary.Equals("fr", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.French,
            _ when primary.Equals("hi", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Hindi,
            _ when primary.Equals("ja", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Japanese,
            _ when primary.Equals("ko", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Korean,
            _ when primary.Equals("vi", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Vietnamese,
            _ when primary.Equals("ar", StringComparison.OrdinalIgnoreCase) => ReplyLanguage.Arabic,
            _ when primary.Equals("zh", StringComparison.OrdinalIgnoreCase) => IsTraditionalChineseRegion(rest) ? ReplyLanguage.ChineseTraditional : ReplyLanguage.ChineseSimplified,
            _ => null,
        };
    }

    /// <summary>
    /// The language to answer <paramref name="text"/> in. <paramref name="remembered"/> is the code of the
    /// language this person last wrote in (kept in <see cref="SafetyState.Language"/>), <paramref name="locale"/>
    /// the activity's. <c>FromText</c> says the text itself told the language, so it is worth remembering.
    /// </summary>
    public static (ReplyLanguage Language, bool FromText) Choose(ReadOnlySpan<char> text, string? remembered, string? locale)
    {
        var earlier = FromLocale(remembered);
        var local = FromLocale(locale);
        switch (OfText(text))
        {
            case TextLanguage.Unknown:
                return (earlier ?? local ?? ReplyLanguage.English, false);
            case TextLanguage.Chinese:
                // Characters common to both forms: the locale or what they wrote before tells which form they read.
                var traditional = local == ReplyLanguage.ChineseTraditional
                    || (local != ReplyLanguage.ChineseSimplified && earlier == ReplyLanguage.ChineseTraditional);
                return (traditional ? ReplyLanguage.ChineseTraditional : ReplyLanguage.ChineseSimplified, true);
            case var known:
                return ((ReplyLanguage)known, true);
        }
    }

    /// <summary>What the text alone says. The values up to Arabic are the <see cref="ReplyLanguage"/> of the same name.</summary>
    internal enum TextLanguage
    {
        English = ReplyLanguage.English,
        Spanish = ReplyLanguage.Spanish,
        Portuguese = ReplyLanguage.Portuguese,
        French = ReplyLanguage.French,
        Hindi = ReplyLanguage.Hindi,
        ChineseSimplified = ReplyLanguage.ChineseSimplified,
        ChineseTraditional = ReplyLanguage.ChineseTraditional,
        Japanese = ReplyLanguage.Japanese,
        Korean = ReplyLanguage.Korean,
        Vietnamese = ReplyLanguage.Vietnamese,
        Arabic = ReplyLanguage.Arabic,
        /// <summary>Chinese characters that both forms share.</summary>
        Chinese,
        /// <summary>Too short or too mixed to tell ("ok", "help now", "Contoso").</summary>
        Unknown,
    }

    internal static TextLanguage OfText(ReadOnlySpan<char> text)
    {
        var counts = default(ScriptCounts);
        var votes = default(WordVotes);
        Span<char> word = stackalloc char[MaxWordChars];
        var wordLength = 0;
        foreach (var c in text)
        {
            counts.Add(c, ref votes);
            switch (ScriptFolding.Fold(c, out var folded))
            {
                case FoldedChar.Letter when folded < 0x80:
                    if (wordLength < MaxWordChars)
                    {
                        word[wordLength] = folded;
                    }

                    wordLength++;
                    break;
                case FoldedChar.Letter:
                    // A letter of another script ends a Latin word: "interview面试".
                    votes.Add(word, wordLength);
                    wordLength = 0;
                    break;
                case FoldedChar.Separator or FoldedChar.Boundary:
                    votes.Add(word, wordLength);
                    wordLength = 0;
                    break;
            }
        }

        votes.Add(word, wordLength);
        return counts.Script() ?? votes.Winner();
    }

    private static bool IsTraditionalChineseRegion(ReadOnlySpan<char> rest) =>
        rest.StartsWith("Hant", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("TW", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("HK", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("MO", StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters by script, and the accents that only one Latin language uses.</summary>
    private struct ScriptCounts
    {
        private int latin;
        private int hangul;
        private int kana;
        private int han;
        private int simplified;
        private int traditional;
        private int arabic;
        private int persianOrUrdu;
        private int devanagari;

        public void Add(char c, ref WordVotes votes)
        {
            switch (c)
            {
                case < '\u0080':
                    latin += char.IsAsciiLetter(c) ? 1 : 0;
                    return;
                case >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F':
                    hangul++;
                    return;
                case >= '\u3040' and <= '\u30FF' or >= '\uFF66' and <= '\uFF9F':
                    kana++;
                    return;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF':
                    han++;
                    simplified += SimplifiedOnly.Contains(c) ? 1 : 0;
                    traditional += TraditionalOnly.Contains(c) ? 1 : 0;
                    return;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF':
                    arabic++;
                    persianOrUrdu += PersianOrUrduLetters.Contains(c) ? 1 : 0;
                    return;
                case >= '\u0900' and <= '\u097F':
                    devanagari++;
                    return;
                // ư, ơ, đ, ă and the letters with a dot below or a hook above.
                // Vietnamese alone uses them; a vote, not a verdict, as a Vietnamese name in an English text is not Vietnamese.
                case '\u01B0' or '\u01AF' or '\u01A1' or '\u01A0' or '\u0111' or '\u0110' or '\u0103' or '\u0102' or >= '\u1EA0' and <= '\u1EF9':
                    latin++;
                    votes.AddVietnameseLetter();
                    return;
            }

            if (char.IsLetter(c))
            {
                latin++;
            }

            votes.AddMark(char.ToLowerInvariant(c));
        }

        /// <summary>The script that outweighs the Latin letters, if one does.</summary>
        public readonly TextLanguage? Script()
        {
            var ideographs = (hangul + kana + han) * IdeographWeight;
            var best = Math.Max(ideographs, Math.Max(arabic, devanagari));
            if (best == 0 || best < latin)
            {
                return null;
            }

            if (best == ideographs)
            {
                return kana > 0 ? TextLanguage.Japanese
                    : hangul >= han ? TextLanguage.Korean
                    : traditional > simplified ? TextLanguage.ChineseTraditional
                    : simplified > traditional ? TextLanguage.ChineseSimplified
                    : TextLanguage.Chinese;
            }

            // Persian and Urdu share the Arabic script; an Arabic text would only puzzle their readers.
            return best == arabic ? (persianOrUrdu > 0 ? TextLanguage.Unknown : TextLanguage.Arabic) : TextLanguage.Hindi;
        }
    }

    /// <summary>Votes of the words and accents of a Latin-script text.</summary>
    private struct WordVotes
    {
        private int english;
        private int spanish;
        private int portuguese;
        private int french;
        private int vietnamese;
        private int hinglish;

        public void Add(ReadOnlySpan<char> buffer, int length)
        {
            if (length is 0 or > MaxWordChars || !LatinWords.TryGetValue(buffer[..length], out var languages))
            {
                return;
            }

            Vote(languages, 1);
        }

        /// <summary>Accents that belong to one or two of the languages: ñ is Spanish, ã Portuguese, è French.</summary>
        public void AddMark(char lower)
        {
            switch (lower)
            {
                case 'ñ' or '¿' or '¡':
                    Vote(Latin.Spanish, 2);
                    break;
                case 'ã' or 'õ':
                    Vote(Latin.Portuguese, 2);
                    break;
                case 'ç' or 'ê' or 'â' or 'ô' or 'à':
                    Vote(Latin.Portuguese | Latin.French, 1);
                    break;
                case 'è' or 'ù' or 'œ' or 'î' or 'û' or 'ë' or 'ï':
                    Vote(Latin.French, 2);
                    break;
            }
        }

        public void AddVietnameseLetter() => Vote(Latin.Vietnamese, 2);

        /// <summary>The language with the most votes, if it has more than any other.</summary>
        public readonly TextLanguage Winner()
        {
            // Hinglish is answered in English, and often mixes English words in: their votes add up.
            Span<(int Votes, TextLanguage Language)> all =
            [
                (english + hinglish, TextLanguage.English), (spanish, TextLanguage.Spanish), (portuguese, TextLanguage.Portuguese),
                (french, TextLanguage.French), (vietnamese, TextLanguage.Vietnamese),
            ];
            var best = (Votes: 0, Language: TextLanguage.Unknown);
            var runnerUp = 0;
            foreach (var candidate in all)
            {
                if (candidate.Votes > best.Votes)
                {
                    runnerUp = best.Votes;
                    best = candidate;
                }
                else
                {
                    runnerUp = Math.Max(runnerUp, candidate.Votes);
                }
            }

            return best.Votes > runnerUp ? best.Language : TextLanguage.Unknown;
        }

        // Bit tests rather than HasFlag, which boxes where the JIT does not optimise (Debug builds).
        private void Vote(Latin languages, int weight)
        {
            english += (languages & Latin.English) != 0 ? weight : 0;
            spanish += (languages & Latin.Spanish) != 0 ? weight : 0;
            portuguese += (languages & Latin.Portuguese) != 0 ? weight : 0;
            french += (languages & Latin.French) != 0 ? weight : 0;
            vietnamese += (languages & Latin.Vietnamese) != 0 ? weight : 0;
            hinglish += (languages & Latin.Hinglish) != 0 ? weight : 0;
        }
    }

    [Flags]
    private enum Latin
    {
        English = 1,
        Spanish = 2,
        Portuguese = 4,
        French = 8,
        Vietnamese = 16,
        Hinglish = 32,
    }

    // Common words of each language, folded (lower case, no accents, no apostrophes: "j'ai" is "jai"). Words
    // that short answers are made of ("ok", "yes", "no", "help", "now") are left out, so "help now" is left to
    // the locale. A word two languages share votes for both.
    private static readonly FrozenDictionary<string, Latin>.AlternateLookup<ReadOnlySpan<char>> LatinWords = BuildLatinWords(
    [
        (Latin.English,
            "i im ive id ill my myself the and to is it its you your youre this that of with was have has had just dont cant "
            + "wont didnt doesnt isnt want feel feeling not for what all be am are but they them he she we our know been "
            + "about anymore really can will would get got going from at on in or if like so do how why when there here out "
            + "up after since again anything everything nothing someone job interview rejected rejection think thought"),
        (Latin.Spanish,
            "yo estoy soy tengo quiero puedo siento estoy el los las del y pero muy ya hoy nada nadie todo todos eso esto "
            + "esta este usted ayudame necesito gracias hola cuando donde porque despues entonces tambien siempre mucho "
            + "vida morir muero morirme trabajo empresa entrevista rechazaron rechazo puesto sigo aguanto mas es mi mis ayuda "
            + "auxilio socorro emergencia"),
        (Latin.Portuguese,
            "eu estou sou tenho quero posso voce nao isso isto muito meu minha ela ele obrigado obrigada tudo agora ainda "
            + "entao hoje ninguem fazer vou vai pra uma ja foi fui bem preciso ajuda emprego trabalho morrer aguento "
            + "vergonha morrendo mais mas nada vida nunca porque empresa entrevista esta socorro emergencia"),
        (Latin.French,
            "je jai suis pas ne moi mon les des est et avec pour dans une qui quoi rien tout tres trop veux peux vais fait "
            + "cest ca sais oui non mais merci bonjour aide aussi encore jamais toujours personne envie nen jen mourir "
            + "travail emploi boulot entretien vie tu au aux secours aidez urgence maintenant"),
        (Latin.Vietnamese,
            "toi minh khong muon duoc nua roi chet cua nay nhung nguoi lam biet cung viec cong phong bi ban gi sao nhieu "
            + "buon vui thay giup oi nhe voi cho nhu ve em anh chi dang se tu choi"),
        (Latin.Hinglish,
            "mera meri mere mujhe mujhse hai hain hoon nahi nahin kya kuch bahut bohot bhi aur gaya gayi raha rahi rahe "
            + "karna karo yaar bhai toh ab sab koi kaise kyun kyu zindagi jeena marna dil madad chahiye chahta chahti "
            + "hoga tha thi lagta accha acha theek thik pata matlab yeh woh abhi aaj naukri"),
    ]);

    /// <summary>Characters written only in simplified Chinese, and their traditional forms.</summary>
    private static readonly FrozenSet<char> SimplifiedOnly = "们个这过还来时说会对没么为学后从开关点样里当经发见听觉让谢钱职试杀伤爱办应实体难欢气电话吗边亲号间问题现长请帮无与给压撑绝残轻楼结东简历录谈认识该".ToFrozenSet();
    private static readonly FrozenSet<char> TraditionalOnly = "們個這過還來時說會對沒麼為學後從開關點樣裡當經發見聽覺讓謝錢職試殺傷愛辦應實體難歡氣電話嗎邊親號間問題現長請幫無與給壓撐絕殘輕樓結東簡歷錄談認識覺該".ToFrozenSet();

    /// <summary>Letters of Persian and Urdu that Arabic does not use.</summary>
    private static readonly FrozenSet<char> PersianOrUrduLetters = "پچژگکیےںٹڈڑھ".ToFrozenSet();

    private static FrozenDictionary<string, Latin>.AlternateLookup<ReadOnlySpan<char>> BuildLatinWords((Latin Language, string Words)[] lists)
    {
        var words = new Dictionary<string, Latin>(StringComparer.Ordinal);
        foreach (var (language, list) in lists)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | language;
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
