namespace ChatFindings.Cli.Publishing;

/// <summary>The layout of the publish output folder (a fixed contract: see docs/design.md).</summary>
public sealed class ArtifactFolder(string root)
{
    /// <summary>The file that says publish owns the folder; only a folder carrying it is ever cleared.</summary>
    public const string MarkerName = ".chatfindings-publish";

    public const string MarkerText =
        "This folder is written by `chatfindings publish`.\n" +
        "The next publish into it deletes everything in it; keep nothing of your own here.\n";

    public string Root { get; } = Path.GetFullPath(root);
    public string Marker => Path.Combine(Root, MarkerName);
    public string Notebooks => Path.Combine(Root, "notebooks");
    public string Tables => Path.Combine(Root, "tables");
    public string Site => Path.Combine(Root, "site");
    public string Findings => Path.Combine(Root, "findings.json");
    public string Manifest => Path.Combine(Root, "manifest.json");
    public string Pdf => Path.Combine(Root, Appendix.AppendixPdf.FileName);

    /// <summary>The site of an edition: site/ for English, site/nl/ for Dutch.</summary>
    public string SiteOf(Language language) => language == Language.English ? Site : Path.Combine(Site, language.Code());

    /// <summary>The PDF of an edition: appendix.pdf for English, appendix.nl.pdf for Dutch.</summary>
    public string PdfOf(Language language) => language == Language.English ? Pdf : Path.Combine(Root, $"appendix.{language.Code()}.pdf");

    public string Notebook(string name) => Path.Combine(Notebooks, name + ".ipynb");

    /// <summary>
    /// Throws <see cref="OutFolderRefusedException"/>, touching nothing, unless the folder is
    /// missing, empty, or carries publish's marker. Publish calls this before its first write.
    /// </summary>
    public void CheckUsable()
    {
        if (File.Exists(Root)) throw Refused("is a file, not a folder");
        if (!Directory.Exists(Root) || IsOurs()) return;
        var foreign = Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count == 0) return;
        throw Refused($"holds files publish did not write ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", ..." : "")}); " +
            $"give a new or empty folder, or one an earlier publish wrote (it carries {MarkerName})");
    }

    /// <summary>
    /// Makes the folder publish's own and empty: checks it (<see cref="CheckUsable"/>), writes the
    /// marker first (so an unwritable place is refused before anything is deleted), then removes
    /// everything an earlier run wrote, so nothing stale survives.
    /// </summary>
    public void Claim()
    {
        CheckUsable();
        try
        {
            Directory.CreateDirectory(Root);
            File.WriteAllText(Marker, MarkerText, ArtifactJson.Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused($"is not a place publish can write ({e.Message})");
        }
        foreach (var dir in Directory.EnumerateDirectories(Root)) Directory.Delete(dir, recursive: true);
        foreach (var file in Directory.EnumerateFiles(Root).Where(f => f != Marker)) File.Delete(file);
    }

    private bool IsOurs()
    {
        try { return File.Exists(Marker) && File.ReadAllText(Marker) == MarkerText; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private OutFolderRefusedException Refused(string why) => new($"--out {Root} {why}; nothing was changed");
}

/// <summary>An --out publish must not use (exit 2, wrong usage): the message says why.</summary>
public sealed class OutFolderRefusedException(string message) : CommandException(message, CommandLine.Usage);
