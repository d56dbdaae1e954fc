namespace CoachBot.ReadingBench;

/// <summary>One story as its writer meant it: the messages, then each field ("-" = not said, kept as null).</summary>
public sealed record Story(
    string Id,
    IReadOnlyList<string> Messages,
    string? Situation,
    string? Company,
    string? Role,
    string? Stage,
    string? How,
    string? When,
    string? Reason,
    string? Contact);

public sealed class StoryFormatException(string message) : Exception(message);

/// <summary>
/// Reads the stories file: a header <c>id messages situation company role stage how when reason contact</c>,
/// then one story a line; two messages are split by " || ", and "\n" stands for a line break.
/// </summary>
public static class StoryFile
{
    private static readonly string[] Header = ["id", "messages", "situation", "company", "role", "stage", "how", "when", "reason", "contact"];
    private const string MessageSeparator = " || ";

    /// <param name="wanted">Which ids to read; a line of any other id is skipped before its text is looked at.</param>
    public static IReadOnlyList<Story> Read(string path, Func<string, bool> wanted)
    {
        var stories = new List<Story>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                var header = line.Split('\t').Select(column => column.Trim().ToLowerInvariant()).ToArray();
                if (!header.SequenceEqual(Header))
                {
                    throw new StoryFormatException($"line 1 is not the header \"{string.Join(' ', Header)}\"");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var id = tab < 0 ? line : line[..tab];
            if (!wanted(id))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != Header.Length)
            {
                throw new StoryFormatException($"line {lineNumber} has {columns.Length} columns, not {Header.Length}");
            }

            var messages = columns[1].Split(MessageSeparator).Select(message => message.Replace("\\n", "\n", StringComparison.Ordinal)).ToList();
            stories.Add(new Story(id, messages, Field(columns[2]), Field(columns[3]), Field(columns[4]), Field(columns[5]), Field(columns[6]), Field(columns[7]), Field(columns[8]), Field(columns[9])));
        }

        return stories;
    }

    private static string? Field(string value) => value.Trim() is "-" or "" ? null : value.Trim();
}

/// <summary>"s001-s060": ids with one prefix and a number in a range, both ends included.</summary>
public sealed record IdRange(string Prefix, int First, int Last)
{
    public static IdRange? Parse(string text)
    {
        var ends = text.Split('-');
        if (ends.Length != 2 || Split(ends[0]) is not var (prefix, first) || Split(ends[1]) is not var (lastPrefix, last) || prefix != lastPrefix || last < first)
        {
            return null;
        }

        return new IdRange(prefix, first, last);
    }

    public bool Contains(string id) => Split(id) is var (prefix, number) && prefix == Prefix && number >= First && number <= Last;

    private static (string Prefix, int Number)? Split(string id)
    {
        var digits = id.Length;
        while (digits > 0 && char.IsAsciiDigit(id[digits - 1]))
        {
            digits--;
        }

        return digits < id.Length && int.TryParse(id[digits..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (id[..digits], number)
            : null;
    }
}
