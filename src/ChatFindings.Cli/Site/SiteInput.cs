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
    int RowsRejected = 0,
    SiteEdition? Edition = null)
{
    /// <summary>The site's own words in this edition's language.</summary>
    public SiteText Text => SiteText.For(Edition?.Language ?? Language.English);
}

/// <summary>
/// Which edition a site is: its language, and where the same page is in the other edition
/// (a relative prefix: "nl/" from the English site, "../" from the Dutch one), null when only one is published.
/// </summary>
public sealed record SiteEdition(Language Language, string? OtherEditionPrefix)
{
    public static SiteEdition English(bool withDutch) => new(Language.English, withDutch ? "nl/" : null);
    public static SiteEdition Dutch(bool withEnglish) => new(Language.Dutch, withEnglish ? "../" : null);
}

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
    ClaimInterval? Range = null,
    string? Base = null,
    string? StatementNl = null)
{
    /// <summary>The verdict in English words ("borne out", "inconclusive"); from <c>holds</c> for a file without verdicts.</summary>
    public string Status => SiteText.English.Status(Verdict, Holds);

    /// <summary>"55.1 to 69.4 (95%, Wilson score)": the interval in English, or null.</summary>
    public string? Interval => Range?.Text(SiteText.English);
}

/// <summary>A claim's interval as findings.json holds it (numbers as written in the file).</summary>
public sealed record ClaimInterval(string Low, string High, double Level, string Method)
{
    /// <summary>"55.1 to 69.4 (95%, Wilson score)", in Dutch "55,1 tot 69,4 (95%, Wilson-score)".</summary>
    public string Text(SiteText text) =>
        $"{ClaimsTable.Number(Low, text)} {text.To} {ClaimsTable.Number(High, text)} ({(100 * Level).ToString("0.#", text.Culture)}%, {text.Method(Method)})";
}
