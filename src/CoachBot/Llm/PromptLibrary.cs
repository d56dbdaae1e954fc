using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>What CoachBot asks a model to do; each has its own system prompt file.</summary>
public enum LlmTask
{
    Draft,
    Revise,
    Read,
    Review,
    Reflect,
    Safety,
    /// <summary>The safety reading and the case details of one message, in one call: both tasks' prompts.</summary>
    SafetyAndRead,
}

/// <summary>
/// The system prompts, read once from files a career office can read and change: <c>rules.md</c>
/// (scope, career-services rules, and that the person's text is data) followed by the task's own file
/// (a task that does two others' work follows with both of theirs).
/// </summary>
public sealed class PromptLibrary
{
    public const string DefaultFolder = "Llm/Prompts";
    private const string RulesFile = "rules.md";

    private readonly Dictionary<LlmTask, string> prompts;

    public PromptLibrary(IOptions<LlmOptions> options)
    {
        Folder = options.Value.PromptsPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        var rules = Read(RulesFile);
        prompts = Enum.GetValues<LlmTask>().ToDictionary(task => task, task => string.Join("\n\n", FilesOf(task).Select(Read).Prepend(rules)));
    }

    public string Folder { get; }

    public string For(LlmTask task) => prompts[task];

    public static IReadOnlyList<string> FilesOf(LlmTask task) => task switch
    {
        LlmTask.SafetyAndRead => [FileOf(LlmTask.Safety), FileOf(LlmTask.Read)],
        _ => [FileOf(task)],
    };

    private static string FileOf(LlmTask task) => $"{task.ToString().ToLowerInvariant()}.md";

    private string Read(string file)
    {
        var path = Path.Combine(Folder, file);
        // A missing prompt is a deployment mistake: fail at start-up, not at a person's first draft.
        return File.Exists(path)
            ? File.ReadAllText(path).Trim()
            : throw new OptionsValidationException(LlmOptions.Section, typeof(LlmOptions), [$"The system prompt {path} is missing ({LlmOptions.Section}:PromptsPath)."]);
    }
}
