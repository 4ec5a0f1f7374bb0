using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// manifest.json: what a run read (SHA-256 of every input), with which threshold, packages and
/// commit. Paths are relative to the repository root and sorted, so equal inputs give equal bytes.
/// </summary>
public static class Manifest
{
    /// <summary>
    /// The input files: the data CSV and its sidecar, every data-schema/*.schema.json, every file
    /// under data/reference/, and every notebook run.
    /// </summary>
    public static IReadOnlyList<string> InputFiles(PublishOptions options, IEnumerable<string> notebookPaths)
    {
        var files = new List<string> { options.DataPath };
        var sidecar = DataProvenance.SidecarPath(options.DataPath);
        if (File.Exists(sidecar)) files.Add(sidecar);
        var schemas = Path.Combine(options.RepoRoot, "data-schema");
        if (Directory.Exists(schemas)) files.AddRange(Directory.EnumerateFiles(schemas, "*.schema.json"));
        var reference = Path.Combine(options.RepoRoot, "data", "reference");
        if (Directory.Exists(reference)) files.AddRange(Directory.EnumerateFiles(reference, "*", SearchOption.AllDirectories));
        files.AddRange(notebookPaths);
        return files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    public static JsonObject Build(PublishOptions options, IEnumerable<string> notebookPaths, bool synthetic, GitState git)
    {
        var inputs = InputFiles(options, notebookPaths)
            .Select(path => (Path: options.Relative(path), Sha256: Sha256(path)))
            .OrderBy(i => i.Path, StringComparer.Ordinal)
            .Select(i => (JsonNode?)new JsonObject { ["path"] = i.Path, ["sha256"] = i.Sha256 })
            .ToArray();
        var packages = new JsonObject();
        foreach (var (name, version) in PackageVersions.Read(options.RepoRoot)) packages[name] = version;
        return new JsonObject
        {
            ["data"] = options.Relative(options.DataPath),
            ["synthetic"] = synthetic,
            ["min_cell"] = options.MinCell,
            ["git"] = new JsonObject { ["commit"] = git.Commit, ["dirty"] = git.Dirty },
            ["inputs"] = new JsonArray(inputs),
            ["datapackage"] = DataPackage.ManifestEntry(options.OutDir),
            ["packages"] = packages,
        };
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
