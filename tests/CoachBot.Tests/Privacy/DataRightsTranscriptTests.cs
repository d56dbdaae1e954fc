using System.Text.Json;
using CoachBot.Coaching;
using CoachBot.Privacy;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Privacy;

public sealed class DataRightsTranscriptTests
{
    [Fact]
    public async Task Delete_my_data_asks_first_then_removes_everything_about_the_person_in_every_conversation()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.FinishCase(new IntakeAnswers { Company = "Quokkasoft", Reason = "They wanted more SQL" });
        var first = chat.ConversationId;
        chat.ConversationId = $"conversation-{Guid.NewGuid():N}";
        await chat.ReachQuestion(IntakeDialog.RolePrompt);
        await chat.Say("I want to hurt myself");
        Assert.Contains(storage.Keys, key => key.Contains(first, StringComparison.Ordinal));

        (await chat.Say("delete my data")).Asks(DataRights.ErasurePrompt, DataRights.EraseYes, DataRights.EraseNo);
        (await chat.Say(DataRights.EraseYes))
            .Says("Done. I deleted our 2 conversations, the rejection we worked through, with its draft and follow-ups, your safety notes and your profile.");

        Assert.Empty(storage.Keys);
        (await chat.Say("hi")).Says("Hi, I'm CoachBot").Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("history")).Says(History.NoHistory);
    }

    [Fact]
    public async Task Many_conversations_leave_the_profile_as_small_as_one_and_delete_my_data_still_reaches_each()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.FinishCase();
        var profileKey = PersonKeys.For(chat.ChannelId, chat.UserId, chat.ConversationId).Profile;
        var profileAfterOne = (await storage.ReadAsync(profileKey, CancellationToken.None))!.Json;
        for (var i = 0; i < 12; i++)
        {
            chat.ConversationId = $"conversation-{i}";
            await chat.ReachQuestion(IntakeDialog.RolePrompt);
        }

        // Starting a conversation lists it in a small document of its own, not in the growing profile.
        Assert.Equal(profileAfterOne.Length, (await storage.ReadAsync(profileKey, CancellationToken.None))!.Json.Length);
        Assert.Equal(13, storage.Keys.Count(key => key.StartsWith("conversation/", StringComparison.Ordinal)));

        await chat.Say("delete my data");
        (await chat.Say(DataRights.EraseYes)).Says("I deleted our 13 conversations");
        Assert.Empty(storage.Keys);
    }

    [Fact]
    public async Task Delete_my_data_answered_no_keeps_everything_and_asks_the_question_again()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.FinishCase();
        await chat.ReachQuestion(IntakeDialog.StagePrompt);
        var kept = storage.Keys.Order().ToList();

        await chat.Say("forget me");
        (await chat.Say(DataRights.EraseNo)).Says(DataRights.ErasureKept).Asks(IntakeDialog.StagePrompt);

        Assert.Equal(kept, storage.Keys.Order());
        Assert.Single(await chat.History());
    }

    [Fact]
    public async Task Anything_but_a_clear_yes_deletes_nothing_and_is_read_as_usual()
    {
        var storage = new MemoryStorage();
        await using var chat = TestConversation.Start(storage);
        await chat.ReachQuestion(IntakeDialog.StagePrompt);
        await chat.Say("delete my data");

        (await chat.Say("Final round")).Says(DataRights.ErasureKept).Asks(IntakeDialog.HeardViaPrompt);
    }

    [Fact]
    public async Task Export_my_data_gives_everything_kept_as_one_json_document()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase(new IntakeAnswers { Company = "Quokkasoft", Reason = "They wanted more SQL" });
        await chat.ReachQuestion(IntakeDialog.RolePrompt);

        var replies = (await chat.Say("export my data")).Says(DataRights.ExportIntro).Asks(IntakeDialog.RolePrompt);

        var file = Assert.Single(replies.Activities.SelectMany(activity => activity.Attachments ?? []));
        Assert.Equal(DataRights.ExportContentType, file.ContentType);
        Assert.Equal(DataRights.ExportFileName, file.Name);
        var export = file.Content!.Value;
        var finished = Assert.Single(export.GetProperty("cases").EnumerateArray());
        Assert.Equal("Quokkasoft", finished.GetProperty("case").GetProperty("company").GetString());
        Assert.Equal("They wanted more SQL", finished.GetProperty("case").GetProperty("reason").GetString());
        Assert.Contains("Quokkasoft", finished.GetProperty("case").GetProperty("draft").GetString(), StringComparison.Ordinal);
        Assert.Equal("disappointed", finished.GetProperty("feelings").GetProperty("feeling").GetString());
        Assert.Equal(JsonValueKind.Array, export.GetProperty("conversations").EnumerateArray().Single().GetProperty("dialogStack").ValueKind);
        Assert.Equal(chat.UserId, export.GetProperty("conversations")[0].GetProperty("reference").GetProperty("userId").GetString());
    }
}
