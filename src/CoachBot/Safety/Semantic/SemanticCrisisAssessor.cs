using System.Diagnostics.Metrics;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Coaching;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The second reading of every typed message: its sentences are embedded with all-MiniLM-L6-v2 and compared
/// with a labelled example bank (<see cref="NearestExamples"/>), and read by a head trained offline on every
/// English line the team has (<see cref="MlpCrisisHead"/>, raising by <see cref="CrisisHead.Raise(SafetySignal, NearestExamples, float, HeadThresholds)"/>), so crisis phrasings nobody listed still read as crisis. It only adds to the lexical detector (the guard takes the highest level): a failure here
/// is no opinion. English only; other scripts are left to the lexical detector and the model.
/// </summary>
public sealed partial class SemanticCrisisAssessor(SemanticModel model, ILogger<SemanticCrisisAssessor> logger, IMeterFactory meters) : ISafetyAssessor
{
    /// <summary>
    /// Fewer words or letters than this says too little to compare by meaning ("ok", "Acme", "last night":
    /// two-word answers sit near too many examples); the built-in detector still reads them.
    /// </summary>
    public const int MinWords = 3;

    public const int MinLetters = 8;

    /// <summary>At most this many pieces of a message are embedded (in one batch); a long paste gives its head and tail.</summary>
    public const int MaxPieces = 16;

    /// <summary>
    /// Up to this many words, a message of several sentences is also read whole, for context across them;
    /// a longer run-on sentence is read in windows (<see cref="RunOnWindowWords"/>).
    /// </summary>
    public const int MaxWholeMessageWords = 48;

    /// <summary>A run-on sentence is read this many words at a time, each window overlapping the last by half.</summary>
    public const int RunOnWindowWords = 24;

    /// <summary>At least this share of the letters must be Latin: the model reads English, and other scripts embed poorly.</summary>
    private const double MinLatinShare = 0.5;

    private const int CacheCapacity = 1024;

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r', '…', '。', '！', '？'];

    private readonly RecentVerdicts cache = new(CacheCapacity);
    private readonly Counter<long> failures = meters.Create(SafetyGuard.MeterName).CreateCounter<long>(
        "coachbot.safety.semantic.failures", description: "Messages the semantic crisis layer could not read, by exception type.");

    /// <summary>Verdicts kept for repeated messages; for tests.</summary>
    internal RecentVerdicts Cache => cache;

    public ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsWorthReading(text))
        {
            return ValueTask.FromResult(SafetySignal.None);
        }

        var normalized = Normalize(text);
        var key = cache.KeyOf(normalized);
        if (cache.TryGet(key, out var cached))
        {
            return ValueTask.FromResult(cached);
        }

        try
        {
            var verdict = Read(normalized, cancellationToken);
            cache.Add(key, verdict);
            return ValueTask.FromResult(verdict);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The type only: an exception's message could quote the text.
            failures.Add(1, new KeyValuePair<string, object?>("exception", e.GetType().Name));
            LogFailure(logger, e.GetType().Name);
            return ValueTask.FromResult(SafetySignal.None);
        }
    }

    /// <summary>A typed message of a few words in a Latin script; never a tapped button.</summary>
    public static bool IsWorthReading(string text)
    {
        if (text.Length < MinLetters || ButtonLabels.Contains(text))
        {
            return false;
        }

        var (words, letters, latin) = Count(text);
        return words >= MinWords && letters >= MinLetters && latin >= letters * MinLatinShare;
    }

    /// <summary>The strongest reading among the message's pieces (<see cref="PiecesOf"/>).</summary>
    private SafetySignal Read(string normalized, CancellationToken cancellationToken)
    {
        var (pieces, sentences) = PiecesOf(normalized);
        var embeddings = model.Embedder.Embed(pieces, cancellationToken);
        var readings = new PieceReading[embeddings.Length];
        for (var i = 0; i < embeddings.Length; i++)
        {
            var nearest = NearestExamples.In(model.Bank, embeddings[i]);
            readings[i] = new PieceReading(nearest, model.Head.CrisisProbability(embeddings[i]), SpeaksOfTheWriter(pieces[i]));
        }

        return Strongest(readings, sentences, HeadThresholds.Default);
    }

    /// <summary>
    /// The strongest reading of a message's pieces, the first <paramref name="sentences"/> of them whole
    /// sentences: each piece by its nearest examples, raised by the head.
    /// </summary>
    public static SafetySignal Strongest(ReadOnlySpan<PieceReading> pieces, int sentences, HeadThresholds thresholds) =>
        Strongest(pieces, sentences, thresholds, BankRules.Default);

    /// <inheritdoc cref="Strongest(ReadOnlySpan{PieceReading}, int, HeadThresholds)"/>
    public static SafetySignal Strongest(ReadOnlySpan<PieceReading> pieces, int sentences, HeadThresholds thresholds, BankRules bank)
    {
        var strongest = SafetySignal.None;
        for (var i = 0; i < pieces.Length && strongest.Level != ConcernLevel.Crisis; i++)
        {
            var nearest = pieces[i].Nearest.Verdict(bank);
            // A check only for being near crisis lines, on a piece that says nothing of its writer and that the head is
            // sure is no crisis, reads a topic, not a person: a signature "HR Manager, Fabrikam" beside the bank's
            // threats to HR managers.
            if (nearest.Level == ConcernLevel.Check && pieces[i].Nearest.IsCheckFromCrisisLines && !pieces[i].SpeaksOfTheWriter
                && pieces[i].CrisisProbability < thresholds.TopicalCheckBelow)
            {
                nearest = SafetySignal.None;
            }

            var verdict = CrisisHead.Raise(nearest, pieces[i].Nearest, pieces[i].CrisisProbability, thresholds);
            // A clause alone may raise a crisis, not a check: torn from its sentence, a feeling loses what
            // tempers it ("I'm devastated" in "I'm devastated but I'll be okay").
            if (i < sentences || verdict.Level == ConcernLevel.Crisis)
            {
                strongest = strongest.Max(verdict);
            }
        }

        return strongest;
    }

    /// <summary>
    /// What is embedded, at most <see cref="MaxPieces"/>: the whole message when it is short and has several
    /// sentences (for context across them), its sentences (the head and tail of a long paste, where what
    /// someone adds usually is), then their clauses while room remains. Clauses matter: a crisis clause
    /// beside job talk ("..., and I got rejected again") sits nearer ordinary examples as a whole sentence.
    /// </summary>
    /// <returns>The pieces, whole sentences first; <c>Sentences</c> counts those, the rest are clauses.</returns>
    public static (string[] Pieces, int Sentences) PiecesOf(string normalized)
    {
        var sentences = Split(normalized, SentenceEnds).SelectMany(InWindows).ToList();
        if (sentences.Count > MaxPieces)
        {
            sentences = [.. sentences.Take(MaxPieces / 2), .. sentences.TakeLast(MaxPieces / 2)];
        }

        var pieces = new List<string>(MaxPieces);
        if (sentences.Count != 1 && Count(normalized).Words <= MaxWholeMessageWords)
        {
            pieces.Add(normalized);
        }

        pieces.AddRange(sentences.Take(MaxPieces - pieces.Count));
        var wholeSentences = pieces.Count;
        foreach (var sentence in sentences)
        {
            var clauses = Split(ClauseBreaks().Replace(sentence, "\n"), ['\n']);
            if (clauses.Count > 1)
            {
                pieces.AddRange(clauses.Where(clause => !pieces.Contains(clause, StringComparer.Ordinal)).Take(MaxPieces - pieces.Count));
            }
        }

        return ([.. pieces], wholeSentences);
    }

    /// <summary>
    /// A run-on sentence (an unpunctuated paste) in overlapping windows: the model reads a bounded number of
    /// tokens, and a line typed at its end must not be drowned by the paste around it. A window of
    /// <see cref="RunOnWindowWords"/> moving by half of it holds whole any run of up to half that plus one.
    /// </summary>
    private static IEnumerable<string> InWindows(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWholeMessageWords)
        {
            yield return sentence;
            yield break;
        }

        const int stride = RunOnWindowWords / 2;
        for (var start = 0; ; start += stride)
        {
            // The last window ends with the sentence.
            var last = start + RunOnWindowWords >= words.Length;
            yield return string.Join(' ', words, last ? words.Length - RunOnWindowWords : start, RunOnWindowWords);
            if (last)
            {
                yield break;
            }
        }
    }

    /// <summary>The parts of <paramref name="text"/> between <paramref name="separators"/> that say enough to read.</summary>
    private static List<string> Split(string text, char[] separators) =>
        [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => Count(part) is { Words: >= MinWords, Letters: >= MinLetters })];

    /// <summary>Whether a piece (normalized) has a word for its writer: I, me, my, we...; a signature or a heading has none.</summary>
    public static bool SpeaksOfTheWriter(string piece) => FirstPerson().IsMatch(piece);

    [GeneratedRegex(@"\b(?:i|im|ive|id|ill|me|my|mine|myself|we|us|our|ours|ourselves)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    /// <summary>Where a sentence's clauses meet: punctuation, and the conjunctions that join a feeling to its cause.</summary>
    [GeneratedRegex(@"[,:()\u2013\u2014]|\s-\s|\b(?:and|but|so|because|cause|cuz|since|if|when|after|then|tbh|ngl|lol)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreaks();

    /// <summary>Lower case, one space between words: what the (uncased) model sees, and the cache's key.</summary>
    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) && c is not '\n' and not '\r')
            {
                space = true;
                continue;
            }

            if (space && normalized.Length > 0)
            {
                normalized.Append(' ');
            }

            space = false;
            normalized.Append(char.ToLowerInvariant(c));
        }

        return normalized.ToString();
    }

    private static (int Words, int Letters, int Latin) Count(string text)
    {
        int words = 0, letters = 0, latin = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isLetter = char.IsLetter(c);
            if (isLetter)
            {
                letters++;
                // Basic Latin through Latin Extended-B, and Latin Extended Additional.
                latin += c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF' ? 1 : 0;
            }

            var inWordNow = isLetter || char.IsDigit(c) || c is '\'' or '’';
            words += inWordNow && !inWord ? 1 : 0;
            inWord = inWordNow;
        }

        return (words, letters, latin);
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "The semantic crisis layer could not read a message ({ExceptionType}); the lexical reading stands.")]
    private static partial void LogFailure(ILogger logger, string exceptionType);
}

/// <summary>
/// What the semantic layer reads of one piece of a message: its nearest examples, the head's crisis probability, and
/// whether it has a word for its writer (<see cref="SemanticCrisisAssessor.SpeaksOfTheWriter"/>).
/// </summary>
public readonly record struct PieceReading(NearestExamples Nearest, float CrisisProbability, bool SpeaksOfTheWriter = true);
