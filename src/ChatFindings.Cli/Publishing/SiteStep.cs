using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Renders site/index.html and site/&lt;name&gt;.html (src/ChatFindings.Cli/Site) from the executed
/// notebooks in memory, the claims publish has just written to findings.json and the manifest.
/// Failed notebooks get a page too, showing their error, so a failed run can be inspected.
/// </summary>
public static class SiteStep
{
    /// <summary>Writes the site and returns what it was made from (the PDF appendix is made from the same).</summary>
    /// <param name="claims">The Dutch edition's claims, from its own run (their notes in Dutch); null: findings.json.</param>
    public static SiteInput Write(ArtifactFolder folder, IReadOnlyList<ExecutedNotebook> runs, DataProvenance data, Manifest manifest,
        SiteEdition? edition = null, IReadOnlyList<System.Text.Json.Nodes.JsonObject>? claims = null)
    {
        edition ??= SiteEdition.English(withDutch: false);
        var input = new SiteInput(
            Notebooks: runs,
            IsSynthetic: data.Synthetic,
            DataDescription: data.Description,
            Provenance: new SiteProvenance(manifest.DataSha256, manifest.Git.Commit, manifest.Packages, manifest.MinCell, manifest.Data),
            Claims: [],
            RowsRejected: data.RowsRejected,
            Edition: edition);
        var siteDir = folder.SiteOf(edition.Language);
        try
        {
            input = input with { Claims = claims is null ? ClaimsFile.Read(folder.Findings) : ClaimsFile.Read(claims, $"{folder.Findings} ({edition.Language.Code()})") };
            SiteWriter.Write(input, siteDir);
            return input;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
        {
            throw new PublishInputException($"writing the site into {siteDir} failed: {e.Message}");
        }
    }
}
