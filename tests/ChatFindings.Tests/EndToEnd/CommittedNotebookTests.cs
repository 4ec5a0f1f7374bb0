using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>The notebooks as committed: no outputs, and the set-up cell every kernel understands.</summary>
public sealed class CommittedNotebookTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in PublishedArtifacts.CommittedNotebooks()) data.Add(Path.GetFileName(path));
        return data;
    }

    private static JsonArray Cells(string file) =>
        JsonNode.Parse(File.ReadAllText(Repo.PathOf("notebooks", file)))!["cells"]!.AsArray();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Committed_notebooks_have_no_outputs(string file)
    {
        foreach (var cell in Cells(file).Where(c => (string)c!["cell_type"]! == "code"))
        {
            Assert.Empty(cell!["outputs"]!.AsArray());
            Assert.Null((int?)cell["execution_count"]);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_first_code_cell_loads_the_library_and_starts_the_session_under_the_notebooks_name(string file)
    {
        var first = Cells(file).First(c => (string)c!["cell_type"]! == "code")!;
        var source = string.Concat(first["source"]!.AsArray().Select(l => (string)l!));
        Assert.StartsWith("#r \"../build/lib/ChatFindings.dll\"\nusing ChatFindings;\n", source);
        Assert.Contains($"NotebookSession.Start(\"{Path.GetFileNameWithoutExtension(file)}\")", source);
    }
}
