using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;

namespace CoachBot.Privacy;

/// <summary>What an erasure removed, to tell the person.</summary>
public sealed record ErasureReport(int Conversations, int Cases, bool SafetyFlag);

/// <summary>
/// A person's data rights: everything kept about them, exported as one JSON document exactly as stored,
/// or erased from every store in one commit and purged from the storage's files.
/// </summary>
public sealed class PersonRecords(IStorage storage, TimeProvider clock)
{
    public async Task<JsonObject> ExportAsync(PersonKeys keys, CancellationToken ct)
    {
        var (profile, profileJson) = await ReadProfileAsync(keys, ct);
        var cases = new JsonArray();
        foreach (var caseKey in profile.CaseKeys)
        {
            if (await ReadNodeAsync(caseKey, ct) is { } finished)
            {
                cases.Add(new JsonObject { ["case"] = finished, ["feelings"] = await ReadNodeAsync(PersonKeys.FeelingsOf(caseKey), ct) });
            }
        }

        var conversations = new JsonArray();
        foreach (var key in ConversationKeys(profile, keys, await storage.ListKeysAsync(keys.ListingsPrefix, ct)))
        {
            if (await ReadNodeAsync(key, ct) is { } conversation)
            {
                conversations.Add(conversation);
            }
        }

        return new JsonObject
        {
            ["exportedAt"] = clock.GetUtcNow(),
            ["about"] = "Everything CoachBot keeps about you, as stored.",
            ["profile"] = profileJson,
            ["conversations"] = conversations,
            ["cases"] = cases,
            ["safety"] = await ReadNodeAsync(keys.Safety, ct),
        };
    }

    /// <summary>Deletes every document about the person, all or none, then purges them from the storage's files.</summary>
    public async Task<ErasureReport> EraseAsync(PersonKeys keys, CancellationToken ct)
    {
        var (profile, _) = await ReadProfileAsync(keys, ct);
        // Everything under the profile's key: cases, their feelings, listings, the crisis flag, and whatever
        // an older version kept there.
        var ownDocuments = await storage.ListKeysAsync(keys.Profile + "/", ct);
        var conversations = ConversationKeys(profile, keys, ownDocuments.Where(key => key.StartsWith(keys.ListingsPrefix, StringComparison.Ordinal)));
        var caseKeys = profile.CaseKeys.Concat(profile.CaseKeys.Select(PersonKeys.FeelingsOf));
        var hadSafetyFlag = await storage.ReadAsync(keys.Safety, ct) is not null;
        var existingConversations = 0;
        foreach (var key in conversations)
        {
            existingConversations += await storage.ReadAsync(key, ct) is null ? 0 : 1;
        }

        var deletions = conversations.Concat(caseKeys).Concat(ownDocuments).Append(keys.Safety).Append(keys.Profile)
            .Distinct(StringComparer.Ordinal)
            .Select(key => new DocumentChange(key, null, null))
            .ToList();
        await storage.WriteAsync(deletions, ct);
        await storage.PurgeAsync(ct);
        return new ErasureReport(existingConversations, profile.CaseKeys.Count, hadSafetyFlag);
    }

    private async Task<(CoachingProfile Profile, JsonNode? Json)> ReadProfileAsync(PersonKeys keys, CancellationToken ct)
    {
        var stored = await storage.ReadAsync(keys.Profile, ct);
        if (stored is null)
        {
            return (new CoachingProfile(), null);
        }

        // A profile this version cannot read fails the request rather than leaving data behind unseen.
        return (JsonSerializer.Deserialize<CoachingProfile>(stored.Json, ActivityJson.Options) ?? new CoachingProfile(), JsonNode.Parse(stored.Json));
    }

    /// <summary>The person's listed conversations, those an older version listed in the profile, and this one.</summary>
    private static List<string> ConversationKeys(CoachingProfile profile, PersonKeys keys, IEnumerable<string> listings) =>
        [.. listings.Select(keys.ConversationOf).Concat(profile.ConversationKeys).Append(keys.Conversation).Distinct(StringComparer.Ordinal)];

    private async Task<JsonNode?> ReadNodeAsync(string key, CancellationToken ct) =>
        await storage.ReadAsync(key, ct) is { } stored ? JsonNode.Parse(stored.Json) : null;
}
