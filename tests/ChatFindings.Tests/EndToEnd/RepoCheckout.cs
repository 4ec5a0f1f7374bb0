using System.Runtime.CompilerServices;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// The repository these tests were compiled from. Found from this source file's path, because the
/// test binaries may live outside the checkout (e.g. built with --artifacts-path).
/// </summary>
public static class RepoCheckout
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Notebooks.sln above {sourceFile}");
    }
}
