namespace CoachBot.Privacy;

/// <summary>The <c>CoachBot:Retention</c> section: how long what a person tells CoachBot is kept.</summary>
public sealed class RetentionOptions
{
    public const string Section = "CoachBot:Retention";

    /// <summary>Rejection details, drafts, planned follow-ups and the profile, counted from when the case started (the profile: from its last change).</summary>
    public TimeSpan Details { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Feelings and crisis flags, and conversation state (which holds both while a case is open), counted from when they were last said.</summary>
    public TimeSpan Feelings { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often expired documents are deleted for good; zero turns the sweep off in this instance (another one sweeps).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
