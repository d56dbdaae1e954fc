using CoachBot.Coaching.Intake;
using CoachBot.Safety;

namespace CoachBot.Tests.Safety;

/// <summary>
/// Text the crisis detector reads as a concern is never a detail of the case nor a line of a draft, even when
/// the intake's own reading of what is personal has no word for it: the lexicon is the one place those
/// meanings are listed (issue 15). Sentences written for this test.
/// </summary>
public class PersonalTextReadsTheDetectorTests
{
    [Theory]
    [InlineData("put my affairs in order this weekend")]
    [InlineData("deleting myself after this week")]
    [InlineData("k-holing every night this week")]
    public void What_the_detector_reads_as_a_concern_is_about_the_person(string text)
    {
        Assert.True(new CrisisDetector().Assess(text, []).IsConcern);

        Assert.True(PersonalText.IsAboutWellbeing(text));
        Assert.False(FieldShape.IsCompany(text));
    }

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Fabrikam Bridge Partners")]
    public void A_company_s_name_is_still_one(string name)
    {
        Assert.False(PersonalText.IsAboutWellbeing(name));
        Assert.True(FieldShape.IsCompany(name));
    }
}
