using ChatFindings.Tests.Support;
namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// The notebooks load the library from build/lib/ (see src/ChatFindings/ChatFindings.csproj,
/// target CopyNotebookLib). Unit builds skip that copy, so tests that run notebooks in a stock
/// kernel make sure it is there and not older than the library these tests were built with.
/// </summary>
public static class NotebookLibrary
{
    private static readonly Lazy<string> Built = new(BuildIfStale, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Dll => Repo.PathOf("build", "lib", "ChatFindings.dll");

    /// <summary>Builds src/ChatFindings once per test run if build/lib is missing or stale; returns the DLL path.</summary>
    public static string EnsureBuilt() => Built.Value;

    private static string BuildIfStale()
    {
        var ours = typeof(NotebookSession).Assembly.Location;
        if (File.Exists(Dll) && File.GetLastWriteTimeUtc(Dll) >= File.GetLastWriteTimeUtc(ours)) return Dll;
        var build = ProcessRun.Run("dotnet", ["build", Repo.PathOf("src", "ChatFindings", "ChatFindings.csproj"), "-nologo", "-v", "quiet"], Repo.Root);
        if (build.ExitCode != 0 || !File.Exists(Dll))
            throw new InvalidOperationException($"building the notebook library into build/lib failed:\n{build}");
        return Dll;
    }
}
