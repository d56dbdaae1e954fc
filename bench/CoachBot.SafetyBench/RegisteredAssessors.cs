using System.Diagnostics;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Safety;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.SafetyBench;

/// <summary>What the safety check made of one corpus message, and how long it took.</summary>
public sealed record Reading(CorpusRow Row, ConcernLevel Level, TimeSpan Took);

/// <summary>
/// The safety check as the running bot makes it: the services built by <c>AddCoachBot</c>, every
/// <see cref="ISafetyAssessor"/> they register asked in registration order, the highest level taken, and
/// nothing asked after a crisis, as <see cref="SafetyGuard"/> does. No assessor is named here, so whatever
/// the bot registers is what is measured.
/// </summary>
public sealed class RegisteredAssessors : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ISafetyAssessor[] assessors;

    private RegisteredAssessors(WebApplication app)
    {
        this.app = app;
        assessors = app.Services.GetServices<ISafetyAssessor>().ToArray();
    }

    public static RegisteredAssessors Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.AddCoachBot();
        WithoutModel(builder);
        return new RegisteredAssessors(builder.Build());
    }

    /// <summary>
    /// The bench measures the offline check: no model, whatever the environment or user secrets say
    /// (the settings added last win).
    /// </summary>
    public static void WithoutModel(WebApplicationBuilder builder) =>
        builder.Configuration[$"{LlmOptions.Section}:{nameof(LlmOptions.Provider)}"] = nameof(LlmProvider.None);

    public IReadOnlyList<string> AssessorNames => assessors.Select(assessor => assessor.GetType().Name).ToList();

    /// <summary>Each message on its own, as the first message of a conversation (no recent concern).</summary>
    public async Task<IReadOnlyList<Reading>> ReadAllAsync(IReadOnlyList<CorpusRow> rows, CancellationToken ct)
    {
        var readings = new List<Reading>(rows.Count);
        foreach (var row in rows)
        {
            var started = Stopwatch.GetTimestamp();
            var signal = await AssessAsync(row.Text, ct);
            readings.Add(new Reading(row, signal.Level, Stopwatch.GetElapsedTime(started)));
        }

        return readings;
    }

    /// <summary>Once before measuring, so that loading (a model, compiled patterns) is not counted as a message's time.</summary>
    public async Task<TimeSpan> WarmUpAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await AssessAsync("got a rejection from a bank today, can you help me reply", ct);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Each assessor's own level for each message, in <see cref="AssessorNames"/> order: which layer caught what.</summary>
    public async Task<IReadOnlyList<ConcernLevel[]>> ReadEachAsync(IReadOnlyList<CorpusRow> rows, CancellationToken ct)
    {
        var levels = new List<ConcernLevel[]>(rows.Count);
        foreach (var row in rows)
        {
            var own = new ConcernLevel[assessors.Length];
            for (var i = 0; i < assessors.Length; i++)
            {
                own[i] = (await assessors[i].AssessAsync(row.Text, [], ct)).Level;
            }

            levels.Add(own);
        }

        return levels;
    }

    private async Task<SafetySignal> AssessAsync(string text, CancellationToken ct)
    {
        var signal = SafetySignal.None;
        foreach (var assessor in assessors)
        {
            if (signal.Level == ConcernLevel.Crisis)
            {
                break;
            }

            signal = signal.Max(await assessor.AssessAsync(text, [], ct));
        }

        return signal;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
