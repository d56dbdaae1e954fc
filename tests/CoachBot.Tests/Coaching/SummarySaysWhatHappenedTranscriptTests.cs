using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The summary says what was read of an offer that went wrong ("they withdrew the offer", "the offer talks broke
/// down"), not a stage name ("offer stage"), so a person whose story was misread sees it and corrects it.
/// </summary>
public class SummarySaysWhatHappenedTranscriptTests
{
    [Fact]
    public async Task A_withdrawn_offer_is_summarised_as_withdrawn()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.Say("Kestrel Foods withdrew my offer for the Junior Buyer role by email today because of a hiring freeze. The recruiter was Dana Reyes.");

        summary.Says($"{IntakeDialog.SummaryIntro} Kestrel Foods, Junior Buyer, they withdrew the offer, heard by e-mail today")
            .DoesNotSay("offer stage");
    }

    [Fact]
    public async Task Talks_that_broke_down_are_summarised_as_broken_down()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.Say("Halden Bank offered me the Credit Analyst job, I asked for 40k and on a call yesterday the recruiter Omar Price said 36k is the max, take it or leave it.");

        summary.Says($"{IntakeDialog.SummaryIntro} Halden Bank, Credit Analyst, the offer talks broke down, heard by phone yesterday")
            .DoesNotSay("negotiation stage");
    }
}
