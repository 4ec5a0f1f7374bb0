namespace ChatFindings;

/// <summary>
/// One coded conversation of a unique visitor with a trafficking-related help question.
/// A null, or an empty flag set for the list fields, means "not known / not coded"
/// (an empty cell in the CSV).
/// </summary>
public sealed record Conversation(
    string ConversationId,
    int Year,
    Reporter Reporter,
    int? Age,
    Gender? Gender,
    ExploitationType ExploitationType,
    Perpetrators Perpetrators,
    Duration? Duration,
    bool? Ongoing,
    bool? FirstDisclosure,
    bool? OnlineRecruitment,
    Platforms Platforms,
    bool? ClientsInvolved,
    Confidant? FirstConfidant,
    Reaction? FirstReaction,
    bool? HelpAccepted,
    bool? PoliceReport)
{
    /// <summary>A minor is a victim under 18 at the chat.</summary>
    public bool IsMinor => Age is < 18;

    public bool IsSexualOrCriminal =>
        ExploitationType is ExploitationType.Sexual or ExploitationType.Criminal or ExploitationType.SexualAndCriminal;

    /// <summary>Exploited by a parent, step-parent or foster parent.</summary>
    public bool HasParentExploiter =>
        (Perpetrators & (Perpetrators.Parent | Perpetrators.StepOrFosterParent)) != 0;
}
