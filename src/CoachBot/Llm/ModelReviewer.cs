using CoachBot.Coaching.Drafting;

namespace CoachBot.Llm;

/// <summary>
/// Checks the person's own reply with the model, on the built-in check as its floor: a flag either raises
/// stays raised, the feedback is the model's when it passes the checks (in the person's language), and the
/// calmer version is the model's only when it passes the drafting rubric, else the built-in draft.
/// </summary>
public sealed class ModelReviewer(ModelCalls model, BuiltInReplyReviewer builtIn, BuiltInDrafter drafter) : IReplyReviewer
{
    public sealed record Answer(bool Angry, bool Blaming, bool Begging, bool TooLong, string? Feedback, string? Calmer);

    public async Task<ReplyReview> ReviewAsync(string reply, DraftRequest context, CancellationToken cancellationToken)
    {
        var floor = await builtIn.ReviewAsync(reply, context, cancellationToken);
        var input = DraftInput.For(model.NewInput(), context, LlmTask.Draft);
        input.PersonText("the person's own reply", reply);
        var answer = await model.JsonAsync<Answer>(LlmTask.Review, input, cancellationToken);
        if (answer.Value is not { } found)
        {
            return floor;
        }

        var angry = floor.Angry || found.Angry;
        var blaming = floor.Blaming || found.Blaming;
        var begging = floor.Begging || found.Begging;
        var tooLong = floor.TooLong || found.TooLong;
        var flagged = angry || blaming || begging || tooLong;
        var feedback = ModelOutputCheck.Message(found.Feedback).Count == 0
            ? ModelOutputCheck.Tidy(found.Feedback!)
            : BuiltInReplyReviewer.Feedback(angry, blaming, begging, tooLong);
        string? calmer = null;
        if (flagged && found.Calmer is { } suggestion && ModelOutputCheck.Draft(suggestion, context).Count == 0)
        {
            calmer = ModelOutputCheck.Tidy(suggestion);
        }
        else if (flagged)
        {
            if (found.Calmer is not null)
            {
                model.Rejected(LlmTask.Review, FallbackReason.FailedCheck);
            }

            calmer = floor.Calmer ?? await drafter.DraftAsync(context, cancellationToken);
        }

        return new ReplyReview(angry, blaming, begging, tooLong, feedback, calmer);
    }
}

/// <summary>The reflection after the feelings check-in, written by the model; the built-in text when it fails or fails the checks.</summary>
public sealed class ModelReflection(ModelCalls model, BuiltInReflection builtIn) : IReflectionWriter
{
    public async Task<string> ReflectAsync(Coaching.RejectionCase rejection, string? typed, CancellationToken cancellationToken)
    {
        var input = model.NewInput()
            .Task("Write the reflection.")
            .Case(
            [
                ("company", rejection.Company),
                ("stage reached", rejection.Stage is { } stage ? Coaching.Feelings.StageName(stage) : null),
                ("how the person feels", rejection.Feeling?.ToString()),
            ]);
        if (typed is not null)
        {
            input.PersonText("what the person said about how they feel", typed);
        }

        var answer = await model.TextAsync(LlmTask.Reflect, input, show: null, cancellationToken);
        if (answer.Value is { } text && ModelOutputCheck.Message(ModelOutputCheck.Tidy(text)).Count == 0)
        {
            return ModelOutputCheck.Tidy(text);
        }

        if (answer.Failure is null)
        {
            model.Rejected(LlmTask.Reflect, FallbackReason.FailedCheck);
        }

        return await builtIn.ReflectAsync(rejection, typed, cancellationToken);
    }
}
