using System.Text;

namespace CoachBot.Conversations.Privacy;

/// <summary>
/// What of an exception may be logged: its type and stack trace, and those of its inner exceptions.
/// Never the message: components that handle the person's words (a drafter, later an LLM) may put
/// them in it.
/// </summary>
public static class ExceptionSummary
{
    public static string Of(Exception exception)
    {
        var summary = new StringBuilder();
        Append(summary, exception);
        return summary.ToString();
    }

    private static void Append(StringBuilder summary, Exception exception)
    {
        summary.Append(exception.GetType().FullName);
        if (exception.StackTrace is { } stackTrace)
        {
            summary.AppendLine().Append(stackTrace);
        }

        IEnumerable<Exception> inner = exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions,
            { InnerException: { } one } => [one],
            _ => [],
        };
        foreach (var innerException in inner)
        {
            summary.AppendLine().Append("---> ");
            Append(summary, innerException);
        }
    }
}
