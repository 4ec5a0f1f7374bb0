using System.Text.Json.Nodes;
using ChatFindings.Cli.Publishing;
using ChatFindings.Tests.Load;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>What publish refuses or fails while running notebooks: each a small fixture set, published for real.</summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PublishRulesEndToEndTests
{
    private static IReadOnlyList<string> FailureLines(ProcessResult result) =>
        result.Stderr.Split('\n').Where(l => l.StartsWith("  notebook ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_second_publish_into_its_own_folder_replaces_the_first()
    {
        using var first = new FixturePublish("minimal", "--no-pdf");
        Assert.True(first.Result.ExitCode == 0, first.Result.ToString());
        File.WriteAllText(first.PathOf("site", "stale.html"), "left by an older run");

        var second = ProcessRun.Cli("publish", "--out", first.Out, "--no-pdf", "--notebooks", FixturePublish.Notebooks("minimal"));

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False(File.Exists(first.PathOf("site", "stale.html")));
        Assert.True(File.Exists(first.PathOf("tables", "01-session", "by-year.csv")));
        Assert.Equal(ArtifactFolder.MarkerText, File.ReadAllText(first.PathOf(ArtifactFolder.MarkerName)));
    }

    [Fact]
    public void Every_route_past_the_formatters_fails_its_cell_and_stores_nothing_of_it()
    {
        using var run = new FixturePublish("blocked", "--no-pdf");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        var notebooks = Directory.GetFiles(FixturePublish.Notebooks("blocked"), "*.ipynb").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(8, notebooks.Count);
        var failures = FailureLines(run.Result);
        Assert.Equal(notebooks.Count, failures.Count);
        foreach (var notebook in notebooks)
        {
            var line = Assert.Single(failures, l => l.Contains($"notebook {notebook}.ipynb, cell 3 ", StringComparison.Ordinal));
            Assert.Contains("Blocked while publishing", line);
            // The blocked cell keeps only its error: no text, number or row of what it tried to show.
            var cell = run.CodeCells(notebook!)[1];
            var output = Assert.Single(cell["outputs"]!.AsArray());
            Assert.Equal("error", (string?)output!["output_type"]);
        }
        Assert.Contains(failures, l => l.Contains("01-console-out") && l.Contains("console output (standard output)"));
        Assert.Contains(failures, l => l.Contains("02-console-error") && l.Contains("console output (standard error)"));
        // Values are blocked by the formatters or, behind them, by the runner (its own wording: NotebookRunnerTests).
    }

    [Fact]
    public void A_notebook_without_its_session_marker_or_with_one_that_disagrees_fails_publish()
    {
        using var run = new FixturePublish("marker", "--no-pdf");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        var failures = FailureLines(run.Result);
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, l => l.Contains("01-no-marker.ipynb") && l.Contains("no session marker"));
        Assert.Contains(failures, l => l.Contains("02-exploring.ipynb") && l.Contains("ran exploring, not publishing"));
        Assert.Contains(failures, l => l.Contains("03-other-threshold.ipynb") && l.Contains("min_cell 5, publish with 10"));
        Assert.DoesNotContain("04-agrees", run.Result.Stderr);
    }

    [Fact]
    public void A_cell_over_the_timeout_fails_its_notebook_naming_the_cell()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var run = new FixturePublish("timeout", "--no-pdf", "--cell-timeout", "10");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        var line = Assert.Single(FailureLines(run.Result));
        Assert.Contains("notebook 01-hangs.ipynb, cell 3 ", line);
        Assert.Contains("did not finish within 10 s", line);
        // The cell sleeps ten minutes: publish did not wait for it.
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"took {clock.Elapsed}");
    }

    /// <summary>The shipped data with one row broken (a year that is not a number): one rejected row.</summary>
    private static string DataWithARejectedRow(TempFolder folder)
    {
        var lines = File.ReadAllLines(Repo.PathOf("data", "synthetic", "conversations.csv"));
        var fields = lines[5].Split(',');
        fields[1] = "20x1";
        lines[5] = string.Join(',', fields);
        var csv = folder.Write("conversations.csv", string.Join('\n', lines) + "\n");
        File.Copy(Repo.PathOf("data", "synthetic", "conversations.provenance.json"), folder.File("conversations.provenance.json"));
        return csv;
    }

    [Fact]
    public void Data_with_rejected_rows_is_refused_with_the_validate_report()
    {
        using var data = new TempFolder();
        var csv = DataWithARejectedRow(data);
        using var run = new FixturePublish("minimal", "--no-pdf", "--data", csv);

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        var validate = ProcessRun.Cli("validate", csv);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(validate.Stdout.Trim(), run.Result.Stdout);
        var error = Assert.Single(run.Result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("1 rows rejected", error);
        Assert.Contains("--allow-rejected-rows", error);
        Assert.False(Directory.Exists(run.Out));
    }

    [Fact]
    public void Allowed_rejected_rows_are_counted_in_the_last_line_the_index_the_session_and_the_manifest()
    {
        using var data = new TempFolder();
        var csv = DataWithARejectedRow(data);
        using var run = new FixturePublish("minimal", "--no-pdf", "--data", csv, "--allow-rejected-rows");

        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        var last = run.Result.Stdout.TrimEnd().Split('\n')[^1];
        Assert.Contains("1 data rows rejected", last);
        Assert.Contains("1 row was rejected", File.ReadAllText(run.PathOf("site", "index.html")));
        // The session output at the top of every notebook (00 included) says it too.
        Assert.Contains("1 row was rejected by the codebook check", File.ReadAllText(run.PathOf("site", "01-session.html")));
        var manifest = JsonNode.Parse(File.ReadAllText(run.PathOf("manifest.json")))!;
        Assert.Equal(1, (int)manifest["rows"]!["rejected"]!);
        Assert.Equal(1379, (int)manifest["rows"]!["accepted"]!);
    }
}
