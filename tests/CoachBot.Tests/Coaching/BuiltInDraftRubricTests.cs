using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The rubric applied to every built-in draft of every path: each situation with each goal it offers, at
/// every stage, in every tone, full and short, with and without a contact, a company and a role, and both
/// wordings.
/// </summary>
public class BuiltInDraftRubricTests
{
    private static readonly string?[] Contacts = [null, "Dr. Amara Okafor", "Tom"];

    [Fact]
    public async Task Every_built_in_draft_of_every_path_passes_the_rubric()
    {
        var failures = new List<string>();
        var drafts = 0;
        foreach (var @case in Cases())
        {
            foreach (var goal in StageAdvice.GoalsFor(@case))
            {
                foreach (var tone in Enum.GetValues<DraftTone>())
                {
                    foreach (var isShort in new[] { false, true })
                    {
                        foreach (var variant in new[] { 0, 1 })
                        {
                            var style = new DraftStyle { Tone = tone, Short = isShort, Variant = variant };
                            var request = new DraftRequest(@case, goal, style, "Alex Kim");
                            var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);
                            drafts++;
                            var verdict = DraftRubric.Check(draft, request);
                            if (!verdict.Passed)
                            {
                                failures.Add($"{@case.Situation}/{@case.Stage}/{goal}/{tone}/{(isShort ? "short" : "full")}/v{variant}/{@case.Feeling}/{@case.HeardVia}/{@case.HeardWhen}/{@case.ContactName ?? "-"}/{@case.Company ?? "-"}/{@case.Reason ?? "-"}: {verdict}\n{draft}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(drafts > 500, $"only {drafts} drafts");
        var byCode = failures.GroupBy(failure => failure[(failure.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(':')[0]).Select(group => $"{group.Key}: {group.Count()}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {drafts} drafts failed ({string.Join(", ", byCode)}):\n\n{string.Join("\n\n", failures.DistinctBy(failure => failure.Split('\n')[0].Split(": ")[^1]).Take(12))}");
    }

    /// <summary>
    /// Each path's case told eight ways (every feeling, by e-mail or by phone, heard lately or long ago, begun
    /// on another day), so every wording of every slot the drafter chooses among is drafted and checked.
    /// </summary>
    internal static IEnumerable<RejectionCase> Cases()
    {
        foreach (var @case in BaseCases())
        {
            for (var i = 0; i < WaysToldEach; i++)
            {
                yield return new RejectionCase
                {
                    Company = @case.Company,
                    Role = @case.Role,
                    ContactName = @case.ContactName,
                    Stage = @case.Stage,
                    Situation = @case.Situation,
                    Reason = @case.Reason,
                    HeardVia = @case.HeardVia == HeardVia.NoWord ? HeardVia.NoWord : i % 3 == 1 ? HeardVia.Call : HeardVia.Email,
                    HeardWhen = i % 2 == 0 ? HeardWhen.Today : HeardWhen.EarlierThanThat,
                    Feeling = Enum.GetValues<Feeling>()[i % 6],
                    StartedAt = new DateTimeOffset(2026, 11, 1 + i, 9, 0, 0, TimeSpan.Zero),
                };
            }
        }
    }

    private const int WaysToldEach = 8;

    private static IEnumerable<RejectionCase> BaseCases()
    {
        foreach (var (company, role) in new[] { ("Contoso", "Data Analyst"), ((string?)null, (string?)null) })
        {
            foreach (var contact in Contacts)
            {
                foreach (var stage in Enum.GetValues<RejectionStage>().Cast<RejectionStage?>().Append(null))
                {
                    yield return New(company, role, contact, stage, Situation.Rejected, null);
                    yield return New(company, role, contact, stage, Situation.Rejected, "they went with an internal candidate");
                    if (stage is not (RejectionStage.OfferRescinded or RejectionStage.NegotiationBrokeDown))
                    {
                        var ghosted = New(company, role, contact, stage, Situation.Ghosted, null);
                        ghosted.HeardVia = HeardVia.NoWord;
                        yield return ghosted;
                    }
                }

                yield return New(company, role, contact, RejectionStage.OfferRescinded, Situation.Rejected, "the background check");
                yield return New(company, role, contact, null, Situation.DeclinedOffer, null);
                yield return New(company, role, contact, null, Situation.DeclinedOffer, "I accepted another offer closer to home");
                yield return New(company, role, contact, null, Situation.DeclinedOffer, "the pay is kinda low tbh");
                yield return New(company, role, contact, null, Situation.DeclinedOffer, "my gut says no and I can't explain it");
            }
        }
    }

    private static RejectionCase New(string? company, string? role, string? contact, RejectionStage? stage, Situation situation, string? reason) =>
        new() { Company = company, Role = role, ContactName = contact, Stage = stage, Situation = situation, Reason = reason, HeardVia = HeardVia.Email };
}
