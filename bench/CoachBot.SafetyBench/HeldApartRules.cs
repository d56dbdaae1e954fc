using System.Globalization;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.SafetyBench;

/// <summary>
/// The semantic layer's rules chosen again for an encoder trained on the team's lines (issue 15, eighth round): only
/// writer groups the encoder never saw (<c>--held-apart fresh-3-en,fresh-5-en-short</c>, the groups its training held
/// apart) may set a bar. Those groups' lines are read, as whole messages cut into the assessor's pieces, by the nearest
/// examples of the bank WITHOUT them and an <see cref="MlpCrisisHead"/> (shipped settings) trained on every other
/// line, with the other registered layers (the guard's rule: the highest level). A grid over the bank's cosines
/// (<see cref="BankRules"/>) and the head's bars (<see cref="HeadThresholds"/>); admissible: no false hand-off on the
/// groups' ordinary or figurative lines beyond what the other layers give, and no more gentle checks on their
/// ordinary lines than the shipped rules give. The development part's English rows are counted beside, never chosen
/// on. Counts only, never a text. Never the held-out part.
/// Ninth round: with a probes file (<c>level TAB text</c>, the red-team probes of the tests, written by
/// <c>red-team-probes.py</c>), a setting is admissible only if every probe gets its level exactly from the bot's
/// layers, the semantic one read as it ships (the whole bank, the shipped head): the eighth round's grid chose rules
/// that handed off four red-team figures of speech its groups held nothing like.
/// </summary>
public static class HeldApartRules
{
    private static readonly float[] CrisisFloor = [0.48f, 0.50f, 0.52f, 0.54f, 0.56f, 0.58f, 0.60f, 0.62f, 0.65f];
    private static readonly float[] CrisisMargin = [0.10f, 0.125f, 0.15f, 0.175f, 0.20f];
    private static readonly float[] CheckFloor = [0.46f, 0.50f, 0.54f, 0.58f, 0.62f];
    private static readonly float[] CheckMargin = [0.06f, 0.10f, 0.14f];
    private static readonly float[] CrisisWithCheck = [0.6f, 0.7f, 0.8f, 0.9f, 0.95f, 0.98f, 0.99f, 0.995f, 0.999f, 1.01f];
    private static readonly float[] CrisisAlone = [0.95f, 0.98f, 0.99f, 0.995f, 0.999f, 1.01f];
    private static readonly float[] KnownOther = [0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 1.01f];
    private static readonly float[] MinMargin = [float.NegativeInfinity, 0f, 0.05f, 0.1f];
    private static readonly float[] TopicalCheckBelow = [0f, 0.02f, 0.05f, 0.1f, 0.15f, 0.2f];

    private const string Development = "development (en)";

    private sealed record Message(Label Label, string Text, string Group);

    private sealed record Tally(int Crisis, int CrisisCaught, int Distress, int DistressChecked, int Ordinary, int OrdinaryHandOffs, int OrdinaryChecks, int Figure, int FigureHandOffs, int FigureChecks)
    {
        public static Tally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public int FalseHandOffs => OrdinaryHandOffs + FigureHandOffs;

        public static Tally operator +(Tally a, Tally b) => new(
            a.Crisis + b.Crisis, a.CrisisCaught + b.CrisisCaught, a.Distress + b.Distress, a.DistressChecked + b.DistressChecked, a.Ordinary + b.Ordinary,
            a.OrdinaryHandOffs + b.OrdinaryHandOffs, a.OrdinaryChecks + b.OrdinaryChecks, a.Figure + b.Figure, a.FigureHandOffs + b.FigureHandOffs, a.FigureChecks + b.FigureChecks);

        public override string ToString() =>
            $"crisis {CrisisCaught}/{Crisis}, distress {DistressChecked}/{Distress}, ordinary {OrdinaryHandOffs}h {OrdinaryChecks}c /{Ordinary}, figure {FigureHandOffs}h {FigureChecks}c /{Figure}";
    }

    /// <param name="bankPath">The semantic bank.</param>
    /// <param name="trainingDirectory">The training files (<c>Safety/Concepts/training</c>).</param>
    /// <param name="heldApart">The writer groups (training files' names) the encoder never saw.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="ct">Stops the run.</param>
    /// <param name="probesPath">The red-team probes every admissible setting must read at their level, or null.</param>
    public static async Task<int> RunAsync(string bankPath, string trainingDirectory, IReadOnlyList<string> heldApart, string? probesPath, TextWriter output, CancellationToken ct)
    {
        var embedder = MiniLmEmbedder.Shared;
        var set = HeadTrainingSet.Read(bankPath, trainingDirectory, MlpSettings.Shipped);
        var lines = set.Lines;
        var held = lines.Where(line => heldApart.Contains(line.Source)).ToList();
        var missing = heldApart.Where(group => held.All(line => line.Source != group)).ToList();
        if (missing.Count > 0)
        {
            output.WriteLine($"no training lines of {string.Join(", ", missing)}");
            return 1;
        }

        var (bankSentences, _) = ExampleBank.Parse(bankPath, File.ReadAllBytes(bankPath));
        var heldKeys = held.Select(line => HeadTrainingSet.KeyOf(line.Text)).ToHashSet(StringComparer.Ordinal);
        var bank = ExampleBank.LoadShared(bankPath, embedder, NullLogger.Instance).Without(i => heldKeys.Contains(HeadTrainingSet.KeyOf(bankSentences[i])));
        var cache = EmbeddingCache.For("coachbot-held-apart-embeddings");
        var training = lines.Where(line => !heldApart.Contains(line.Source)).ToList();
        var trainVectors = cache.Embed([.. training.Select(line => line.Text)], embedder, ct).SelectMany(v => v).ToArray();
        var head = MlpCrisisHead.Train(trainVectors, bank.Dimensions, [.. training.Select(line => line.IsCrisis ? 1f : 0f)], MlpSettings.Shipped, []);

        var messages = held.Select(line => new Message(LabelOf(line.Label), line.Text, line.Source))
            .Concat(Corpus.Read(Corpus.PathOf("development")).Where(row => row.Language == "en").Select(row => new Message(row.Label, row.Text, Development)))
            .ToList();
        var pieces = messages.Select(message =>
        {
            if (!SemanticCrisisAssessor.IsWorthReading(message.Text))
            {
                return (Readings: Array.Empty<PieceReading>(), Sentences: 0);
            }

            var (texts, count) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(message.Text));
            var embedded = cache.Embed(texts, embedder, ct);
            return (Readings: embedded.Select((vector, p) => new PieceReading(NearestExamples.In(bank, vector), head.CrisisProbability(vector), SemanticCrisisAssessor.SpeaksOfTheWriter(texts[p]))).ToArray(), Sentences: count);
        }).ToList();
        cache.Save();

        // The other layers as the bot registers them (the semantic one left out): the highest level of theirs.
        await using var registered = RegisteredAssessors.Build();
        var names = registered.AssessorNames;
        var each = await registered.ReadEachAsync([.. messages.Select((m, i) => new CorpusRow($"m{i}", m.Label, ConcernKind.None, "en", m.Text))], ct);
        var others = each.Select(levels => levels.Where((_, a) => names[a] != nameof(SemanticCrisisAssessor)).DefaultIfEmpty(ConcernLevel.None).Max()).ToArray();

        var read = probesPath is null ? [] : await ProbesAsync(probesPath, registered, names, ct);
        // A probe the other layers alone already read above its level is beyond any rule of the semantic layer (and read
        // here without the conversation the tests hold): named, not a constraint.
        var probes = read.Where(probe => probe.Others <= probe.Level).ToList();
        output.WriteLine($"{probes.Count} probes held to their level");
        foreach (var probe in read.Except(probes))
        {
            output.WriteLine($"  probe the other layers read above its level here, left out: {probe.Level} \"{probe.Text}\" (the other layers: {probe.Others})");
        }

        var groups = heldApart.Append(Development).ToList();
        var groupOf = messages.Select(m => groups.IndexOf(m.Group)).ToArray();
        var heldCount = messages.Count(m => m.Group != Development);
        output.WriteLine($"{training.Count} lines trained on ({training.Count(l => l.IsCrisis)} crisis), bank {bank.Count} without the held-apart lines; held apart: {string.Join(", ", heldApart.Select(g => $"{g} {messages.Count(m => m.Group == g)}"))}; development (en) {messages.Count - heldCount}, counted, not chosen on");
        output.WriteLine($"the other layers alone: {string.Join("; ", groups.Select((g, i) => $"{g}: {Sum(Enumerable.Range(0, messages.Count).Where(m => groupOf[m] == i).Select(m => Count(messages[m].Label, others[m])))}"))}");

        var shippedBank = BankRules.Default;
        var shippedHead = HeadThresholds.Default;
        var reference = Tallies(shippedBank, shippedHead);
        Print("shipped rules", shippedBank, shippedHead, reference);
        // The probes the shipped rules miss: the tests' own sentences, never a corpus line.
        foreach (var probe in probes.Where(probe => !Kept(probe, shippedBank, shippedHead)))
        {
            output.WriteLine($"  probe missed by the shipped rules: {probe.Level} \"{probe.Text}\" (the other layers: {probe.Others})");
        }

        foreach (var topical in TopicalCheckBelow)
        {
            Print($"shipped rules, topical check below {F(topical)}", shippedBank, shippedHead with { TopicalCheckBelow = topical }, Tallies(shippedBank, shippedHead with { TopicalCheckBelow = topical }));
        }
        var otherFalse = Enumerable.Range(0, heldCount).Count(m => messages[m].Label is Label.Ordinary or Label.Figure && others[m] == ConcernLevel.Crisis);
        var heldReference = HeldSum(reference);

        // First the crisis cosines and the head's bars with the shipped check cosines, then the check cosines (and the head's
        // floor under a topical check) for the best of those.
        var rows = new List<(BankRules Bank, HeadThresholds Head, Tally Held)>();
        foreach (var floor in CrisisFloor)
        {
            foreach (var margin in CrisisMargin)
            {
                var bankRules = shippedBank with { CrisisFloor = floor, CrisisMargin = margin };
                foreach (var withCheck in CrisisWithCheck)
                {
                    foreach (var alone in CrisisAlone.Where(alone => alone >= withCheck))
                    {
                        foreach (var known in KnownOther)
                        {
                            foreach (var minMargin in MinMargin)
                            {
                                var thresholds = shippedHead with { CrisisWithCheck = withCheck, CrisisAlone = alone, KnownOther = known, MinMargin = minMargin };
                                rows.Add((bankRules, thresholds, Held(bankRules, thresholds)));
                            }
                        }
                    }
                }
            }
        }

        // The fewest false hand-offs any setting gives: the other layers' own, or a line the bank reads as a crisis at every setting.
        var fewestFalse = rows.Min(row => row.Held.FalseHandOffs);
        var best = rows.Where(row => row.Held.FalseHandOffs <= fewestFalse).OrderByDescending(row => row.Held.CrisisCaught).ThenByDescending(row => row.Held.DistressChecked).Take(10).ToList();
        foreach (var (bankRules, thresholds, _) in best)
        {
            foreach (var checkFloor in CheckFloor)
            {
                foreach (var checkMargin in CheckMargin)
                {
                    foreach (var topical in TopicalCheckBelow)
                    {
                        var checkRules = bankRules with { CheckFloor = checkFloor, CheckMargin = checkMargin };
                        var topicalThresholds = thresholds with { TopicalCheckBelow = topical };
                        if (checkRules != bankRules || topicalThresholds != thresholds)
                        {
                            rows.Add((checkRules, topicalThresholds, Held(checkRules, topicalThresholds)));
                        }
                    }
                }
            }
        }

        output.WriteLine($"{rows.Count} settings; admissible: held-apart false hand-offs {fewestFalse} (the fewest of any setting; the other layers give {otherFalse}), ordinary checks at most {heldReference.OrdinaryChecks} (the shipped rules')");
        var admissible = rows.Where(Admissible)
            .OrderByDescending(row => row.Held.CrisisCaught).ThenByDescending(row => row.Held.DistressChecked).ThenBy(row => row.Held.OrdinaryChecks + row.Held.FigureChecks)
            .ToList();
        output.WriteLine($"{admissible.Count} admissible; the best 15:");
        foreach (var (bankRules, thresholds, _) in admissible.Take(15))
        {
            Print("admissible", bankRules, thresholds, Tallies(bankRules, thresholds));
        }

        // A choice less tied to these 1,495 lines (the one-standard-error rule's idea): among the admissible settings that hand
        // off within 1 % of the held-apart crisis lines of the best, the least eager, the fewest hand-offs of any label; then
        // the fewest checks.
        if (admissible.Count > 0)
        {
            var within = admissible[0].Held.CrisisCaught - (admissible[0].Held.Crisis / 100);
            foreach (var (bankRules, thresholds, _) in admissible.Where(row => row.Held.CrisisCaught >= within)
                .OrderBy(row => row.Held.CrisisCaught + row.Held.DistressChecked + row.Held.FalseHandOffs).ThenBy(row => row.Held.OrdinaryChecks + row.Held.FigureChecks).Take(5))
            {
                Print($"within 1 % of the best ({within}+), least eager", bankRules, thresholds, Tallies(bankRules, thresholds));
            }
        }

        // The frontier when more checks are allowed: no false hand-off added, then one, by ordinary checks.
        for (var added = 0; added <= 1; added++)
        {
            var falseHandOffs = fewestFalse + added;
            foreach (var checks in rows.Where(row => row.Held.FalseHandOffs == falseHandOffs).Select(row => row.Held.OrdinaryChecks).Distinct().Order().Take(12))
            {
                var (bankRules, thresholds, _) = rows.Where(row => row.Held.FalseHandOffs == falseHandOffs && row.Held.OrdinaryChecks == checks)
                    .OrderByDescending(row => row.Held.CrisisCaught).ThenByDescending(row => row.Held.DistressChecked).First();
                Print($"+{added} false, {checks} checks", bankRules, thresholds, Tallies(bankRules, thresholds));
            }
        }

        // The head's bars alone (the bank's cosines as shipped), and the bank's alone (the head's bars as shipped).
        foreach (var (name, subset) in new[]
        {
            ("head only", admissible.Where(row => row.Bank == shippedBank)),
            ("bank only", admissible.Where(row => row.Head == shippedHead)),
        })
        {
            foreach (var (bankRules, thresholds, _) in subset.Take(5))
            {
                Print(name, bankRules, thresholds, Tallies(bankRules, thresholds));
            }
        }

        return 0;

        bool Admissible((BankRules Bank, HeadThresholds Head, Tally Held) row) =>
            row.Held.FalseHandOffs <= fewestFalse && row.Held.OrdinaryChecks <= heldReference.OrdinaryChecks && ProbesMissed(row.Bank, row.Head) == 0;

        int ProbesMissed(BankRules bankRules, HeadThresholds thresholds) => probes.Count(probe => !Kept(probe, bankRules, thresholds));

        static bool Kept(ProbeReading probe, BankRules bankRules, HeadThresholds thresholds) => probe.Level == (probe.Others == ConcernLevel.Crisis
            ? ConcernLevel.Crisis
            : (ConcernLevel)Math.Max((int)probe.Others, (int)SemanticCrisisAssessor.Strongest(probe.Readings, probe.Sentences, thresholds, bankRules).Level));

        Tally Held(BankRules bankRules, HeadThresholds thresholds)
        {
            var tally = Tally.Zero;
            for (var m = 0; m < heldCount; m++)
            {
                tally += Count(messages[m].Label, Level(m, bankRules, thresholds));
            }

            return tally;
        }

        ConcernLevel Level(int m, BankRules bankRules, HeadThresholds thresholds) => others[m] == ConcernLevel.Crisis
            ? ConcernLevel.Crisis
            : (ConcernLevel)Math.Max((int)others[m], (int)SemanticCrisisAssessor.Strongest(pieces[m].Readings, pieces[m].Sentences, thresholds, bankRules).Level);

        Tally[] Tallies(BankRules bankRules, HeadThresholds thresholds)
        {
            var tallies = groups.Select(_ => Tally.Zero).ToArray();
            for (var m = 0; m < messages.Count; m++)
            {
                tallies[groupOf[m]] += Count(messages[m].Label, Level(m, bankRules, thresholds));
            }

            return tallies;
        }

        Tally HeldSum(Tally[] tallies) => Sum(tallies.Take(heldApart.Count));

        void Print(string what, BankRules bankRules, HeadThresholds thresholds, Tally[] tallies)
        {
            output.WriteLine(string.Join('\t', [
                what, $"bank {F(bankRules.CrisisFloor)}/{F(bankRules.CrisisMargin)} check {F(bankRules.CheckFloor)}/{F(bankRules.CheckMargin)}",
                $"head {F(thresholds.CrisisWithCheck)}/{F(thresholds.CrisisAlone)} ceiling {F(thresholds.KnownOther)} margin {F(thresholds.MinMargin)}",
                $"held apart: {HeldSum(tallies)}", .. groups.Select((g, i) => $"{g}: {tallies[i]}"), $"probes missed {ProbesMissed(bankRules, thresholds)}/{probes.Count}"]));
            output.Flush();
        }
    }

    private sealed record ProbeReading(ConcernLevel Level, string Text, ConcernLevel Others, PieceReading[] Readings, int Sentences);

    /// <summary>The probes (level TAB text), read by the other layers and by the semantic layer as it ships.</summary>
    private static async Task<List<ProbeReading>> ProbesAsync(string path, RegisteredAssessors registered, IReadOnlyList<string> names, CancellationToken ct)
    {
        // "crisis", "check", "none": the whole bot's level; "semantic:..." the semantic layer's alone.
        var rows = File.ReadLines(path).Where(line => line.Length > 0).Select(line => line.Split('\t', 2)).Select(columns => (
            Level: columns[0].Split(':')[^1] switch
            {
                "crisis" => ConcernLevel.Crisis,
                "check" => ConcernLevel.Check,
                "none" => ConcernLevel.None,
                _ => throw new InvalidDataException($"{path}: an unknown level '{columns[0]}'."),
            },
            SemanticAlone: columns[0].StartsWith("semantic:", StringComparison.Ordinal),
            Text: columns[1].Replace("\\n", "\n", StringComparison.Ordinal))).ToList();
        var model = SemanticModel.LoadShared(SemanticCrisisOptions.DefaultExamplesPath, NullLogger.Instance);
        var each = await registered.ReadEachAsync([.. rows.Select((row, i) => new CorpusRow($"p{i}", Label.Ordinary, ConcernKind.None, "en", row.Text))], ct);
        return [.. rows.Select((row, i) =>
        {
            var others = row.SemanticAlone ? ConcernLevel.None : each[i].Where((_, a) => names[a] != nameof(SemanticCrisisAssessor)).DefaultIfEmpty(ConcernLevel.None).Max();
            if (!SemanticCrisisAssessor.IsWorthReading(row.Text))
            {
                return new ProbeReading(row.Level, row.Text, others, [], 0);
            }

            var (texts, count) = SemanticCrisisAssessor.PiecesOf(SemanticCrisisAssessor.Normalize(row.Text));
            var embedded = model.Embedder.Embed(texts, ct);
            return new ProbeReading(row.Level, row.Text, others, [.. embedded.Select((vector, p) => new PieceReading(NearestExamples.In(model.Bank, vector), model.Head.CrisisProbability(vector), SemanticCrisisAssessor.SpeaksOfTheWriter(texts[p])))], count);
        })];
    }

    private static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Tally.Zero, (a, b) => a + b);

    private static Tally Count(Label label, ConcernLevel level)
    {
        var (crisis, check) = (level == ConcernLevel.Crisis ? 1 : 0, level == ConcernLevel.Check ? 1 : 0);
        return label switch
        {
            Label.Crisis => new Tally(1, crisis, 0, 0, 0, 0, 0, 0, 0, 0),
            Label.Distress => new Tally(0, 0, 1, crisis + check, 0, 0, 0, 0, 0, 0),
            Label.Ordinary => new Tally(0, 0, 0, 0, 1, crisis, check, 0, 0, 0),
            _ => new Tally(0, 0, 0, 0, 0, 0, 0, 1, crisis, check),
        };
    }

    private static Label LabelOf(string label) => label switch
    {
        "crisis" => Label.Crisis,
        "distress" => Label.Distress,
        "figure" => Label.Figure,
        _ => Label.Ordinary,
    };

    private static string F(float x) => float.IsNegativeInfinity(x) ? "-" : x.ToString(CultureInfo.InvariantCulture);
}
