namespace CoachBot.Tests.Coaching.Scenarios;

public sealed class DraftDumpTests
{
    [Fact]
    public async Task DumpUnit()
    {
        var lines = new List<string>();
        foreach (var goal in Enum.GetValues<CoachBot.Coaching.ReplyGoal>())
        {
            foreach (var stage in Enum.GetValues<CoachBot.Coaching.RejectionStage>())
            {
                foreach (var tone in Enum.GetValues<CoachBot.Coaching.DraftTone>())
                {
                    foreach (var isShort in new[] { false, true })
                    {
                        var @case = new CoachBot.Coaching.RejectionCase { Company = "Contoso", Role = "Data Analyst Intern", Stage = stage, ContactName = "Jordan Lee" };
                        var style = new CoachBot.Coaching.DraftStyle { Tone = tone, Short = isShort };
                        var text = await new CoachBot.Coaching.Drafting.BuiltInDrafter().DraftAsync(new CoachBot.Coaching.Drafting.DraftRequest(@case, goal, style, "Alex Kim"), CancellationToken.None);
                        lines.Add($"=== {goal} {stage} {tone} short={isShort} words={text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length}");
                        lines.Add(text);
                    }
                }
            }
        }

        await File.WriteAllLinesAsync("/tmp/19d3/unit.txt", lines);
    }

    [Fact]
    public async Task Dump()
    {
        var lines = new List<string>();
        var drafts = new List<StoryDraft>();
        foreach (var scenario in ScenarioStories.All)
        {
            var result = await ScenarioWalk.RunAsync(scenario);
            foreach (var draft in result.Drafts.Distinct(StringComparer.Ordinal))
            {
                drafts.Add(StoryDraft.Of(scenario.Name, draft, result.Case, result.Case.SignatureName));
                lines.Add($"=== {scenario.Name} | {result.Case.Situation} {result.Case.Stage} {result.Case.Feeling} {result.Case.Goal} via={result.Case.HeardVia} when={result.Case.HeardWhen} reason={result.Case.Reason} | words={draft.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length} | {ScenarioWalk.Check(result.Case, draft)}");
                lines.Add(draft);
            }
        }

        lines.Add("=== SHARED");
        lines.AddRange(SharedRuns.Find(drafts));
        await File.WriteAllLinesAsync("/tmp/19d3/drafts.txt", lines);
    }
}
