using System.Reflection;
using CoachBot.Safety;

namespace CoachBot.SafetyBench;

/// <summary>What a corpus message must get (corpus/README.md).</summary>
public enum Label
{
    /// <summary>Must get the hand-off.</summary>
    Crisis,
    /// <summary>Visible distress without crisis words: must get at least a gentle check.</summary>
    Distress,
    /// <summary>Everyday rejection talk: must get neither.</summary>
    Ordinary,
    /// <summary>A figure of speech or dark humour: a hand-off is a false alarm, a gentle check is acceptable.</summary>
    Figure,
}

public sealed record CorpusRow(string Id, Label Label, ConcernKind Kind, string Language, string Text);

/// <summary>The corpus was found but cannot be read as the format says; the message names the line.</summary>
public sealed class CorpusFormatException(string message) : Exception(message);

/// <summary>Reads one part of the labelled corpus: UTF-8, tab-separated, a header line, one message a line.</summary>
public static class Corpus
{
    /// <summary>The languages of the corpus, in the order the report lists them.</summary>
    public static readonly string[] Languages = ["en", "es", "pt", "fr", "hi", "zh", "ja", "ko", "vi", "ar"];

    private const string Header = "id\tlabel\tkind\tlanguage\ttext";

    /// <summary>Where the corpus is kept in the repository, as the build saw it.</summary>
    public static string Folder =>
        typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "CorpusFolder").Value!;

    public static string PathOf(string part) => Path.Combine(Folder, $"{part}.tsv");

    /// <exception cref="CorpusFormatException">A line is not of the corpus's format.</exception>
    public static IReadOnlyList<CorpusRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new CorpusFormatException($"{path}: the first line must be the header \"{Header.Replace("\t", "<tab>", StringComparison.Ordinal)}\".");
        }

        var rows = new List<CorpusRow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Length == 0)
            {
                continue;
            }

            var row = Parse(lines[index], where: $"{path}:{index + 1}");
            if (!ids.Add(row.Id))
            {
                throw new CorpusFormatException($"{path}:{index + 1}: the id {row.Id} is used twice.");
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// A labelled file from outside the corpus (fresh validation lines): no header, one message a line as
    /// <c>label TAB kind TAB language TAB text</c>; each row's id is <c>name:line</c>.
    /// </summary>
    /// <exception cref="CorpusFormatException">A line is not of that format.</exception>
    public static IReadOnlyList<CorpusRow> ReadLines(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path);
        var rows = new List<CorpusRow>();
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length > 0 && !lines[index].StartsWith('#') && !lines[index].StartsWith("label\t", StringComparison.Ordinal))
            {
                rows.Add(Parse($"{name}:{index + 1}\t{lines[index]}", where: $"{path}:{index + 1}"));
            }
        }

        return rows;
    }

    private static CorpusRow Parse(string line, string where)
    {
        var columns = line.Split('\t');
        if (columns.Length != 5)
        {
            throw new CorpusFormatException($"{where}: {columns.Length} columns, not 5.");
        }

        if (!Enum.TryParse<Label>(columns[1], ignoreCase: true, out var label) || !Enum.IsDefined(label))
        {
            throw new CorpusFormatException($"{where}: unknown label \"{columns[1]}\".");
        }

        if (!Enum.TryParse<ConcernKind>(columns[2], ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            || (kind == ConcernKind.None) != (label is Label.Ordinary or Label.Figure))
        {
            throw new CorpusFormatException($"{where}: the kind \"{columns[2]}\" does not fit the label {columns[1]} (None for ordinary and figure only).");
        }

        if (!Languages.Contains(columns[3]))
        {
            throw new CorpusFormatException($"{where}: unknown language \"{columns[3]}\".");
        }

        if (columns[4].Trim().Length == 0)
        {
            throw new CorpusFormatException($"{where}: no text.");
        }

        // A line break inside a message is written \n, so that every message stays on one line.
        return new CorpusRow(columns[0], label, kind, columns[3], columns[4].Replace("\\n", "\n", StringComparison.Ordinal));
    }
}
