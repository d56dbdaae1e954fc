using CoachBot.Hosting;
using CoachBot.Memory;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Memory;

/// <summary>
/// The C heap's freed pages go back to the system every second (bench/README.md, "Memory": glibc kept
/// 40–50 MiB of freed native buffers resident under load), on the host's clock, and not at all when an
/// operator turns it off.
/// </summary>
public sealed class NativeHeapTrimmerTests
{
    [Fact]
    public async Task The_native_heap_is_trimmed_every_second_by_default()
    {
        var clock = new FakeTimeProvider();
        var trims = 0;
        using var trimmer = new NativeHeapTrimmer(clock, Options.Create(new MemoryOptions()), () => Interlocked.Increment(ref trims));
        await trimmer.StartAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, Volatile.Read(ref trims));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => Volatile.Read(ref trims) == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => Volatile.Read(ref trims) == 2);

        await trimmer.StopAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Volatile.Read(ref trims));
    }

    [Fact]
    public async Task A_zero_interval_turns_trimming_off()
    {
        var clock = new FakeTimeProvider();
        var trims = 0;
        using var trimmer = new NativeHeapTrimmer(clock, Options.Create(new MemoryOptions { NativeHeapTrimInterval = TimeSpan.Zero }), () => Interlocked.Increment(ref trims));
        await trimmer.StartAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(1));

        // It has nothing to wait for: its work (run on the thread pool) ends without a trim.
        await trimmer.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, trims);
    }

    [Fact]
    public async Task The_app_trims_on_its_configured_interval()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.AddCoachBot();
        builder.Configuration[$"{MemoryOptions.Section}:NativeHeapTrimInterval"] = "00:00:05";
        await using var app = builder.Build();

        var trimmer = Assert.Single(app.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>());
        Assert.Equal(TimeSpan.FromSeconds(5), trimmer.Interval);
    }

    /// <summary>The trim runs after the fake clock's tick, on the thread pool; this yields until it did, without sleeping.</summary>
    private static async Task WaitUntil(Func<bool> done)
    {
        for (var i = 0; i < 100_000 && !done(); i++)
        {
            await Task.Yield();
        }

        Assert.True(done());
    }
}
