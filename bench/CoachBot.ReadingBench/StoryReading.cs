using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.ReadingBench;

/// <summary>What the bot understood of a story, read exactly as intake reads it (IntakeDialog's own steps).</summary>
public static class StoryReading
{
    public static RejectionCase Read(Story story)
    {
        var rejection = new RejectionCase();
        var opening = story.Messages[0];
        IntakeDialog.TakeOpening(rejection, opening, BuiltInMessageReader.Read(opening));
        foreach (var answer in story.Messages.Skip(1))
        {
            // The next message answers the question the bot asked next: what the case still lacked.
            var asked = CaseDetails.Next(rejection);
            if (asked is null)
            {
                // Nothing was left to ask, so the bot showed its summary, and what the message says corrects it.
                var said = BuiltInMessageReader.Read(answer);
                if (CaseDetails.HasAny(said))
                {
                    CaseDetails.Merge(rejection, said, replace: true);
                }

                continue;
            }

            var details = IntakeDialog.IsTapped(rejection, asked, answer) ? null : BuiltInMessageReader.Read(answer);
            IntakeDialog.TakeAnswer(rejection, asked, answer, details);
        }

        return rejection;
    }
}
