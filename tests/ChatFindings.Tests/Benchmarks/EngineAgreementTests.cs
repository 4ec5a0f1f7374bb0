using ChatFindings.Benchmarks;

namespace ChatFindings.Tests.Benchmarks;

/// <summary>
/// The benchmark compares like with like only if every engine reads the same file to the same
/// counts: checked here at a small size, with the engines the benchmark times.
/// </summary>
public sealed class EngineAgreementTests(BenchmarkDataFolder data) : IClassFixture<BenchmarkDataFolder>
{
    public static TheoryData<string> OtherEngines() => new(ReadEngines.All.Select(e => e.Name).Where(n => n != "chatfindings"));

    [Theory]
    [MemberData(nameof(OtherEngines))]
    public void Every_engine_counts_what_the_project_loader_counts(string engine)
    {
        var ours = ReadEngines.Get("chatfindings").Run(data.Csv, BenchmarkDataFolder.Schema).Counts;
        var theirs = ReadEngines.Get(engine).Run(data.Csv, BenchmarkDataFolder.Schema).Counts;

        Assert.Equal(ours.ToString(), theirs.ToString());
    }

    [Fact]
    public void The_counts_cover_every_row_and_the_filtered_groups_are_not_empty()
    {
        var counts = ReadEngines.Get("chatfindings").Run(data.Csv, BenchmarkDataFolder.Schema).Counts;

        Assert.Equal(BenchmarkDataFolder.Rows, counts.Rows);
        foreach (var column in GroupCounts.Columns)
            Assert.Equal(counts.Rows, counts.Of(column).Values.Sum());
        // Non-empty filtered counts, so an engine that got a filter wrong would show.
        Assert.InRange(counts.MinorVictimCount, 1, counts.Rows - 1);
        Assert.InRange(counts.ParentCaseCount, 1, counts.Rows - 1);
        Assert.True(counts.Of("gender").ContainsKey(GroupCounts.Missing), "the data has missing genders, so missing cells are compared too");
    }

    [Fact]
    public void One_changed_cell_makes_the_engines_disagree()
    {
        // The agreement check must be able to fail: change one gender and one exploitation type.
        var changed = System.IO.Path.Combine(data.Path, "changed.csv");
        var lines = File.ReadAllLines(data.Csv);
        var fields = lines[1].Split(',');
        fields[4] = fields[4] == "male" ? "female" : "male";
        fields[5] = fields[5] == "labour" ? "other" : "labour";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(changed, lines);

        foreach (var engine in ReadEngines.All)
            Assert.NotEqual(engine.Run(data.Csv, BenchmarkDataFolder.Schema).Counts, engine.Run(changed, BenchmarkDataFolder.Schema).Counts);
    }

    [Fact]
    public void The_tables_of_all_findings_agree_with_the_engines_counts()
    {
        var loaded = ConversationLoader.Load(data.Csv, TableSchema.Load(BenchmarkDataFolder.Schema));
        var duckDb = ReadEngines.Get("duckdb").Run(data.Csv, BenchmarkDataFolder.Schema).Counts;

        var result = FindingTables.Build(loaded.Conversations, new DisclosurePolicy(SessionSettings.DefaultMinCell));

        Assert.Equal(FindingTables.Specs.Count, result.Tables.Count);
        Assert.Equal(FindingTables.Specs.Select(s => s.Name), result.Tables.Select(t => t.Name));
        Assert.Equal(7, result.Claims.Count);
        Assert.Equal(duckDb.MinorVictimCount, result.Claims[0].Value);  // F1
        Assert.Equal(duckDb.ParentCaseCount, result.Claims[4].Value);   // F5
        var byYear = result.Tables.Single(t => t.Name == "all-year-by-reporter");
        for (var r = 0; r < byYear.RowCount - 1; r++)
        {
            var total = byYear[r, byYear.ColumnCount - 1];
            // A suppressed margin hides its count; a published one must equal DuckDB's group-by count.
            if (!total.Suppressed) Assert.Equal(duckDb.Of("year")[byYear.RowCodes[r]], (long)total.Count!.Value);
        }
    }
}
