using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Site;

/// <summary>
/// Everything the site is rendered from. The same input always gives the same bytes.
/// <paramref name="RowsRejected"/>: data rows the codebook check rejected (published only with --allow-rejected-rows).
/// </summary>
public sealed record SiteInput(
    IReadOnlyList<ExecutedNotebook> Notebooks,
    bool IsSynthetic,
    string DataDescription,
    SiteProvenance Provenance,
    IReadOnlyList<SiteClaim> Claims,
    int RowsRejected = 0);

/// <summary>What the footer of every page records about the run.</summary>
public sealed record SiteProvenance(
    string InputSha256,
    string GitCommit,
    IReadOnlyDictionary<string, string> PackageVersions,
    int MinCell,
    string? InputName = null);

/// <summary>One claim of the report, as in findings.json; values are shown as text.</summary>
public sealed record SiteClaim(
    string Id,
    string Notebook,
    string Statement,
    string Published,
    string? ComputedValue,
    string Comparison,
    bool? Holds,
    string? Note,
    string? PublishedValue = null,
    string? Verdict = null,
    string? Interval = null,
    string? Base = null)
{
    /// <summary>The verdict in words ("borne out", "inconclusive"); from <c>holds</c> for a file without verdicts.</summary>
    public string Status => Verdict?.Replace('_', ' ') ?? Holds switch { true => "borne out", false => "not borne out", null => "not assessed" };
}
