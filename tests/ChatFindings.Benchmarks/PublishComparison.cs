namespace ChatFindings.Benchmarks;

/// <summary>Wall time of one way of running every notebook; <see cref="Failures"/> lists what did not run green.</summary>
/// <remarks>
/// <see cref="NotebooksSeconds"/>: for the project's publish, the time from start until its last notebook had run (its
/// progress line), before the site, static chart images and PDF: the part that does what the stock kernel does.
/// </remarks>
/// <see cref="PeakWorkingSetBytes"/>: the publish process's own peak memory (Chromium not included); <see cref="DataRows"/> and
/// <see cref="DataBytes"/>: the data published, when not the shipped data.
public sealed record PublishTiming(string Runner, double Seconds, IReadOnlyList<string> Notebooks, IReadOnlyList<string> Failures,
    double? NotebooksSeconds = null, long PeakWorkingSetBytes = 0, long? DataRows = null, long? DataBytes = null);

/// <summary>
/// The project's publish (every notebook in one process, plus pages, tables, findings and the
/// manifest) against the stock dotnet-repl running the same notebooks one by one, as a user
/// without the project's runner would. Each side gets one untimed warm-up run first, so both
/// time a warm NuGet cache and warm kernels' package caches.
/// </summary>
public sealed class PublishComparison(string repoRoot, string workDirectory)
{
    private string NotebooksDirectory => Path.Combine(repoRoot, "notebooks");

    public IReadOnlyList<string> Notebooks() =>
        Directory.EnumerateFiles(NotebooksDirectory, "*.ipynb").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The project's CLI as the README's `dotnet run` builds it (in its own bin/, where the build puts
    /// the ReadyToRun copies of its packages), in this program's configuration; built on first use.
    /// </summary>
    public string CliPath => _cli.Value;

    private readonly Lazy<string> _cli = new(() => BuildCli(repoRoot));

    private static string BuildCli(string repoRoot)
    {
        var project = Path.Combine(repoRoot, "src", "ChatFindings.Cli", "ChatFindings.Cli.csproj");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var build = ChildProcess.Run("dotnet", ["build", project, "-c", configuration, "--nologo", "-v", "q"], repoRoot, timeout: TimeSpan.FromMinutes(20));
        if (build.ExitCode != 0) throw new InvalidOperationException($"building {project} failed: {build}");
        var path = ChildProcess.Run("dotnet", ["build", project, "-c", configuration, "-getProperty:TargetPath"], repoRoot);
        var dll = path.Stdout.Trim();
        if (path.ExitCode != 0 || !File.Exists(dll)) throw new InvalidOperationException($"no CLI at '{dll}' after building {project}: {path}");
        return dll;
    }

    public PublishTiming Publish(bool warmUp = true)
    {
        if (warmUp) RunPublish("publish-warm-up");
        return RunPublish("publish");
    }

    public PublishTiming StockRepl(bool warmUp = true)
    {
        // The stock kernel loads the library from build/lib (the notebooks' `#r`); a stale copy would time failing notebooks.
        var notebookLib = Path.Combine(repoRoot, "build", "lib", "ChatFindings.dll");
        var ours = typeof(Conversation).Assembly.Location;
        if (!File.Exists(notebookLib) || !File.ReadAllBytes(notebookLib).AsSpan().SequenceEqual(File.ReadAllBytes(ours)))
            return new PublishTiming("stock dotnet-repl, one by one", 0, Notebooks(),
                [$"not run: {notebookLib} is not the library this benchmark was built with (build it without -p:SkipNotebookLib=true)"]);

        var restore = ChildProcess.Run("dotnet", ["tool", "restore"], repoRoot);
        if (restore.ExitCode != 0) throw new InvalidOperationException($"dotnet tool restore failed: {restore}");
        if (warmUp) RunRepl("repl-warm-up");
        return RunRepl("repl");
    }

    /// <summary>
    /// <c>publish --no-pdf</c> (after an untimed warm-up) on the shipped data, or on a generated file of
    /// <paramref name="rows"/> rows: how publish grows with the data, in time and in peak memory.
    /// </summary>
    public PublishTiming PublishWithoutPdf(string? csv = null, long? rows = null)
    {
        string[] data = csv is null ? [] : ["--data", csv];
        RunPublish("publish-no-pdf-warm-up", ["--no-pdf", .. data]);
        var timing = RunPublish("publish-no-pdf", ["--no-pdf", .. data]);
        return timing with
        {
            Runner = csv is null ? "chatfindings publish --no-pdf, shipped data" : $"chatfindings publish --no-pdf, {rows:N0} rows",
            DataRows = rows,
            DataBytes = csv is null ? null : new FileInfo(csv).Length,
        };
    }

    private PublishTiming RunPublish(string name, string[]? options = null)
    {
        var output = Fresh(name);
        var count = Notebooks().Count;
        double? notebooksDone = null;
        var lastNotebook = new System.Text.RegularExpressions.Regex($@"^\[{count}/{count}\] .* ok\b");
        var run = ChildProcess.Run("dotnet", [CliPath, "publish", "--out", output, .. options ?? []], repoRoot,
            onLine: (line, at) => { if (lastNotebook.IsMatch(line)) notebooksDone = at.TotalSeconds; });
        var failures = run.ExitCode == 0 ? [] : new[] { $"publish exit {run.ExitCode}: {Last(run.Stderr)}" };
        return new PublishTiming("chatfindings publish", run.Wall.TotalSeconds, Notebooks(), failures, notebooksDone, run.PeakWorkingSetBytes);
    }

    private PublishTiming RunRepl(string name)
    {
        var output = Fresh(name);
        var failures = new List<string>();
        var seconds = 0.0;
        foreach (var notebook in Notebooks())
        {
            var run = ChildProcess.Run("dotnet",
                ["tool", "run", "dotnet-repl", "--", "--run", notebook, "--exit-after-run", "--output-path", Path.Combine(output, notebook)],
                NotebooksDirectory, ReplEnvironment());
            seconds += run.Wall.TotalSeconds;
            if (run.ExitCode != 0) failures.Add($"{notebook}: exit {run.ExitCode}: {Last(run.Stdout + run.Stderr)}");
        }
        return new PublishTiming("stock dotnet-repl, one by one", seconds, Notebooks(), failures);
    }

    /// <summary>
    /// The stock kernel keeps its restores under HOME (~/.packagemanagement): give it a HOME of its
    /// own that lives across the warm-up and the timed run, so the timed run sees a warm cache, while
    /// the local tools and NuGet packages stay where `dotnet tool restore` put them.
    /// </summary>
    private Dictionary<string, string> ReplEnvironment()
    {
        var realHome = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } cliHome
            ? cliHome
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var home = Path.Combine(workDirectory, "repl-home");
        Directory.CreateDirectory(home);
        return new()
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = realHome,
            ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                ? packages
                : Path.Combine(realHome, ".nuget", "packages"),
        };
    }

    private string Fresh(string name)
    {
        var path = Path.Combine(workDirectory, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string Last(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
