using CoachBot.Coaching.Intake;

namespace CoachBot.ReadingBench;

/// <summary>How the built-in reader reads sentences of one's own, field by field: for writing tests. It prints the text it is given, so never give it a story of the blind part.</summary>
public static class Probe
{
    public static int Run(IEnumerable<string> texts, TextWriter output)
    {
        foreach (var text in texts)
        {
            var story = new Story("probe", text.Split(" || "), null, null, null, null, null, null, null, null);
            var read = StoryReading.Read(story, TimeProvider.System.GetLocalNow().DayOfWeek);
            var message = BuiltInMessageReader.Read(story.Messages[0]);
            output.WriteLine(text);
            output.WriteLine($"  situation={read.Situation} company={read.Company} role={read.Role} stage={read.Stage} how={read.HeardVia} when={read.HeardWhen} reason={read.Reason} contact={read.ContactName} several={string.Join('/', message.SeveralCompanies ?? [])} read.reason={message.Reason} read.own={message.OwnReason} email={RejectionEmailExtractor.LooksLikeRejectionEmail(story.Messages[0])} said={ElapsedTime.HeardSaid(read)} followed={(read.FollowedUpAlready is { } followUp ? FollowUpReading.Say(followUp) : null)}");
        }

        return 0;
    }
}
