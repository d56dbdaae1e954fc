using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Coaching.Intake;

/// <summary>
/// The offline reader: a pasted rejection e-mail is read as one, anything else as a story in the
/// person's own words. Both leave unsure details null.
/// </summary>
public sealed class BuiltInMessageReader : IMessageReader
{
    private readonly TimeProvider clock;

    public BuiltInMessageReader() : this(TimeProvider.System)
    {
    }

    /// <param name="clock">The bot's clock: "last thurs" is read against the day it is.</param>
    [ActivatorUtilitiesConstructor]
    public BuiltInMessageReader(TimeProvider clock) => this.clock = clock;

    public ValueTask<MessageDetails> ReadAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(text, clock.GetLocalNow().DayOfWeek));
    }

    /// <summary>Reads without the day it is: weekdays are read as the week before ("last Tuesday") or this week ("on Tuesday").</summary>
    public static MessageDetails Read(string text) => Read(text, today: null);

    public static MessageDetails Read(string text, DayOfWeek? today)
    {
        var read = ReadWhole(text, today);
        // However it was said, a reason is kept in a few words, or not at all (ReasonInBrief).
        read = read.Reason is null && read.OwnReason is null ? read
            : read with { Reason = ReasonInBrief.Condense(read.Reason), OwnReason = ReasonInBrief.Condense(read.OwnReason) };
        // A detail the reading is not sure of is asked rather than kept (ReadConfidence).
        return ReadConfidence.Gate(read);
    }

    private static MessageDetails ReadWhole(string text, DayOfWeek? today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageDetails.None;
        }

        if (!RejectionEmailExtractor.LooksLikeRejectionEmail(text))
        {
            return StoryReader.Read(text, today);
        }

        // What the e-mail leaves out (when it came), the person may have written around it.
        var email = RejectionEmailExtractor.Read(text);
        var story = StoryReader.Read(text, today);
        // The e-mail's own wording of the stage wins; the story reader's reading of the employer's words is
        // too loose for the application stage ("your application" is in every rejection).
        // The person's own words around it are not that loose: "they didn't even look at my portfolio" stands.
        var ownWords = StoryReader.Read(RejectionEmailExtractor.OwnWordsAround(text), today);
        var storyStage = story.Stage == RejectionStage.Application && !StoryReader.SaysNoStepAfterApplying(text) ? null : story.Stage;
        // What the e-mail does not name (a company only in its signature, the recruiter the person named), the
        // person's words may: "that's the email I got from Fabrikam", "the recruiter was Priya Shah".
        return email with
        {
            // "Thank you for interviewing with us last week": the letter's dates are not when the person heard; only
            // their own words around it say that ("got this today"), or it is asked.
            HeardWhen = ownWords.HeardWhen,
            HeardAgo = ownWords.HeardAgo,
            FollowedUpAlready = ownWords.FollowedUpAlready,
            Stage = email.Stage ?? storyStage,
            Role = email.Role ?? story.Role,
            Company = email.Company ?? story.Company,
            ContactName = email.ContactName ?? story.ContactName,
            SeveralCompanies = email.Company is null ? story.SeveralCompanies : null,
            AskedForTerms = story.AskedForTerms,
            AskTakenAway = story.AskTakenAway,
            TurnedDownOtherOffers = story.TurnedDownOtherOffers,
        };
    }
}
