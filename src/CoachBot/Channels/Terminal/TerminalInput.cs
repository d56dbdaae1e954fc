using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Channels.Terminal;

/// <summary>
/// What the person types, read into messages. Enter sends a line; a blank line is ignored, never an end.
/// Longer text (a pasted e-mail, which the first question invites, or a story in paragraphs) is one
/// message from its first line to a line holding just <see cref="EndOfText"/> (or the end of the input):
/// it starts with a line of <see cref="LongText"/>, or by itself when the first line opens an e-mail
/// ("Dear Alex,", "Hi Priya,", "From: …", "Subject: …"). <see cref="Quit"/> or <see cref="Exit"/> alone on a
/// line, or the end of the input (Ctrl+D; Ctrl+Z then Enter on Windows), ends the session.
/// </summary>
public sealed partial class TerminalInput(TextReader reader)
{
    public const string Quit = "quit";
    public const string Exit = "exit";
    public const string LongText = "\"\"\"";
    public const string EndOfText = ".";

    /// <summary>Shown once a pasted e-mail is being read, so the person knows how to send it.</summary>
    public const string ReadingEmail = "(Reading a pasted e-mail: when it's all in, type a line with just a full stop (.) and press Enter.)";

    public const string ReadingLongText = "(Type or paste as many lines as you like; a line with just a full stop (.) or \"\"\" sends them.)";

    /// <summary>The next message, or null when the person quits or the input ends.</summary>
    /// <param name="hint">Told when a message of several lines has begun, with how to end it.</param>
    public async Task<string?> ReadMessageAsync(Func<string, Task> hint, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.Equals(Quit, StringComparison.OrdinalIgnoreCase) || trimmed.Equals(Exit, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (trimmed == LongText)
            {
                await hint(ReadingLongText);
                if (await ReadUntilEndAsync(first: null, cancellationToken) is { Length: > 0 } text)
                {
                    return text;
                }

                continue;
            }

            if (OpensEmail().IsMatch(line))
            {
                await hint(ReadingEmail);
                return await ReadUntilEndAsync(line, cancellationToken);
            }

            return line;
        }

        return null;
    }

    /// <summary>Lines up to the end marker or the end of the input, blank ones kept (they part an e-mail's paragraphs).</summary>
    private async Task<string> ReadUntilEndAsync(string? first, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(first);
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line.Trim() is not (EndOfText or LongText))
        {
            text.Append('\n').Append(line);
        }

        return text.ToString().Trim();
    }

    /// <summary>A greeting line of a letter, or a header line of a forwarded or copied e-mail.</summary>
    [GeneratedRegex(@"^\s*((dear|hi|hello|good (morning|afternoon|evening))\s+[^,\n]{1,60},\s*$|(from|subject|date|sent):\s+\S)", RegexOptions.IgnoreCase)]
    private static partial Regex OpensEmail();
}
