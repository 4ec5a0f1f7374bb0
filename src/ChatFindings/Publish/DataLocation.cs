namespace ChatFindings;

/// <summary>
/// Where a session and the command line find files, without editing a notebook: the data named by
/// CHATFINDINGS_DATA if set, else the shipped synthetic data of the repository. Loading itself
/// never looks for files: it is given a path, and the codebook is built into the library.
/// </summary>
internal static class DataLocation
{
    public const string EnvironmentVariable = "CHATFINDINGS_DATA";
    public const string SolutionFile = "Notebooks.sln";

    /// <summary>The repository root: the nearest folder above the current directory (or else above this library) holding Notebooks.sln.</summary>
    public static string RepoRoot => FindRepoRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>The folder of all the schemas (the codebook page is generated from them).</summary>
    public static string SchemaDirectory => Path.Combine(RepoRoot, "data-schema");

    /// <summary>The data file to analyse. Throws <see cref="FileNotFoundException"/> naming what was looked for.</summary>
    public static string Resolve() =>
        Resolve(Environment.GetEnvironmentVariable(EnvironmentVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    internal static string Resolve(string? environmentValue, string currentDirectory, string assemblyDirectory)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            var path = Path.GetFullPath(environmentValue.Trim(), currentDirectory);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"{EnvironmentVariable} is set to '{environmentValue}', but there is no file {path}", path);
        }
        var root = FindRepoRoot(currentDirectory, assemblyDirectory);
        var data = Path.Combine(root, "data", "synthetic", "conversations.csv");
        return File.Exists(data)
            ? data
            : throw new FileNotFoundException(
                $"no data file: {EnvironmentVariable} is not set and the default {data} does not exist (run `chatfindings generate --out data/synthetic`)", data);
    }

    internal static string FindRepoRoot(string currentDirectory, string assemblyDirectory)
    {
        foreach (var start in new[] { currentDirectory, assemblyDirectory })
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        throw new DirectoryNotFoundException(
            $"no {SolutionFile} found in {currentDirectory} or its parent folders, nor above {assemblyDirectory}; " +
            $"run from inside the repository or set {EnvironmentVariable}");
    }
}
