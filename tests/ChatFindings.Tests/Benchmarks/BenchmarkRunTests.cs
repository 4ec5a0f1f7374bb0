using ChatFindings.Benchmarks;

namespace ChatFindings.Tests.Benchmarks;

/// <summary>
/// The benchmark command itself, at a small size: each measurement runs in a child process of the
/// benchmark program and reports what it read. Correctness only, never timings.
/// </summary>
[Trait("Category", "EndToEnd")] // runs the benchmark command in child processes
public sealed class BenchmarkRunTests(BenchmarkDataFolder data) : IClassFixture<BenchmarkDataFolder>
{
    [Fact]
    public void A_child_process_measures_a_load_and_reports_the_same_counts_as_an_in_process_run()
    {
        var measured = ChildProcess.MeasureLoad("duckdb", data.Csv, BenchmarkDataFolder.Schema);
        var inProcess = ReadEngines.Get("duckdb").Run(data.Csv, BenchmarkDataFolder.Schema).Counts;

        Assert.Equal(Measurement.LoadKind, measured.Kind);
        Assert.Equal(BenchmarkDataFolder.Rows, measured.Rows);
        Assert.Equal(new FileInfo(data.Csv).Length, measured.FileBytes);
        Assert.Equal(inProcess.ToString(), measured.Counts);
        Assert.True(measured.PeakWorkingSetBytes > 0);
        Assert.True(measured.Phase1Seconds > 0);
    }

    [Fact]
    public void A_child_process_measures_the_tables_of_all_findings()
    {
        var measured = ChildProcess.MeasureTables(data.Csv, BenchmarkDataFolder.Schema);
        var expected = Measurement.TablesSummary(FindingTables.Build(ConversationLoader.Load(data.Csv, TableSchema.Load(BenchmarkDataFolder.Schema)).Conversations, new DisclosurePolicy(SessionSettings.DefaultMinCell)));

        Assert.Equal(FindingTables.Specs.Count, measured.Tables);
        Assert.Equal(expected, measured.Counts);
        Assert.Equal(BenchmarkDataFolder.Rows, measured.Rows);
    }

    [Fact]
    public void The_run_command_writes_results_for_every_engine_and_the_tables()
    {
        var output = System.IO.Path.Combine(data.Path, "results");
        var options = BenchmarkOptions.Parse(
            ["--sizes", "500", "--repeat", "1", "--skip-publish", "--work", data.Path, "--out", output], Support.Repo.Root);
        var log = new StringWriter();

        var exit = BenchmarkCommand.Run(options, log);

        Assert.True(exit == 0, log.ToString());
        var results = File.ReadAllText(System.IO.Path.Combine(output, "results.md"));
        foreach (var engine in ReadEngines.All) Assert.Contains($"| 500 | 0.1 | {engine.Name} |", results);
        Assert.Contains("### Tables of all findings", results);
        Assert.Contains("### Targets", results);
        Assert.DoesNotContain("disagree", results);
        Assert.True(File.Exists(System.IO.Path.Combine(output, "results.json")));
        var chart = File.ReadAllText(System.IO.Path.Combine(output, "growth.html"));
        Assert.Contains("Cost per row as the data grows", chart);
        foreach (var engine in ReadEngines.All) Assert.Contains($"{engine.Name} read", chart);
    }

    [Theory]
    [InlineData("--sizes", "0")]
    [InlineData("--engines", "sqlite")]
    [InlineData("--frobnicate")]
    public void Wrong_options_are_a_usage_error(params string[] args)
    {
        var stderr = new StringWriter();

        var exit = BenchmarkCommand.Execute(["run", .. args], TextWriter.Null, stderr, Support.Repo.Root);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr.ToString());
    }
}
