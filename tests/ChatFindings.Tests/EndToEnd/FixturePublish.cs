using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>Publishes a folder of fixture notebooks (tests/fixtures/notebooks/&lt;set&gt;) into a temporary folder.</summary>
public sealed class FixturePublish : IDisposable
{
    public FixturePublish(string set, params string[] options)
    {
        Out = Path.Combine(Path.GetTempPath(), $"chatfindings-{set}-" + Guid.NewGuid().ToString("N"));
        Result = ProcessRun.Cli(["publish", "--out", Out, "--notebooks", Notebooks(set), .. options]);
    }

    public static string Notebooks(string set) => Repo.PathOf("tests", "fixtures", "notebooks", set);

    public string Out { get; }
    public ProcessResult Result { get; }

    public string PathOf(params string[] parts) => Path.Combine([Out, .. parts]);

    /// <summary>The code cells of an executed notebook, in order.</summary>
    public IReadOnlyList<JsonNode> CodeCells(string notebook) =>
        JsonNode.Parse(File.ReadAllText(PathOf("notebooks", notebook + ".ipynb")))!["cells"]!.AsArray()
            .Where(c => (string)c!["cell_type"]! == "code").Select(c => c!).ToList();

    public void Dispose()
    {
        if (Directory.Exists(Out)) Directory.Delete(Out, recursive: true);
    }
}
