using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PublishEndToEndTests(PublishedArtifacts published)
{
    private const string SyntheticBanner = "# SYNTHETIC DATA: generated, not the real chat conversations";

    [Fact]
    public void Publish_on_the_synthetic_data_exits_0_and_writes_every_executed_notebook()
    {
        Assert.True(published.Result.ExitCode == 0, published.Result.ToString());
        var expected = PublishedArtifacts.CommittedNotebooks().Select(Path.GetFileName).ToList();
        Assert.NotEmpty(expected);
        var written = Directory.GetFiles(published.PathOf("notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, written);
    }

    [NeedsToolsFact("nbformat")]
    public void Executed_notebooks_pass_nbformat_4_validation()
    {
        var files = Directory.GetFiles(published.PathOf("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var check = ProcessRun.Run(Tools.Python,
            ["-c", "import nbformat,sys\nfor f in sys.argv[1:]:\n    nbformat.validate(nbformat.read(f, as_version=4))\n    print('valid', f)", .. files],
            Repo.Root);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(files.Count, check.Stdout.Split('\n').Count(l => l.StartsWith("valid ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_code_cell_ran_in_order_and_JSON_outputs_are_stored_as_objects()
    {
        foreach (var file in Directory.GetFiles(published.PathOf("notebooks"), "*.ipynb"))
        {
            var code = JsonNode.Parse(File.ReadAllText(file))!["cells"]!.AsArray().Where(c => (string)c!["cell_type"]! == "code").ToList();
            Assert.Equal(Enumerable.Range(1, code.Count).Select(i => (int?)i), code.Select(c => (int?)c!["execution_count"]));
            foreach (var output in code.SelectMany(c => c!["outputs"]!.AsArray()))
            {
                Assert.NotEqual("error", (string)output!["output_type"]!);
                foreach (var (mime, value) in output["data"]?.AsObject() ?? [])
                    if (mime.EndsWith("+json", StringComparison.Ordinal) || mime == "application/json")
                        Assert.True(value is JsonObject or JsonArray, $"{Path.GetFileName(file)}: {mime} stored as {value?.GetValueKind()}");
            }
        }
    }

    [Fact]
    public void The_data_notebook_shows_a_plotly_chart_and_a_protected_table()
    {
        var nb = published.ReadJson("notebooks", "00-data-and-methods.ipynb");
        var mimes = nb["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).SelectMany(o => o!["data"]?.AsObject().Select(p => p.Key) ?? []).ToList();
        Assert.Contains("application/vnd.plotly.v1+json", mimes);
        Assert.Contains(PublishMimeTypes.Table, mimes);
    }

    [Fact]
    public void Tables_are_written_per_notebook_and_labelled_synthetic()
    {
        var tables = Directory.GetFiles(published.PathOf("tables"), "*.csv", SearchOption.AllDirectories);
        Assert.NotEmpty(tables);
        Assert.True(File.Exists(published.PathOf("tables", "00-data-and-methods", "reporter-by-year.csv")));
        foreach (var table in tables)
        {
            var lines = File.ReadAllLines(table);
            Assert.Equal(SyntheticBanner, lines[0]);
            Assert.Equal("row_variable,row_value,column_variable,column_value,count,flag", lines[1]);
        }
    }

    [Fact]
    public void Findings_json_is_an_array_of_complete_claims()
    {
        var findings = published.ReadJson("findings.json");
        Assert.IsType<JsonArray>(findings);
        foreach (var claim in findings.AsArray())
            Assert.Equal(PublishMimeTypes.ClaimKeys, claim!.AsObject().Select(p => p.Key).Take(PublishMimeTypes.ClaimKeys.Count));
    }

    [Fact]
    public void Manifest_records_every_input_with_its_checksum_the_threshold_and_the_commit()
    {
        var manifest = published.ReadJson("manifest.json");
        Assert.True((bool)manifest["synthetic"]!);
        Assert.Equal(10, (int)manifest["min_cell"]!);
        Assert.Equal("data/synthetic/conversations.csv", (string)manifest["data"]!);
        Assert.Matches("^([0-9a-f]{40}|unknown)$", (string)manifest["git"]!["commit"]!);
        Assert.Equal("1.0.0-beta.26120.1", (string)manifest["packages"]!["Microsoft.DotNet.Interactive"]!);

        var inputs = manifest["inputs"]!.AsArray().Select(i => (Path: (string)i!["path"]!, Sha: (string)i["sha256"]!)).ToList();
        var paths = inputs.Select(i => i.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        var expected = new List<string> { "data/synthetic/conversations.csv", "data/synthetic/conversations.provenance.json" };
        expected.AddRange(Directory.GetFiles(Repo.PathOf("data-schema"), "*.schema.json").Select(Relative));
        expected.AddRange(Directory.GetFiles(Repo.PathOf("data", "reference"), "*", SearchOption.AllDirectories).Select(Relative));
        expected.AddRange(PublishedArtifacts.CommittedNotebooks().Select(Relative));
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths);
        foreach (var (path, sha) in inputs)
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Repo.PathOf(path)))), sha);
    }

    [Fact]
    public void No_artifact_mentions_an_absolute_path_of_this_machine()
    {
        var files = Directory.GetFiles(published.Out, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith(".ipynb", StringComparison.Ordinal));
        foreach (var file in files)
        {
            // The PDF's page streams are compressed: read its text and metadata through poppler.
            var text = file.EndsWith(".pdf", StringComparison.Ordinal)
                ? Appendix.Poppler.Text(file) + Appendix.Poppler.Info(file)
                : File.ReadAllText(file);
            Assert.DoesNotContain(Repo.Root, text);
            Assert.DoesNotContain(published.Out, text);
        }
    }

    [Fact]
    public void Two_publish_runs_give_byte_identical_artifacts()
    {
        Assert.True(published.Result.ExitCode == 0, published.Result.ToString());
        var second = Path.Combine(Path.GetTempPath(), "chatfindings-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = ProcessRun.Cli("publish", "--out", second, "--lang", "en,nl"); // both editions, as the shared publish
            Assert.True(run.ExitCode == 0, run.ToString());
            var first = Files(published.Out);
            Assert.Equal(first.Keys, Files(second).Keys);
            foreach (var (relative, bytes) in Files(second))
                Assert.True(first[relative].AsSpan().SequenceEqual(bytes), $"{relative} differs between two runs");
        }
        finally
        {
            if (Directory.Exists(second)) Directory.Delete(second, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(Repo.Root, path).Replace('\\', '/');
}
