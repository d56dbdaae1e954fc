using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Llm;

/// <summary>Everything the dialog knows about a reply, as the model is given it.</summary>
public static class DraftInput
{
    public static ModelInput For(ModelInput input, DraftRequest request, LlmTask task)
    {
        var @case = request.Case;
        input.Task(Request(request, task));
        input.Case(
        [
            ("company", @case.Company),
            ("role", @case.Role),
            ("stage reached", @case.Stage is { } stage ? Feelings.StageName(stage) : null),
            ("situation", Situation(@case)),
            ("heard", @case.HeardVia is { } via ? via.ToString() : null),
            ("when", @case.HeardWhen is { } when ? when.ToString() : null),
            ("reason the employer gave", @case.Reason),
            ("contact to address", @case.ContactName),
            // The built-in drafter's convention, so that a model's greeting reads the same ("Dear Priya", "Dear Dr. Okafor").
            ("greet the contact as", ContactNameParts.Parse(@case.ContactName)?.Addressed),
            ("how the person feels", @case.Feeling?.ToString()),
            ("the person's name", request.SenderName),
        ]);
        foreach (var point in request.Style.OwnPoints)
        {
            input.PersonText("own point, keep these words", point);
        }

        if (request.Style.Greeting is { } greeting)
        {
            input.PersonText("greeting to open with", greeting);
        }

        foreach (var instruction in request.Style.Instructions)
        {
            input.PersonText("change the person asked for", instruction);
        }

        if (task == LlmTask.Revise && @case.Draft is { } previous)
        {
            input.Draft(previous);
        }

        return input;
    }

    private static string Request(DraftRequest request, LlmTask task)
    {
        var style = request.Style;
        var lines = new List<string>
        {
            task == LlmTask.Revise ? "Revise the draft so that it meets all of the following." : "Write the reply.",
            $"Goal: {Goal(request.Goal)}",
            request.Case.Reason is null ? "The employer gave no reason." : "The employer gave a reason (in the case details): do not ask for it again.",
            $"Tone: {style.Tone.ToString().ToLowerInvariant()}.",
            style.Short ? "Length: short, four sentences at most." : "Length: brief, three short paragraphs at most.",
        };
        if (style.OwnPoints.Count > 0)
        {
            lines.Add("Include each of the person's own points, in their words.");
        }

        if (style.Greeting is not null)
        {
            lines.Add("Open with the greeting the person asked for, exactly as given, followed by a comma.");
        }

        if (style.Instructions.Count > 0)
        {
            lines.Add("Apply the changes the person asked for where they keep to the rules.");
        }

        return string.Join('\n', lines);
    }

    private static string? Situation(RejectionCase @case) =>
        @case.Situation == Coaching.Situation.Ghosted || @case.HeardVia == HeardVia.NoWord ? "never heard back: follow up politely, do not thank them for a decision"
        : @case.Situation == Coaching.Situation.DeclinedOffer ? "the person turned the offer down"
        : @case.Stage == RejectionStage.OfferRescinded ? "the offer was withdrawn"
        : @case.Situation?.ToString();

    private static string Goal(ReplyGoal goal) => goal switch
    {
        ReplyGoal.AskForFeedback => "thank them and ask, lightly, for a sentence or two of feedback; make clear it is fine if they cannot.",
        ReplyGoal.OneLastPitch => "thank them and restate interest in the role in one or two sentences, using only the person's own points about their fit; gracious, never pushy.",
        ReplyGoal.AskAboutRescindedOffer => "thank them, ask calmly to understand why the offer was withdrawn (unless they said why) and whether a later start date or another role might be possible, and ask for a short call.",
        ReplyGoal.CheckOnStatus => "ask politely where things stand, without complaint about the wait.",
        ReplyGoal.DeclineOffer => "decline the offer graciously, thank them, and keep the door open.",
        ReplyGoal.TakeOriginalOffer => "say the person would still like to join and would accept the offer on the terms first made, if that is still possible, and ask for a short call; no pressure, no new figures, no apology for having negotiated.",
        _ => "thank them and say the person would welcome future openings and to stay in touch.",
    };
}
