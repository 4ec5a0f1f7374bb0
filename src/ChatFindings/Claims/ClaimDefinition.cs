namespace ChatFindings;

/// <summary>
/// One claim of the report as published: its words (English and the report's Dutch), the figure as
/// worded and as a number, and how a value computed from the data is compared with it.
/// A null <see cref="PublishedValue"/> means the report gives no figure for this claim.
/// </summary>
public sealed record ClaimDefinition(
    string Id,
    string Notebook,
    string Statement,
    string StatementNl,
    string Published,
    double? PublishedValue,
    ClaimComparison Comparison,
    string Unit,
    string Source);
