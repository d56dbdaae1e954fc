using Microsoft.Extensions.Compliance.Classification;

namespace CoachBot.Conversations.Privacy;

/// <summary>
/// CoachBot's data classification: which logged values identify a person. Values so classified are
/// never logged as they are; the host redacts them (see <c>AddPrivateLogging</c>).
/// </summary>
public static class PersonalData
{
    public const string Taxonomy = "CoachBot";

    /// <summary>An id that points at one person, such as a channel's user id: hashed in logs so it can be correlated, not read.</summary>
    public static DataClassification Identifier { get; } = new(Taxonomy, nameof(Identifier));
}

/// <summary>Marks a logger-message parameter as a <see cref="PersonalData.Identifier"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalIdentifierAttribute() : DataClassificationAttribute(PersonalData.Identifier);
