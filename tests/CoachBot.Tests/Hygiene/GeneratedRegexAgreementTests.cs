using System.Reflection;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Hygiene;

/// <summary>
/// Every <c>[GeneratedRegex]</c> of the bot finds, on real students' messages, exactly what .NET's interpreter finds.
/// The generated (and compiled) engines of .NET 10 can return a match the interpreter does not, at a position before the
/// search began, when a lazy loop gives up at its upper bound (dotnet/runtime#129511, fixed in .NET 11 only): one such
/// match once made a story's reading loop forever. A pattern written in a shape the engines disagree on fails here.
/// </summary>
public class GeneratedRegexAgreementTests
{
    private static readonly Lazy<IReadOnlyList<string>> Messages = new(ReadMessages);

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var name in GeneratedPatterns().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_the_interpreter_finds(string pattern)
    {
        var generated = GeneratedPatterns()[pattern];
        var interpreted = new Regex(generated.ToString(), generated.Options & ~RegexOptions.Compiled, generated.MatchTimeout);
        var disagreements = Messages.Value
            .Where(message => Found(generated, message) != Found(interpreted, message))
            .Take(3)
            .Select(message => $"\"{message}\": generated {Found(generated, message)}, interpreted {Found(interpreted, message)}")
            .ToList();

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public async Task Reading_a_story_whose_title_follows_a_word_before_role_ends()
    {
        // The generated engine matched "Accepted a role as" at " role " from every start position, so the search for a
        // title never moved on and the turn never ended.
        var read = await Task.Run(() => BuiltInMessageReader.Read("Accepted a role as a Junior Data Analyst at Pocketwise", DayOfWeek.Monday))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Junior Data Analyst", read.Role);
    }

    private static string Found(Regex regex, string message)
    {
        try
        {
            return string.Join(";", regex.Matches(message).Select(match => $"{match.Index}+{match.Length}"));
        }
        catch (RegexMatchTimeoutException)
        {
            return "timeout";
        }
    }

    private static Dictionary<string, Regex> GeneratedPatterns()
    {
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(BuiltInMessageReader).Assembly, typeof(Conversations.Dialogs.DialogContext).Assembly })
        {
            foreach (var type in assembly.GetTypes())
            {
                const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                foreach (var method in type.GetMethods(Static).Where(method => method.GetParameters().Length == 0 && method.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
                {
                    patterns[$"{type.FullName}.{method.Name}"] = (Regex)method.Invoke(null, null)!;
                }

                foreach (var property in type.GetProperties(Static).Where(property => property.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
                {
                    patterns[$"{type.FullName}.{property.Name}"] = (Regex)property.GetValue(null)!;
                }
            }
        }

        return patterns;
    }

    /// <summary>The development stories of the reading bench: students' own words, one message a line.</summary>
    private static IReadOnlyList<string> ReadMessages()
    {
        var stories = Path.Combine(RepositoryRoot(), "bench", "CoachBot.ReadingBench", "stories");
        return [.. Directory.EnumerateFiles(stories, "*.tsv")
            .SelectMany(file => File.ReadLines(file).Skip(1))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length > 1)
            .SelectMany(columns => columns[1].Split(" || "))
            .Select(message => message.Replace("\\n", "\n", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from within the repository: the stories are in its bench folder.");
    }
}
