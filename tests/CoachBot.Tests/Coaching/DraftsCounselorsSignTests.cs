using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Drafts a counselor would sign off (issue 19, "Situations and drafts"): a withdrawn offer is not thanked
/// for, nothing is presumed, only the stage the person reached is named, and two cases rarely share a
/// sentence. The rubric checks each of these, so a model's draft is held to them too.
/// </summary>
public sealed class DraftsCounselorsSignTests
{
    private static readonly BuiltInDrafter Drafter = new();

    private static RejectionCase Case(RejectionStage? stage, string company = "Kestrel Outfitters", string role = "Buyer", string? reason = null,
        Feeling? feeling = null, Situation? situation = null, HeardVia via = HeardVia.Email) =>
        new() { Company = company, Role = role, Stage = stage, Reason = reason, Feeling = feeling, Situation = situation, HeardVia = via, HeardWhen = HeardWhen.Today };

    private static async Task<(string Draft, RubricVerdict Verdict)> Draft(RejectionCase @case, ReplyGoal goal, DraftTone tone = DraftTone.Neutral, bool isShort = false, int variant = 0)
    {
        var style = new DraftStyle { Tone = tone, Short = isShort, Variant = variant };
        var request = new DraftRequest(@case, goal, style, "Jun Park");
        var draft = await Drafter.DraftAsync(request, CancellationToken.None);
        return (draft, DraftRubric.Check(draft, request));
    }

    public static TheoryData<ReplyGoal, DraftTone, bool, int> RescindedDrafts()
    {
        var data = new TheoryData<ReplyGoal, DraftTone, bool, int>();
        foreach (var goal in new[] { ReplyGoal.AskAboutRescindedOffer, ReplyGoal.ThankAndStayConnected })
        {
            foreach (var tone in Enum.GetValues<DraftTone>())
            {
                foreach (var isShort in new[] { false, true })
                {
                    foreach (var variant in new[] { 0, 1 })
                    {
                        data.Add(goal, tone, isShort, variant);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RescindedDrafts))]
    public async Task A_rescinded_offer_is_never_thanked_for_and_thanks_come_at_most_twice(ReplyGoal goal, DraftTone tone, bool isShort, int variant)
    {
        var (draft, verdict) = await Draft(Case(RejectionStage.OfferRescinded), goal, tone, isShort, variant);

        Assert.True(verdict.Passed, $"{verdict}\n{draft}");
        Assert.DoesNotContain("for the offer", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("let me know about the change", draft, StringComparison.Ordinal);
        Assert.InRange(System.Text.RegularExpressions.Regex.Matches(draft, @"\b(?:[Tt]hank|grateful|appreciat)").Count, 1, 2);
    }

    [Theory]
    [MemberData(nameof(RescindedDrafts))]
    public async Task A_background_check_reason_is_neither_asked_for_again_nor_presumed_wrong(ReplyGoal goal, DraftTone tone, bool isShort, int variant)
    {
        var (draft, verdict) = await Draft(Case(RejectionStage.OfferRescinded, reason: "the background check"), goal, tone, isShort, variant);

        Assert.True(verdict.Passed, $"{verdict}\n{draft}");
        Assert.DoesNotContain("incomplete", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("out of date", draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dear Kestrel Outfitters hiring team,\n\nThank you for the offer for the Buyer role at Kestrel Outfitters. It was kind of you to let me know about the change.\n\nCould we talk about the offer on a short call?\n\nBest regards,", "thanks-for-rescinded")]
    [InlineData("Dear Kestrel Outfitters hiring team,\n\nI was sorry to learn the offer for the Buyer role at Kestrel Outfitters was withdrawn. Could you send me the background check report? Some details may be incomplete or out of date. A short call about the offer would help.\n\nBest regards,", "presumes")]
    public void The_rubric_fails_what_a_counselor_would_strike_for_a_rescinded_offer(string draft, string code)
    {
        var request = new DraftRequest(Case(RejectionStage.OfferRescinded, reason: "the background check"), ReplyGoal.AskAboutRescindedOffer, new DraftStyle(), null);

        Assert.Contains(DraftRubric.Check(draft, request).Failures, failure => failure.StartsWith(code + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RejectionStage.FinalRound, "Thank you for considering my application for the Buyer role at Kestrel Outfitters and for the time spent reviewing it.")]
    [InlineData(RejectionStage.ScreeningCall, "Thank you for the final-round interviews for the Buyer role at Kestrel Outfitters.")]
    [InlineData(RejectionStage.Interview, "Thank you for the offer for the Buyer role at Kestrel Outfitters.")]
    public void The_rubric_fails_a_stage_the_person_never_said(RejectionStage stage, string opening)
    {
        var draft = $"Dear Kestrel Outfitters hiring team,\n\n{opening} I hope we can stay in touch about future openings.\n\nBest regards,";
        var request = new DraftRequest(Case(stage), ReplyGoal.ThankAndStayConnected, new DraftStyle(), null);

        Assert.Contains(DraftRubric.Check(draft, request).Failures, failure => failure.StartsWith("unsaid-stage:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("both Kestrel Outfitters", null)]
    [InlineData("Kestrel Outfitters", "sign it as Maya")]
    public void The_rubric_fails_a_field_that_is_not_a_name(string company, string? signature)
    {
        var @case = Case(RejectionStage.Interview, company: company);
        var draft = $"Dear {company} hiring team,\n\nThank you for the interviews for the Buyer role at {company}. I hope we can stay in touch about future openings.\n\nBest regards,\n{signature ?? "Jun"}";
        var request = new DraftRequest(@case, ReplyGoal.ThankAndStayConnected, new DraftStyle(), signature);

        Assert.Contains(DraftRubric.Check(draft, request).Failures, failure => failure.StartsWith("unshaped-field:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Application_stage_drafts_alone_thank_for_reviewing_the_application()
    {
        foreach (var stage in Enum.GetValues<RejectionStage>().Where(stage => stage != RejectionStage.Application))
        {
            var (draft, verdict) = await Draft(Case(stage), StageAdvice.GoalsFor(stage)[0]);
            Assert.True(verdict.Passed, $"{stage}: {verdict}\n{draft}");
            Assert.DoesNotContain("reviewing", draft, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cases_that_differ_share_no_long_sentence()
    {
        var cases = new[]
        {
            Case(RejectionStage.Interview, "Kestrel Outfitters", "Buyer", feeling: Feeling.Disappointed),
            Case(RejectionStage.Interview, "Harbor Freightways", "Logistics Analyst", feeling: Feeling.Frustrated),
            Case(RejectionStage.FinalRound, "Lakeshore Labs", "QA Engineer", feeling: Feeling.DoubtingMyself, via: HeardVia.Call),
            Case(RejectionStage.Application, "Pinecrest Bank", "Teller", feeling: Feeling.Relieved),
            Case(RejectionStage.ScreeningCall, "Orchid Media", "Content Writer", feeling: Feeling.Angry, reason: "they went with an internal candidate"),
        };
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Length; i++)
        {
            foreach (var goal in new[] { ReplyGoal.ThankAndStayConnected, ReplyGoal.AskForFeedback })
            {
                var (draft, verdict) = await Draft(cases[i], goal);
                Assert.True(verdict.Passed, $"{verdict}\n{draft}");
                foreach (var sentence in Scenarios.ScenarioWalk.BodySentences(draft).Where(sentence => Scenarios.ScenarioWalk.WordCount(sentence) > 10))
                {
                    Assert.False(seen.TryGetValue(sentence, out var other) && other != i, $"shared: {sentence}");
                    seen.TryAdd(sentence, i);
                }
            }
        }
    }
}
