using System.Runtime.CompilerServices;

namespace ChatFindings.Tests.Synthetic;

/// <summary>Finds files of the repository from a test's output folder (wherever --artifacts-path puts it).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        // The build's output may live outside the tree (--artifacts-path); the tree is then found from where
        // this source file was compiled.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(SourceFile())! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException(
            $"no folder holding Notebooks.sln above {AppContext.BaseDirectory}, {Directory.GetCurrentDirectory()} or {SourceFile()}");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
