using CoachBot.Conversations.Turns;
using CoachBot.Safety;
using Microsoft.Extensions.Options;

namespace CoachBot.Organizations;

/// <summary>What CoachBot knows about the career office that runs it for a Teams tenant or Slack team.</summary>
public sealed class OrganizationProfile
{
    /// <summary>E.g. "Northwind University Career Center"; unset means CoachBot speaks for itself.</summary>
    public string? CareerOfficeName { get; set; }
    /// <summary>Where students book an appointment with a career counselor.</summary>
    public string? BookingUrl { get; set; }
    /// <summary>How to reach the institution's counseling service, e.g. "Counseling Center, 555-0100 (24/7)".</summary>
    public string? CounselingContact { get; set; }
    /// <summary>Where international students ask about visas and status, e.g. "International Student Office, iso@example.edu".</summary>
    public string? InternationalOfficeContact { get; set; }
    /// <summary>Where students get legal advice, if the institution offers it, e.g. "Student Legal Services, 555-0123".</summary>
    public string? LegalServicesContact { get; set; }
    /// <summary>The number to call in immediate danger.</summary>
    public string EmergencyNumber { get; set; } = CrisisResource.UsEmergencyNumber;
    /// <summary>
    /// The crisis lines offered on a sign of crisis, in order. Unset: the US lines
    /// (<see cref="CrisisResource.UsDefaults"/>). A list given in configuration replaces them whole, so an
    /// institution outside the US lists its own.
    /// </summary>
    public List<CrisisResource>? CrisisResources { get; set; }
    /// <summary>Nudges never arrive between these local times of the person.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);
    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);
    /// <summary>The time zone assumed when the channel does not tell a person's own (IANA id).</summary>
    public string DefaultTimeZone { get; set; } = "America/New_York";

    public string CareerOfficeOrDefault => CareerOfficeName ?? "your career services office";

    public IReadOnlyList<CrisisResource> CrisisResourcesOrDefault => CrisisResources is { Count: > 0 } own ? own : CrisisResource.UsDefaults;
}

/// <summary>The <c>CoachBot:Organizations</c> section: a default profile and profiles by tenant or team id.</summary>
public sealed class OrganizationsOptions
{
    public const string Section = "CoachBot:Organizations";

    public OrganizationProfile Default { get; set; } = new();
    public Dictionary<string, OrganizationProfile> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Finds the organisation profile of a conversation by its tenant: the Teams tenant or Slack team id,
/// which each channel sets on the conversation reference.
/// </summary>
public sealed class OrganizationDirectory(IOptionsMonitor<OrganizationsOptions> options)
{
    public OrganizationProfile For(ConversationReference conversation)
    {
        var current = options.CurrentValue;
        return conversation.TenantId is { Length: > 0 } id && current.Tenants.TryGetValue(id, out var profile) ? profile : current.Default;
    }
}
