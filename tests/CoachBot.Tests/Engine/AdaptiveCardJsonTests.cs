using System.Text.Json;
using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Privacy;

namespace CoachBot.Tests.Engine;

/// <summary>
/// The Adaptive Cards the Bot Framework channels receive, byte for byte as the serializer wrote them when
/// they were built as JSON nodes: property order, escaping (an apostrophe, markup, a dash, a letter beyond
/// ASCII) and the fallback text's paragraphs.
/// </summary>
public class AdaptiveCardJsonTests
{
    [Fact]
    public void A_draft_is_a_card_with_a_copyable_block_and_a_plain_fallback()
    {
        var draft = new Activity { Type = "message", Text = "Here it is:", Attachments = [ReplyDialog.DraftAttachment("Dear Ms. O'Neil,\r\n\r\nThanks for the <final> round & C++ chat.\n\n  \nBest regards,\nAlex — Zoë")] };

        var card = Assert.Single(BotFrameworkRendering.Render(draft, longChoicesAsCard: false).Attachments!);

        Assert.Equal(BotFrameworkRendering.AdaptiveCardContentType, card.ContentType);
        Assert.Equal("""
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Your draft","weight":"Bolder"},{"type":"CodeBlock","codeSnippet":"Dear Ms. O\u0027Neil,\r\n\r\nThanks for the \u003Cfinal\u003E round \u0026 C\u002B\u002B chat.\n\n  \nBest regards,\nAlex \u2014 Zo\u00EB","language":"PlainText","fallback":{"type":"TextBlock","text":"Dear Ms. O\u0027Neil,\n\nThanks for the \u003Cfinal\u003E round \u0026 C\u002B\u002B chat.\n\nBest regards,\n\nAlex \u2014 Zo\u00EB","wrap":true,"fontType":"Monospace"}}],"fallbackText":"Your draft"}
            """, card.Content!.Value.GetRawText());
    }

    [Fact]
    public void An_export_is_a_card_with_the_indented_document()
    {
        var export = new Activity
        {
            Type = "message",
            Text = "Your data:",
            Attachments = [new Attachment { ContentType = DataRights.ExportContentType, Name = "coachbot-data.json", Content = JsonSerializer.SerializeToElement(new { company = "Contoso & Co", notes = new[] { "a", "b" } }) }],
        };

        var card = Assert.Single(BotFrameworkRendering.Render(export, longChoicesAsCard: false).Attachments!);

        Assert.Equal("""
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"coachbot-data.json","weight":"Bolder"},{"type":"CodeBlock","codeSnippet":"{\n  \u0022company\u0022: \u0022Contoso \\u0026 Co\u0022,\n  \u0022notes\u0022: [\n    \u0022a\u0022,\n    \u0022b\u0022\n  ]\n}","language":"Json","fallback":{"type":"TextBlock","text":"{\n\n  \u0022company\u0022: \u0022Contoso \\u0026 Co\u0022,\n\n  \u0022notes\u0022: [\n\n    \u0022a\u0022,\n\n    \u0022b\u0022\n\n  ]\n\n}","wrap":true,"fontType":"Monospace"}}],"fallbackText":"coachbot-data.json"}
            """, card.Content!.Value.GetRawText());
    }

    [Fact]
    public void More_than_three_choices_in_Teams_are_a_card_of_buttons()
    {
        var choices = new Activity
        {
            Type = "message",
            Text = "Pick one",
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("One"), CardAction.ImBack("Two <2>"), CardAction.ImBack("Three & more"), CardAction.ImBack("Four's")] },
        };

        var rendered = BotFrameworkRendering.Render(choices, longChoicesAsCard: true);

        Assert.Null(rendered.SuggestedActions);
        Assert.Equal("""
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[],"fallbackText":"One | Two \u003C2\u003E | Three \u0026 more | Four\u0027s","actions":[{"type":"Action.Submit","title":"One","data":{"msteams":{"type":"imBack","value":"One"},"choice":"One"}},{"type":"Action.Submit","title":"Two \u003C2\u003E","data":{"msteams":{"type":"imBack","value":"Two \u003C2\u003E"},"choice":"Two \u003C2\u003E"}},{"type":"Action.Submit","title":"Three \u0026 more","data":{"msteams":{"type":"imBack","value":"Three \u0026 more"},"choice":"Three \u0026 more"}},{"type":"Action.Submit","title":"Four\u0027s","data":{"msteams":{"type":"imBack","value":"Four\u0027s"},"choice":"Four\u0027s"}}]}
            """, Assert.Single(rendered.Attachments!).Content!.Value.GetRawText());
    }
}
