using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Publishing;
using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Load;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Execution;

/// <summary>
/// The publish pipeline in-process with canned notebook runs and no browser: what it checks before
/// running, how it verifies each run and names failures, and what it writes. No kernel starts.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class PublishPipelineTests : IDisposable
{
    private static readonly string Data = Repo.PathOf("data", "synthetic", "conversations.csv");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.File("out");

    /// <summary>Notebook files with one markdown and two code cells each (the runs below are canned).</summary>
    private string Notebooks(params string[] names)
    {
        var dir = _temp.File("notebooks");
        Directory.CreateDirectory(dir);
        foreach (var name in names)
            File.WriteAllText(Path.Combine(dir, name + ".ipynb"), """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                 {"cell_type": "markdown", "metadata": {}, "source": "# A notebook"},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "study"},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "table"}]}
                """);
        return dir;
    }

    private static JsonObject Marker(string notebook, bool publishing = true, int minCell = 10, string? sha = null) => new()
    {
        ["notebook"] = notebook, ["publishing"] = publishing, ["min_cell"] = minCell, ["data_file"] = "conversations.csv",
        ["data_sha256"] = sha ?? Manifest.Sha256(Data), ["synthetic"] = true, ["data_description"] = "canned",
        ["first_year"] = 2019, ["last_year"] = 2023, ["rows_accepted"] = 1380, ["rows_rejected"] = 0,
    };

    private static DataOutput Output(string mime, JsonNode value) =>
        new(false, [KeyValuePair.Create(mime, value), KeyValuePair.Create("text/plain", (JsonNode)JsonValue.Create("shown"))], null);

    /// <summary>Runs each notebook as told: cell 2 shows the marker (unless null), cell 3 a table; or fails at a cell.</summary>
    // The table output as the library writes it (CSV and descriptor), for a two-year table.
    private static readonly ProtectedTable ByYear = DisclosureControl.Protect(
        FrequencyTable.FromCounts("by-year", "By year", Protect.Tables.Rows("2019", "2020"), [120, 95]), new DisclosurePolicy(10));

    private sealed class CannedExecutor(Func<string, (JsonObject? Marker, NotebookFailure? Failure)> plan) : INotebookExecutor
    {
        public List<string> Ran { get; } = [];

        public Task<ExecutedNotebook> RunAsync(NotebookDocument notebook, CancellationToken cancel = default)
        {
            Ran.Add(notebook.Name);
            var (marker, failure) = plan(notebook.Name);
            var code = notebook.Cells.Where(c => c.IsCode).ToList();
            IReadOnlyList<CellOutput> first = marker is null ? [] : [Output(PublishMimeTypes.Session, marker)];
            IReadOnlyList<CellOutput> second = [Output(PublishMimeTypes.Table, JsonNode.Parse(ProtectedTableFormatting.TableJson(ByYear))!)];
            return Task.FromResult(new ExecutedNotebook(notebook,
                [new ExecutedCell(code[0], 1, first), new ExecutedCell(code[1], 2, second)], failure));
        }
    }

    private async Task<(PublishResult Result, CannedExecutor Executor)> Publish(CannedExecutor executor, string notebooks, string? data = null, bool allowRejected = false)
    {
        var options = new PublishOptions(Repo.Root, data ?? Data, Out, 10, notebooks, NoPdf: true, AllowRejectedRows: allowRejected);
        var pipeline = new PublishPipeline(options, new PlainProgress(TextWriter.Null), executor, (null, "no browser in this test"));
        return (await pipeline.RunAsync(), executor);
    }

    [Fact]
    public async Task Runs_that_agree_with_the_run_are_written_with_their_tables_and_the_datas_facts()
    {
        var (result, executor) = await Publish(new CannedExecutor(name => (Marker(name), null)), Notebooks("01-a", "02-b"));

        Assert.True(result.Succeeded, string.Join("\n", result.Failures));
        Assert.Equal(["01-a", "02-b"], executor.Ran);
        Assert.Equal(new DataProvenance(true, "canned", "2019–2023", 1380, 0), result.Data);
        Assert.Equal(PublishMimeTypes.SyntheticTableBanner, File.ReadLines(Path.Combine(Out, "tables", "02-b", "by-year.csv")).First());
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "manifest.json")))!;
        Assert.Equal(0, (int)manifest["rows"]!["rejected"]!);
        Assert.True(File.Exists(Path.Combine(Out, "site", "01-a.html")));
        // The executed notebook keeps the marker; the page does not show it.
        Assert.Contains(PublishMimeTypes.Session, File.ReadAllText(Path.Combine(Out, "notebooks", "01-a.ipynb")));
        Assert.DoesNotContain("data_sha256", File.ReadAllText(Path.Combine(Out, "site", "01-a.html")));
        Assert.Contains(result.Notes, n => n.Contains("no browser in this test"));
    }

    [Fact]
    public async Task A_run_without_a_marker_or_with_one_that_disagrees_fails_naming_its_notebook()
    {
        var (result, _) = await Publish(new CannedExecutor(name => name switch
        {
            "01-none" => (null, null),
            "02-exploring" => (Marker(name, publishing: false), null),
            "03-threshold" => (Marker(name, minCell: 5), null),
            "04-other-data" => (Marker(name, sha: new string('0', 64)), null),
            _ => (Marker(name), null),
        }), Notebooks("01-none", "02-exploring", "03-threshold", "04-other-data", "05-fine"));

        Assert.Equal(["01-none", "02-exploring", "03-threshold", "04-other-data"], result.Failures.Select(f => f.Notebook));
        Assert.All(result.Failures, f => Assert.Equal(2, f.CellNumber));
        Assert.Contains("no session marker", result.Failures[0].Message);
        Assert.Contains("ran exploring, not publishing", result.Failures[1].Message);
        Assert.Contains("min_cell 5, publish with 10", result.Failures[2].Message);
        Assert.Contains("read other data", result.Failures[3].Message);
        Assert.Contains("notebook 04-other-data.ipynb, cell 2", result.Failures[3].ToString());
        // A failed run still gets its page, for inspection; the facts come from the notebook that agreed.
        Assert.True(File.Exists(Path.Combine(Out, "site", "01-none.html")));
        Assert.Equal("canned", result.Data.Description);
    }

    [Fact]
    public async Task A_failing_notebook_does_not_stop_the_others()
    {
        var (result, executor) = await Publish(new CannedExecutor(name => (Marker(name), name == "01-fails" ? new NotebookFailure(name, 3, "boom") : null)),
            Notebooks("01-fails", "02-runs"));

        Assert.Equal(["01-fails", "02-runs"], executor.Ran);
        Assert.Equal("notebook 01-fails.ipynb, cell 3 (counting all cells from 1, markdown included): boom", Assert.Single(result.Failures).ToString());
    }

    [Fact]
    public async Task Rejected_rows_stop_publish_before_any_notebook_runs_unless_allowed()
    {
        var lines = File.ReadAllLines(Data);
        lines[3] = lines[3].Replace(",2019,", ",twenty,", StringComparison.Ordinal);
        var data = _temp.Write("conversations.csv", string.Join('\n', lines) + "\n");
        var notebooks = Notebooks("01-a");
        var executor = new CannedExecutor(name => (Marker(name, sha: Manifest.Sha256(data)), null));

        var refused = await Assert.ThrowsAsync<RejectedDataException>(() => Publish(executor, notebooks, data));
        Assert.Equal(1, refused.Check.Report.RowsRejected);
        Assert.Equal(1, refused.ExitCode);
        Assert.Empty(executor.Ran);
        Assert.False(Directory.Exists(Out));

        var (result, _) = await Publish(executor, notebooks, data, allowRejected: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Failures));
    }

    [Fact]
    public async Task An_unsafe_out_folder_stops_publish_before_any_notebook_runs()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "mine.txt"), "mine");
        var executor = new CannedExecutor(name => (Marker(name), null));

        var refused = await Assert.ThrowsAsync<OutFolderRefusedException>(() => Publish(executor, Notebooks("01-a")));

        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(executor.Ran);
        Assert.Equal(["mine.txt"], Directory.GetFiles(Out).Select(Path.GetFileName));
    }
}
