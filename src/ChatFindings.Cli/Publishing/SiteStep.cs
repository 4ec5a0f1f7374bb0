using System.Text.Json.Nodes;
using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Renders site/index.html and site/&lt;name&gt;.html (src/ChatFindings.Cli/Site) from what publish
/// has just written: the executed notebooks, findings.json and the manifest's provenance.
/// Failed notebooks get a page too, showing their error, so a failed run can be inspected.
/// </summary>
public static class SiteStep
{
    /// <summary>Writes the site and returns what it was made from (the PDF appendix is made from the same).</summary>
    public static SiteInput Write(ArtifactFolder folder, IReadOnlyList<Execution.ExecutedNotebook> runs, DataProvenance data, JsonObject manifest)
    {
        var inputs = manifest["inputs"]!.AsArray();
        var dataPath = (string)manifest["data"]!;
        var dataSha = inputs.Select(i => i!.AsObject()).First(i => (string)i["path"]! == dataPath)["sha256"]!.GetValue<string>();
        var packages = manifest["packages"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        var input = new SiteInput(
            Notebooks: runs.Select(r => new Site.ExecutedNotebook(r.Name, folder.Notebook(r.Name))).ToList(),
            IsSynthetic: data.Synthetic,
            DataDescription: data.Description,
            Provenance: new SiteProvenance(dataSha, (string)manifest["git"]!["commit"]!, packages, (int)manifest["min_cell"]!, dataPath),
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
