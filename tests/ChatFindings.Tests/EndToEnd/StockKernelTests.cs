using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// Every notebook runs unchanged in the stock kernels a researcher would use: dotnet-repl, and the
/// dotnet-interactive Jupyter kernel (the one VS Code starts too). Each run gets its own HOME so
/// the kernels' package caches (~/.packagemanagement) do not leak between runs; DOTNET_CLI_HOME
/// keeps pointing at the real home, where `dotnet tool restore` registered the local tools.
/// </summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class StockKernelTests
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    /// <summary>Every committed notebook, by name.</summary>
    public static TheoryData<string> Notebooks() =>
        new(PublishedArtifacts.CommittedNotebooks().Select(p => Path.GetFileNameWithoutExtension(p)));

    /// <summary>A notebook's source asks for a chart when one of its code cells calls ToChart.</summary>
    private static bool HasChart(string notebook) =>
        File.ReadAllText(Repo.PathOf("notebooks", notebook + ".ipynb")).Contains(".ToChart(", StringComparison.Ordinal);

    [NeedsToolsTheory("dotnet-repl")]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_runs_green_in_stock_dotnet_repl_with_its_charts(string notebook)
    {
        NotebookLibrary.EnsureBuilt();
        using var home = new TemporaryHome();
        var output = Path.Combine(home.Path, "out.ipynb");

        var run = ProcessRun.Run("dotnet",
            ["tool", "run", "dotnet-repl", "--", "--run", notebook + ".ipynb", "--exit-after-run", "--output-path", output],
            Repo.PathOf("notebooks"), home.Variables);

        Assert.True(run.ExitCode == 0, run.ToString());
        var outputs = Outputs(output);
        Assert.DoesNotContain(outputs, o => (string?)o["output_type"] == "error");
        if (HasChart(notebook)) Assert.Contains(outputs, o => o["data"]?.AsObject().ContainsKey(PlotlyMime) == true);
    }

    [NeedsToolsTheory("dotnet-interactive", "nbconvert")]
    [MemberData(nameof(Notebooks))]
    public void Every_notebook_runs_green_in_the_stock_jupyter_kernel(string notebook)
    {
        NotebookLibrary.EnsureBuilt();
        using var home = new TemporaryHome();
        var install = ProcessRun.Run("dotnet", ["tool", "run", "dotnet-interactive", "--", "jupyter", "install"], Repo.Root, home.Variables);
        Assert.True(install.ExitCode == 0, install.ToString());

        var run = ProcessRun.Run("jupyter",
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
             "--ExecutePreprocessor.timeout=600", "--output-dir", home.Path, notebook + ".ipynb"],
            Repo.PathOf("notebooks"), home.Variables);

        // nbconvert --execute exits non-zero when any cell fails.
        Assert.True(run.ExitCode == 0, run.ToString());
        var outputs = Outputs(Path.Combine(home.Path, notebook + ".ipynb"));
        Assert.DoesNotContain(outputs, o => (string?)o["output_type"] == "error");
        if (HasChart(notebook)) Assert.Contains(outputs, o => o["data"]?.AsObject().ContainsKey(PlotlyMime) == true);
    }

    [NeedsToolsFact("dotnet-interactive", "nbconvert")]
    public void CHATFINDINGS_LANG_nl_makes_code_written_output_Dutch_in_the_stock_jupyter_kernel()
    {
        // The README's route, in Dutch: titles, labels and numbers come out Dutch; markdown stays as written.
        NotebookLibrary.EnsureBuilt();
        using var home = new TemporaryHome(("CHATFINDINGS_LANG", "nl"));
        var install = ProcessRun.Run("dotnet", ["tool", "run", "dotnet-interactive", "--", "jupyter", "install"], Repo.Root, home.Variables);
        Assert.True(install.ExitCode == 0, install.ToString());
        var run = ProcessRun.Run("jupyter",
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
             "--ExecutePreprocessor.timeout=600", "--output-dir", home.Path, "05-parents.ipynb"],
            Repo.PathOf("notebooks"), home.Variables);
        Assert.True(run.ExitCode == 0, run.ToString());

        var executed = Path.Combine(home.Path, "05-parents.ipynb");
        var output = string.Join("\n", Outputs(executed).Select(o => o.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Contains("Gesprekken per jaar en of een ouder onder de daders was", output); // a table title
        Assert.Contains("Alleen andere daders", output);                                   // a category label
        Assert.Contains("Uitspraak F5", output);                                           // the claim box
        Assert.DoesNotContain("Conversations by year and whether a parent", output);       // the code's English, not shown
        Assert.Contains("# F5 — Parents as exploiters", File.ReadAllText(executed));       // markdown as written
    }

    private static List<JsonNode> Outputs(string ipynb) =>
        JsonNode.Parse(File.ReadAllText(ipynb))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!).ToList();

    /// <summary>A fresh HOME for one stock-kernel run, removed afterwards.</summary>
    private sealed class TemporaryHome : IDisposable
    {
        public TemporaryHome(params (string Name, string Value)[] extra)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatfindings-home-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            var realHome = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } cliHome
                ? cliHome
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            Variables = new Dictionary<string, string>
            {
                ["HOME"] = Path,
                ["DOTNET_CLI_HOME"] = realHome,
                ["NUGET_PACKAGES"] = NuGetPackages(realHome),
                ["JUPYTER_DATA_DIR"] = System.IO.Path.Combine(Path, ".local", "share", "jupyter"),
            };
            foreach (var (name, value) in extra) ((Dictionary<string, string>)Variables)[name] = value;
        }

        public string Path { get; }
        public IReadOnlyDictionary<string, string> Variables { get; }

        private static string NuGetPackages(string realHome) =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                ? packages
                : System.IO.Path.Combine(realHome, ".nuget", "packages");

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { /* a kernel may still hold a file for a moment; the temp folder is cleaned later */ }
        }
    }
}
