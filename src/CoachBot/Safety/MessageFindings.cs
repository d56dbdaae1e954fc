namespace CoachBot.Safety;

/// <summary>Which space a span counts in: message words, or folded characters (fragments).</summary>
internal enum SpanSpace
{
    Words,
    Characters,
}

/// <summary>
/// What the matches in one message add up to. Kept as a small mutable struct so assessing allocates nothing.
/// <list type="bullet">
/// <item>The strongest crisis wins; between two crises, a longer one that overlaps the other is the more
/// specific reading ("me amenazó con matarme" is abuse, not self-harm), otherwise the more specific kind.</item>
/// <item>Two separate distress signals in one message ("I'm falling apart ... I can't breathe") are a
/// pattern, and count as a crisis, as they would across messages. Figures of speech do not count here.</item>
/// <item>Two of a goodbye, finality and a means named ("thanks for everything ... one last time", "the
/// gun is in the closet ... tonight is the night"), or one of them with a distress signal, is a crisis
/// about the person's own life. Alone, none is a concern.</item>
/// </list>
/// </summary>
internal struct MessageFindings
{
    private const int DistressSignalsForCrisis = 2;

    private bool hasCrisis;
    private ConcernKind crisisKind;
    private MatchSpan crisisSpan;
    private SpanSpace crisisSpace;

    private bool hasCheck;
    private ConcernKind checkKind;

    /// <summary>Kinds with a check in the message, and kinds with a concrete detail (<see cref="SignalReading.Detail"/>), as bits.</summary>
    private int checkKinds;
    private int detailKinds;

    /// <summary>A crisis read only from slang (<see cref="SignalReading.Slang"/>), which a laugh softens.</summary>
    private bool hasSlang;
    private bool isEarnest;
    private ConcernKind slangKind;

    private bool hasFarewell;
    private bool hasFinality;
    private bool hasMeans;

    private int distressSignals;
    private int firstDistressEntry;
    private MatchSpan firstDistressSpan;
    private SpanSpace firstDistressSpace;

    /// <summary>A signal match; a negated crisis ("I don't want to die") counts as a check of its kind.</summary>
    public void AddSignal(LexiconEntry entry, int entryId, MatchSpan span, SpanSpace space, bool negated)
    {
        if (entry.Level == ConcernLevel.Crisis && !negated)
        {
            AddCrisis(entry.Kind, span, space);
            return;
        }

        AddCheck(entry.Kind);
        var separate = distressSignals == 0
            || (entryId != firstDistressEntry && (space != firstDistressSpace || !span.Overlaps(firstDistressSpan)));
        if (separate)
        {
            if (distressSignals == 0)
            {
                (firstDistressEntry, firstDistressSpan, firstDistressSpace) = (entryId, span, space);
            }

            distressSignals++;
        }
    }

    /// <summary>A figure of speech that still deserves a gentle check.</summary>
    public void AddFigureOfSpeech(LexiconEntry entry)
    {
        if (entry.Level == ConcernLevel.Check)
        {
            AddCheck(entry.Kind);
        }
    }

    /// <summary>A concrete detail of a kind: a crisis with a check of the same kind in the message.</summary>
    public void AddDetail(ConcernKind kind) => detailKinds |= 1 << (int)kind;

    /// <summary>Slang for an act ("kms"): a crisis unless the message laughs.</summary>
    public void AddSlang(ConcernKind kind) => (hasSlang, slangKind) = (true, kind);

    /// <summary>The writer says they mean it: a laugh no longer softens slang.</summary>
    public void AddEarnest() => isEarnest = true;

    /// <summary>A goodbye ("thanks for everything", "goodbye").</summary>
    public void AddFarewell() => hasFarewell = true;

    /// <summary>Finality ("forever", "one last time").</summary>
    public void AddFinality() => hasFinality = true;

    /// <summary>A means named ("the rope", "the gun in the closet").</summary>
    public void AddMeans() => hasMeans = true;

    /// <summary>Whether the result depends on the message laughing: slang and nothing else of concern.</summary>
    public readonly bool HangsOnLaughter => hasSlang && !isEarnest && !hasCrisis && !hasCheck && !hasFarewell && !hasFinality && !hasMeans;

    /// <summary>What the message adds up to; <paramref name="laughs"/> says whether it laughs (read only when <see cref="HangsOnLaughter"/>).</summary>
    public readonly SafetySignal Result(bool laughs = false)
    {
        if (hasCrisis)
        {
            return new(ConcernLevel.Crisis, crisisKind);
        }

        if ((checkKinds & detailKinds) != 0)
        {
            return new(ConcernLevel.Crisis, MostSpecific(checkKinds & detailKinds));
        }

        if (hasSlang && !(HangsOnLaughter && laughs))
        {
            return new(ConcernLevel.Crisis, slangKind);
        }

        var cues = (hasFarewell ? 1 : 0) + (hasFinality ? 1 : 0) + (hasMeans ? 1 : 0);
        if (cues >= 2 || (cues == 1 && distressSignals > 0))
        {
            return new(ConcernLevel.Crisis, checkKind is ConcernKind.AcuteDistress or ConcernKind.None ? ConcernKind.SelfHarm : checkKind);
        }

        if (distressSignals >= DistressSignalsForCrisis)
        {
            return new(ConcernLevel.Crisis, checkKind);
        }

        return hasCheck ? new(ConcernLevel.Check, checkKind)
            : hasSlang ? new(ConcernLevel.Check, ConcernKind.AcuteDistress)
            : SafetySignal.None;
    }

    private static ConcernKind MostSpecific(int kinds)
    {
        var best = ConcernKind.None;
        foreach (var kind in Enum.GetValues<ConcernKind>())
        {
            if ((kinds & (1 << (int)kind)) != 0 && Rank(kind) < Rank(best))
            {
                best = kind;
            }
        }

        return best;
    }

    /// <summary>
    /// Orders kinds when two apply: the specific ones in declaration order (a risk to life first), and
    /// AcuteDistress, the general kind, last.
    /// </summary>
    internal static int Rank(ConcernKind kind) => kind switch
    {
        ConcernKind.AcuteDistress => (int)ConcernKind.AcuteDistress + 1,
        ConcernKind.None => (int)ConcernKind.AcuteDistress + 2,
        _ => (int)kind,
    };

    private void AddCrisis(ConcernKind kind, MatchSpan span, SpanSpace space)
    {
        if (!hasCrisis)
        {
            (hasCrisis, crisisKind, crisisSpan, crisisSpace) = (true, kind, span, space);
            return;
        }

        if (space == crisisSpace && span.Overlaps(crisisSpan))
        {
            // Overlapping readings of one passage: the longer is the more specific one, and the passage
            // grows to cover both, so a short phrase inside it later cannot take over.
            if (span.End - span.Start > crisisSpan.End - crisisSpan.Start)
            {
                crisisKind = kind;
            }

            crisisSpan = new MatchSpan(Math.Min(span.Start, crisisSpan.Start), Math.Max(span.End, crisisSpan.End), OwnPositions: 0);
            return;
        }

        if (Rank(kind) < Rank(crisisKind))
        {
            (crisisKind, crisisSpan, crisisSpace) = (kind, span, space);
        }
    }

    private void AddCheck(ConcernKind kind)
    {
        checkKinds |= 1 << (int)kind;
        if (!hasCheck || Rank(kind) < Rank(checkKind))
        {
            (hasCheck, checkKind) = (true, kind);
        }
    }
}
