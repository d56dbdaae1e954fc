using System.Net;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// The bot on a real, small volume that fills up: it stops writing cleanly, says so plainly and only
/// that, /healthz says so too; once space is freed it carries on without a restart, with nothing said
/// before lost; and it shuts down cleanly on a full disk.
/// </summary>
public sealed class DiskFullTests
{
    private const int VolumeMegabytes = 24;
    private const int MinFreeMegabytes = 2;
    private const int MaxLoadTurns = 20_000;

    [VolumeFact]
    public async Task A_full_disk_stops_writes_cleanly_and_the_bot_recovers_without_a_restart_then_shuts_down_cleanly()
    {
        using var volume = ScratchVolume.Mount(VolumeMegabytes);
        var databasePath = Path.Combine(volume.Path, "data", "coachbot.db");
        var server = await CoachBotServer.StartAsync(databasePath: databasePath, settings: new Dictionary<string, string?>
        {
            ["CoachBot:Storage:Sqlite:MinFreeMegabytes"] = MinFreeMegabytes.ToString(),
            ["CoachBot:RateLimits:ClientBurst"] = "0",
        });
        var disposed = false;
        try
        {
            using var client = server.CreateClient();
            var person = new ChannelUser(client);
            Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await person.SendAsync(person.Joined())).Question?.Text);

            // Load until the bot refuses to write: other people start conversations, on what little space is left.
            var filler = volume.Fill(leaveFree: (MinFreeMegabytes + 1) * 1024L * 1024);
            var answered = 0;
            Turn? refused = null;
            while (refused is null && answered < MaxLoadTurns)
            {
                var other = new ChannelUser(client);
                var turn = await other.SendAsync(other.Joined());
                if (turn.Texts.Contains(TurnRunner.StorageUnavailableMessage))
                {
                    refused = turn;
                }

                answered++;
            }

            Assert.NotNull(refused);
            Assert.Equal([TurnRunner.StorageUnavailableMessage], refused.Texts);
            var asFull = await person.SayAsync(CoachingPlayer.Company);
            Assert.Equal([TurnRunner.StorageUnavailableMessage], asFull.Texts);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
            Assert.True(volume.FreeBytes > 0, "The bot stopped before the disk was full.");

            // Space is freed: the next request finds it, no restart.
            File.Delete(filler);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(IntakeDialog.RolePrompt, (await person.SayAsync(CoachingPlayer.Company)).Question?.Text);

            // Full to the last byte, from outside: writes fail, the person is told, and the bot still stops cleanly.
            volume.Fill(leaveFree: 0, name: "filler-2");
            Assert.Equal([TurnRunner.StorageUnavailableMessage], (await person.SayAsync(CoachingPlayer.Role)).Texts);
            await server.DisposeAsync();
            disposed = true;
            File.Delete(Path.Combine(volume.Path, "filler-2"));

            // What was said before the disk filled is all there.
            using var reopened = new SqliteStorage(databasePath);
            var conversation = await reopened.ReadAsync($"conversation/msteams/{person.ConversationId}", CancellationToken.None);
            Assert.NotNull(conversation);
            Assert.Contains(CoachingPlayer.Company, conversation.Json, StringComparison.Ordinal);
            Assert.True(new FileInfo(databasePath + "-wal").Length < VolumeMegabytes * 1024L * 1024);
        }
        finally
        {
            if (!disposed)
            {
                await server.DisposeAsync();
            }
        }
    }
}
