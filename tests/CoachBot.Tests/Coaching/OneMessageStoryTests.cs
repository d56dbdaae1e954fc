using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// One message, in the many ways people write: each story must yield its facts, and the bot then asks
/// only what the story left out.
/// </summary>
public class OneMessageStoryTests
{
    public sealed record Story(
        string Text,
        string? Company = null,
        string? Role = null,
        RejectionStage? Stage = null,
        HeardVia? Via = null,
        HeardWhen? When = null,
        Situation? Situation = null,
        string? Reason = null,
        string? Contact = null)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    public static TheoryData<Story> Stories { get; } = new()
    {
        // Several details at once, as the example.
        new("Contoso rejected me for the data analyst role after the final round, found out by email this morning",
            Company: "Contoso", Role: "Data Analyst", Stage: RejectionStage.FinalRound, Via: HeardVia.Email, When: HeardWhen.Today, Situation: Situation.Rejected),
        new("Fabrikam turned me down for the Software Engineer position after the phone screen. They called me yesterday.",
            Company: "Fabrikam", Role: "Software Engineer", Stage: RejectionStage.ScreeningCall, Via: HeardVia.Call, When: HeardWhen.Yesterday, Situation: Situation.Rejected),
        new("got rejected by Northwind for the marketing intern role",
            Company: "Northwind", Role: "Marketing Intern", Situation: Situation.Rejected),
        new("Tailspin Toys rescinded my offer for the UX Designer role today because of the background check",
            Company: "Tailspin Toys", Role: "UX Designer", Stage: RejectionStage.OfferRescinded, When: HeardWhen.Today, Reason: "background check"),
        new("Litware ghosted me after the final interview two weeks ago",
            Company: "Litware", Stage: RejectionStage.FinalRound, Via: HeardVia.NoWord, When: HeardWhen.EarlierThanThat, Situation: Situation.Ghosted),
        new("I declined the offer from Adventure Works for the Project Manager role",
            Company: "Adventure Works", Role: "Project Manager", Situation: Situation.DeclinedOffer),
        // Terse.
        new("rejected. contoso. final round.", Stage: RejectionStage.FinalRound, Situation: Situation.Rejected),
        new("final round, email, today", Stage: RejectionStage.FinalRound, Via: HeardVia.Email, When: HeardWhen.Today),
        new("phone screen, by phone, yesterday", Stage: RejectionStage.ScreeningCall, Via: HeardVia.Call, When: HeardWhen.Yesterday),
        new("ghosted", Via: HeardVia.NoWord, Situation: Situation.Ghosted),
        new("offer rescinded", Stage: RejectionStage.OfferRescinded),
        new("just applied, got an email", Stage: RejectionStage.Application, Via: HeardVia.Email),
        // Lower case, no punctuation.
        new("contoso said no to me for the data analyst job they emailed me this morning",
            Company: "Contoso", Role: "Data Analyst", Via: HeardVia.Email, When: HeardWhen.Today),
        new("i got rejected from northwind after the onsite last week",
            Company: "Northwind", Stage: RejectionStage.FinalRound, When: HeardWhen.EarlierThanThat, Situation: Situation.Rejected),
        new("rejection from fabrikam for the junior developer position, heard by mail a few days ago",
            Company: "Fabrikam", Role: "Junior Developer", Via: HeardVia.Email, When: HeardWhen.ThisWeek, Situation: Situation.Rejected),
        new("never heard back from wingtip after my interview",
            Company: "Wingtip", Stage: RejectionStage.Interview, Via: HeardVia.NoWord, Situation: Situation.Ghosted),
        // Typos.
        new("I had the finla round interview at Contoso and they emialed me today",
            Company: "Contoso", Stage: RejectionStage.FinalRound, Via: HeardVia.Email, When: HeardWhen.Today),
        new("got rejectd after the intervew, they called me yesterday",
            Stage: RejectionStage.Interview, Via: HeardVia.Call, When: HeardWhen.Yesterday),
        new("scrreening call with Fabrikam went nowhere, email this mornign",
            Company: "Fabrikam", Stage: RejectionStage.ScreeningCall, Via: HeardVia.Email, When: HeardWhen.Today),
        new("the offer was rescnded, yesterdy", Stage: RejectionStage.OfferRescinded, When: HeardWhen.Yesterday),
        // Rambling.
        new("So I've been applying for months and finally got to the last round at Northwind Traders for a Business Analyst role, and honestly I thought it went great, but then this morning I got an email saying they went with an internal candidate. I'm gutted.",
            Company: "Northwind Traders", Role: "Business Analyst", Stage: RejectionStage.FinalRound, Via: HeardVia.Email, When: HeardWhen.Today, Reason: "internal candidate"),
        new("ok so basically I interviewed with Contoso twice for the Data Engineer position, the recruiter called me yesterday and said they wanted someone with more experience, which is frustrating because I have been doing this for a while",
            Company: "Contoso", Role: "Data Engineer", Stage: RejectionStage.Interview, Via: HeardVia.Call, When: HeardWhen.Yesterday, Reason: "more experience"),
        new("It's been three weeks since my final interview with Litware for the Product Designer role and I haven't heard anything at all, not even a no",
            Company: "Litware", Role: "Product Designer", Stage: RejectionStage.FinalRound, Via: HeardVia.NoWord, When: HeardWhen.EarlierThanThat, Situation: Situation.Ghosted),
        new("I got an offer from Proseware for the Sales Associate role but I accepted another offer, so I need to decline it nicely",
            Company: "Proseware", Role: "Sales Associate", Situation: Situation.DeclinedOffer),
        new("Long story. Negotiation with Fabrikam broke down over salary last week for the Account Manager position.",
            Company: "Fabrikam", Role: "Account Manager", Stage: RejectionStage.NegotiationBrokeDown, When: HeardWhen.EarlierThanThat, Reason: "salary"),
        // Contact names.
        new("Contoso rejected me after the final round, the recruiter was Tom",
            Company: "Contoso", Stage: RejectionStage.FinalRound, Contact: "Tom"),
        new("Northwind passed on me after the interview. My interviewer was Dr. Amara Okafor.",
            Company: "Northwind", Stage: RejectionStage.Interview, Contact: "Dr. Amara Okafor"),
        new("got a call from Fabrikam today, not moving forward. her name is priya shah",
            Company: "Fabrikam", Via: HeardVia.Call, When: HeardWhen.Today, Contact: "Priya Shah", Situation: Situation.Rejected),
        // Reasons.
        new("Contoso rejected me because they had a hiring freeze", Company: "Contoso", Reason: "hiring freeze", Situation: Situation.Rejected),
        new("they said the position was filled internally", Reason: "filled internally"),
        new("rejected after the final round due to salary expectations", Stage: RejectionStage.FinalRound, Reason: "salary expectations"),
        new("Tailspin pulled the offer after the background check came back",
            Company: "Tailspin", Stage: RejectionStage.OfferRescinded, Reason: "background check"),
        // Ghosted in other words.
        new("no response from Adventure Works since I applied a month ago",
            Company: "Adventure Works", Stage: RejectionStage.Application, Via: HeardVia.NoWord, When: HeardWhen.EarlierThanThat, Situation: Situation.Ghosted),
        new("radio silence from contoso after the second round", Company: "Contoso", Stage: RejectionStage.Interview, Via: HeardVia.NoWord, Situation: Situation.Ghosted),
        new("still waiting to hear from Northwind after the onsite, it's been ages",
            Company: "Northwind", Stage: RejectionStage.FinalRound, Via: HeardVia.NoWord, Situation: Situation.Ghosted),
        // Declined in other words.
        new("I'm turning down the offer from Contoso", Company: "Contoso", Situation: Situation.DeclinedOffer),
        new("I want to decline the Data Scientist offer from Fabrikam", Company: "Fabrikam", Situation: Situation.DeclinedOffer),
        // Nothing in it.
        new("hi"),
        new("hello there"),
        new("ugh, this is awful"),
        new("I don't know where to start"),
        new("🙃😞"),
        new("can we talk"),
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task A_story_yields_its_facts(Story story)
    {
        var read = await new BuiltInMessageReader().ReadAsync(story.Text, CancellationToken.None);

        Assert.Equal(story.Company, read.Company);
        Assert.Equal(story.Role, read.Role);
        Assert.Equal(story.Stage, read.Stage);
        Assert.Equal(story.Via, read.HeardVia);
        Assert.Equal(story.When, read.HeardWhen);
        Assert.Equal(story.Contact, read.ContactName);
        if (story.Situation is not null)
        {
            Assert.Equal(story.Situation, read.Situation);
        }

        if (story.Reason is null)
        {
            Assert.True(read.Reason is null || story.Situation is null, $"reason \"{read.Reason}\"");
        }
        else
        {
            Assert.Contains(story.Reason, read.Reason ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task As_the_first_message_a_story_is_read_and_only_what_it_left_out_is_asked(Story story)
    {
        await using var chat = TestConversation.Start();
        var replies = await chat.Say(story.Text);
        var asked = new List<string>();
        for (var turns = 0; turns < 12 && !replies.Activities[^1].Text!.StartsWith(IntakeDialog.SummaryIntro, StringComparison.Ordinal); turns++)
        {
            var question = replies.Activities[^1].Text!;
            asked.Add(question);
            replies = await chat.Say(replies.Buttons.Count > 0 ? replies.Buttons[0] : question.StartsWith("Which company", StringComparison.Ordinal) ? "Contoso" : "Data Analyst");
        }

        var summary = replies.Activities[^1].Text!;
        if (story.Company is { } company)
        {
            Assert.DoesNotContain(asked, question => question.StartsWith("Which company", StringComparison.Ordinal));
            Assert.StartsWith($"{IntakeDialog.SummaryIntro} {company},", summary, StringComparison.Ordinal);
        }

        if (story.Role is { } role)
        {
            Assert.DoesNotContain(IntakeDialog.RolePrompt, asked);
            Assert.Contains($", {role},", summary, StringComparison.Ordinal);
        }

        if (story.Stage is not null)
        {
            Assert.DoesNotContain(IntakeDialog.StagePrompt, asked);
        }

        if (story.Via is not null)
        {
            Assert.DoesNotContain(IntakeDialog.HeardViaPrompt, asked);
        }

        if (story.When is not null)
        {
            Assert.DoesNotContain(asked, question => question is IntakeDialog.HeardWhenPrompt or IntakeDialog.LastHeardWhenPrompt);
        }

        if (story.Contact is { } contact)
        {
            Assert.DoesNotContain(IntakeDialog.ContactPrompt, asked);
            Assert.Contains($"contact: {contact}", summary, StringComparison.Ordinal);
        }

        // Nothing the person wrote is kept verbatim as a name: the whole story never shows up as the company or role.
        Assert.DoesNotContain($"{IntakeDialog.SummaryIntro} {story.Text}", summary, StringComparison.Ordinal);
    }
}
