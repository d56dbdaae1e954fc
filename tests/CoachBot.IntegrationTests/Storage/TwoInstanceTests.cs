using CoachBot.Coaching;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Http;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// Two CoachBot processes on one PostgreSQL database, as behind a load balancer without session
/// affinity: one conversation's messages reach both, and one instance dies under load.
/// </summary>
public sealed class TwoInstanceTests
{
    // "1" answers each of the intake's next five questions: it cannot be a company or a role, so each is
    // asked once more and then left out; at the stage question it is the first button.
    private static readonly string[] NextQuestions =
        [IntakeDialog.CompanyAgainPrompt, IntakeDialog.RolePrompt, IntakeDialog.RoleAgainPrompt, IntakeDialog.StagePrompt, IntakeDialog.HeardViaPrompt];

    [PostgresFact]
    public async Task Messages_of_one_conversation_sent_to_alternate_instances_are_answered_in_order_each_reading_what_the_other_saved()
    {
        var database = TestPostgres.NewSchema();
        await using var a = await BotProcess.StartAsync(database);
        await using var b = await BotProcess.StartAsync(database);
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var viaA = new ChannelUser(clientA);
        var viaB = new ChannelUser(clientB) { ConversationId = viaA.ConversationId, UserId = viaA.UserId };
        await viaA.SendAsync(viaA.Joined());

        var questions = new List<string?>();
        for (var i = 0; i < NextQuestions.Length; i++)
        {
            questions.Add((await (i % 2 == 0 ? viaB : viaA).SayAsync("1")).Question?.Text);
        }

        Assert.Equal(NextQuestions, questions);
        // One write per turn: the greeting and five answers, none lost or written twice.
        Assert.Equal(6, StoredRows.Conversation(database, viaA.ConversationId).Version);
    }

    [PostgresFact]
    public async Task Simultaneous_messages_of_one_conversation_at_two_instances_run_one_at_a_time_and_lose_nothing()
    {
        var database = TestPostgres.NewSchema();
        await using var a = await BotProcess.StartAsync(database);
        await using var b = await BotProcess.StartAsync(database);
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var viaA = new ChannelUser(clientA);
        var viaB = new ChannelUser(clientB) { ConversationId = viaA.ConversationId, UserId = viaA.UserId };
        await viaA.SendAsync(viaA.Joined());

        var turns = await Task.WhenAll(Enumerable.Range(0, NextQuestions.Length).Select(i => (i % 2 == 0 ? viaA : viaB).SayAsync("1")));

        Assert.All(turns, turn => Assert.DoesNotContain(TurnRunner.ErrorMessage, turn.Texts));
        // Each turn read what the one before it saved, whichever instance ran it, so each asked the next question.
        Assert.Equal(NextQuestions.Order(), turns.Select(turn => turn.Question?.Text).Order());
        Assert.Equal(6, StoredRows.Conversation(database, viaA.ConversationId).Version);
    }

    [PostgresFact]
    public async Task Killing_one_instance_mid_load_loses_no_acknowledged_turn()
    {
        const int Conversations = 12;
        const int KillAfterAcknowledged = 25;
        var database = TestPostgres.NewSchema();
        var a = await BotProcess.StartAsync(database);
        await using var b = await BotProcess.StartAsync(database);
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        var acknowledged = 0;
        var killed = new TaskCompletionSource();

        async Task<(string ConversationId, int Acknowledged)> ConverseAsync()
        {
            var viaA = new ChannelUser(clientA);
            var viaB = new ChannelUser(clientB) { ConversationId = viaA.ConversationId, UserId = viaA.UserId };
            var mine = 0;
            var aIsDown = false;
            for (var turn = 0; turn <= NextQuestions.Length; turn++)
            {
                // Alternate between the instances, as a balancer without affinity would; once A is down, B only.
                var user = turn % 2 == 0 && !aIsDown ? viaA : viaB;
                try
                {
                    await (turn == 0 ? user.SendAsync(user.Joined()) : user.SayAsync("1"));
                }
                catch (Exception exception) when (user == viaA && exception is HttpRequestException or Xunit.Sdk.XunitException)
                {
                    // Not acknowledged: the channel would send it again; this person sends the next answer instead.
                    aIsDown = true;
                    continue;
                }

                mine++;
                if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                {
                    await a.KillAsync();
                    killed.SetResult();
                }
            }

            return (viaA.ConversationId, mine);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => Task.Run(ConverseAsync)));
        await a.DisposeAsync();

        Assert.True(killed.Task.IsCompleted, "Instance A was never killed, so the test proves nothing.");
        Assert.All(results, result =>
        {
            var version = StoredRows.Conversation(database, result.ConversationId).Version;
            // Every acknowledged turn is stored; at most the one A was running when it died is stored unacknowledged.
            Assert.InRange(version, result.Acknowledged, result.Acknowledged + 1);
        });
    }
}
