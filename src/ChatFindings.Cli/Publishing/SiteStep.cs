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
    public static SiteInput Write(ArtifactFolder folder, IReadOnlyList<ExecutedNotebook> runs, DataProvenance data, Manifest manifest)
    {
        var input = new SiteInput(
            Notebooks: runs,
            IsSynthetic: data.Synthetic,
            DataDescription: data.Description,
            Provenance: new SiteProvenance(manifest.DataSha256, manifest.Git.Commit, manifest.Packages, manifest.MinCell, manifest.Data),
            Claims: [],
            RowsRejected: data.RowsRejected);
        try
        {
            input = input with { Claims = ClaimsFile.Read(folder.Findings) };
            SiteWriter.Write(input, folder.Site);
            return input;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
        {
            throw new PublishInputException($"writing the site into {folder.Site} failed: {e.Message}");
        }
    }
}
