using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// manifest.json: what a run read (SHA-256 of every input), with which threshold, packages and
/// commit, and how many data rows it accepted and rejected. Paths are relative to the repository
/// root and sorted, so equal inputs give equal bytes. Written in this order, keys in snake_case.
/// </summary>
public sealed record Manifest(
    string Data, bool Synthetic, ManifestRows Rows, int MinCell, ManifestGit Git,
    IReadOnlyList<ManifestInput> Inputs, ManifestInput? Datapackage, IReadOnlyDictionary<string, string> Packages)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The SHA-256 the manifest records for the data file.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DataSha256 => Inputs.First(i => i.Path == Data).Sha256;

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

    /// <param name="dataSha256">The data file's SHA-256, already computed to check the sessions' markers: a large file is read once for it.</param>
    public static Manifest Build(PublishOptions options, IEnumerable<string> notebookPaths, DataProvenance data, GitState git, string dataSha256) => new(
        Data: options.Relative(options.DataPath),
        Synthetic: data.Synthetic,
        Rows: new ManifestRows(data.RowsAccepted, data.RowsRejected),
        MinCell: options.MinCell,
        Git: new ManifestGit(git.Commit, git.Dirty),
        Inputs: InputFiles(options, notebookPaths)
            .Select(path => new ManifestInput(options.Relative(path),
                path == Path.GetFullPath(options.DataPath) ? dataSha256 : Sha256(path)))
            .OrderBy(i => i.Path, StringComparer.Ordinal)
            .ToList(),
        Datapackage: DataPackage.ManifestEntry(options.OutDir),
        Packages: PackageVersions.Read(options.RepoRoot));

    /// <summary>The file's text: two-space indent, LF, final newline (the style of every JSON artifact).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

public sealed record ManifestRows(int Accepted, int Rejected);

public sealed record ManifestGit(string Commit, bool? Dirty);

public sealed record ManifestInput(string Path, string Sha256);
