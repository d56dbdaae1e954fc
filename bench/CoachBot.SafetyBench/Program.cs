using CoachBot.SafetyBench;

// dotnet run --project bench/CoachBot.SafetyBench -c Release -- [--part heldout|development | --file PATH] [--points] [--each OUT.tsv]
//   or: -- --folds BANK WRITER.tsv... (the semantic layer's settings validated by writer; see Folds)
//   or: -- --head-folds BANK TRAINING_DIR [hidden:epochs:dropout:decay[:members[:meanmax]]... +training] (the heads validated by writer group; see HeadFolds)
//   or: -- --held-apart-rules BANK TRAINING_DIR GROUP,GROUP [PROBES.tsv] (the layer's rules chosen on writer groups the encoder never saw; see HeldApartRules)
//   or: -- --head-cost (the semantic head's CPU per typed message; see HeadCost)
//   or: -- --probe TEXT... (how each layer reads sentences of one's own; see Probe)
// Exit codes: 0 the report was printed (whether or not the targets are met: rates are reported, not
// asserted), 1 unknown arguments, 2 the corpus part is missing or not of the corpus's format.
const string Usage = "usage: CoachBot.SafetyBench [--part heldout|development | --file PATH] [--points] [--each OUT.tsv]";
if (args is ["--folds", var bankPath, .. var writerFiles])
{
    return Folds.Run(Path.GetFullPath(bankPath), [.. writerFiles.Select(Path.GetFullPath)], Console.Out, CancellationToken.None);
}

if (args is ["--head-folds", var headBankPath, var trainingDirectory, .. var headSettings])
{
    return HeadFolds.Run(Path.GetFullPath(headBankPath), Path.GetFullPath(trainingDirectory), headSettings, Console.Out, CancellationToken.None);
}

if (args is ["--held-apart-rules", var heldBankPath, var heldTrainingDirectory, var heldApart, .. var probesFile] && probesFile.Length <= 1)
{
    return await HeldApartRules.RunAsync(Path.GetFullPath(heldBankPath), Path.GetFullPath(heldTrainingDirectory), heldApart.Split(','),
        probesFile is [var probes] ? Path.GetFullPath(probes) : null, Console.Out, CancellationToken.None);
}

if (args is ["--head-cost"])
{
    return HeadCost.Run(Console.Out);
}

if (args is ["--probe", .. var texts])
{
    return Probe.Run(texts, Console.Out);
}

var part = "heldout";
string? file = null;
string? each = null;
var points = false;
for (var index = 0; index < args.Length; index++)
{
    switch (args[index])
    {
        case "--part" when index + 1 < args.Length && args[index + 1] is "heldout" or "development":
            part = args[++index];
            break;
        case "--file" when index + 1 < args.Length:
            file = Path.GetFullPath(args[++index]);
            part = Path.GetFileName(file);
            break;
        case "--each" when index + 1 < args.Length:
            each = Path.GetFullPath(args[++index]);
            break;
        case "--points":
            points = true;
            break;
        default:
            await Console.Error.WriteLineAsync(Usage);
            return 1;
    }
}

var path = file ?? Corpus.PathOf(part);
if (!File.Exists(path))
{
    await Console.Error.WriteLineAsync($"The {part} part of the corpus is missing: there is no file {path}. Nothing was measured.");
    return 2;
}

IReadOnlyList<CorpusRow> rows;
try
{
    rows = file is null ? Corpus.Read(path) : Corpus.ReadLines(path);
}
catch (CorpusFormatException malformed)
{
    await Console.Error.WriteLineAsync($"The {part} part of the corpus cannot be read: {malformed.Message}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, pressed) =>
{
    pressed.Cancel = true;
    stop.Cancel();
};

await using (var check = RegisteredAssessors.Build())
{
    var warmUp = await check.WarmUpAsync(stop.Token);
    var readings = await check.ReadAllAsync(rows, stop.Token);
    SafetyReport.Write(Console.Out, part, path, check.AssessorNames, readings, warmUp);
    if (part != "heldout")
    {
        SafetyReport.WriteMisses(Console.Out, readings);
    }

    if (each is not null)
    {
        // Ids and levels only, never the text: which layer caught which message.
        var levels = await check.ReadEachAsync(rows, stop.Token);
        await File.WriteAllLinesAsync(each, rows.Select((row, i) => string.Join('\t', [row.Id, row.Label.ToString(), row.Language, .. levels[i].Select(level => level.ToString())]))
            .Prepend(string.Join('\t', ["id", "label", "language", .. check.AssessorNames])), stop.Token);
    }
}

if (points)
{
    // Slow (a whole conversation for every message and point): crisis and ordinary messages only.
    var said = rows.Where(row => row.Label is Label.Crisis or Label.Ordinary).ToList();
    SafetyReport.WritePoints(Console.Out, await ConversationPoints.RunAsync(said, Console.Error, stop.Token));
}

return 0;
