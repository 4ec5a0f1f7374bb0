namespace ChatFindings.Cli.Publishing;

/// <summary>The layout of the publish output folder (a fixed contract: see docs/design.md).</summary>
public sealed class ArtifactFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);
    public string Notebooks => Path.Combine(Root, "notebooks");
    public string Tables => Path.Combine(Root, "tables");
    public string Site => Path.Combine(Root, "site");
    public string Findings => Path.Combine(Root, "findings.json");
    public string Manifest => Path.Combine(Root, "manifest.json");
    public string Pdf => Path.Combine(Root, Appendix.AppendixPdf.FileName);

    public string Notebook(string name) => Path.Combine(Notebooks, name + ".ipynb");

    /// <summary>
    /// Removes what an earlier run wrote, so nothing stale survives (a table a notebook no longer
    /// shows). Only the entries publish owns: --out may point at a folder holding other things.
    /// </summary>
    public void Clear()
    {
        foreach (var dir in new[] { Notebooks, Tables, Site })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        foreach (var file in new[] { Findings, Manifest, Pdf })
            if (File.Exists(file)) File.Delete(file);
        Directory.CreateDirectory(Root);
    }
}
