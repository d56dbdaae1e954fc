using System.Globalization;
using CoachBot.ReadingBench;

// dotnet run --project bench/CoachBot.ReadingBench -c Release -- --file STORIES.tsv [--ids s001-s060] [--each OUT.tsv]
// Exit codes: 0 the report was printed (rates are reported, not asserted), 1 unknown arguments, 2 the file is
// missing or not of the stories' format.
//   or: -- --probe TEXT... (how the reader reads sentences of one's own; " || " splits two messages)
const string Usage = "usage: CoachBot.ReadingBench --file STORIES.tsv [--ids s001-s060] [--each OUT.tsv] | --probe TEXT...";
if (args is ["--probe", .. var texts])
{
    return Probe.Run(texts, Console.Out);
}

string? file = null;
string? each = null;
IdRange? ids = null;
for (var index = 0; index < args.Length; index++)
{
    switch (args[index])
    {
        case "--file" when index + 1 < args.Length:
            file = Path.GetFullPath(args[++index]);
            break;
        case "--each" when index + 1 < args.Length:
            each = Path.GetFullPath(args[++index]);
            break;
        case "--ids" when index + 1 < args.Length && IdRange.Parse(args[index + 1]) is { } range:
            ids = range;
            index++;
            break;
        default:
            await Console.Error.WriteLineAsync(Usage);
            return 1;
    }
}

if (file is null)
{
    await Console.Error.WriteLineAsync(Usage);
    return 1;
}

if (!File.Exists(file))
{
    await Console.Error.WriteLineAsync($"There is no file {file}. Nothing was measured.");
    return 2;
}

IReadOnlyList<Story> stories;
try
{
    stories = StoryFile.Read(file, id => ids?.Contains(id) ?? true);
}
catch (StoryFormatException malformed)
{
    await Console.Error.WriteLineAsync($"{Path.GetFileName(file)} cannot be read: {malformed.Message}");
    return 2;
}

var report = new ReadingReport();
var rows = new List<string>();
foreach (var story in stories)
{
    var read = StoryReading.Read(story);
    var verdicts = Enum.GetValues<Field>().Select(field => (Field: field, Result: Verdicts.Judge(field, story, read))).ToList();
    foreach (var (field, result) in verdicts)
    {
        report.Add(field, result.Verdict);
    }

    rows.Add(string.Join('\t', [story.Id, .. verdicts.Select(v => $"{v.Result.Verdict}:{Clean(v.Result.Read)}")]));
}

var scope = ids is null ? "all ids" : $"ids {ids.Prefix}{ids.First:000}-{ids.Prefix}{ids.Last:000}";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reading {stories.Count} stories of {Path.GetFileName(file)} ({scope}) with the built-in reader, as intake reads a first and a second message."));
report.Write(Console.Out);
if (each is not null)
{
    await File.WriteAllLinesAsync(each, [string.Join('\t', ["id", .. Enum.GetNames<Field>().Select(name => name.ToLowerInvariant())]), .. rows]);
}

return 0;

static string Clean(string? value) => value is null ? "-" : value.Replace('\t', ' ').Replace('\n', ' ');
