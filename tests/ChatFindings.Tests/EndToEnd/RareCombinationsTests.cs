using System.Globalization;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// A tiny data set (80 conversations) is full of cells of 1 to 4: publishing it must show none of
/// them, in table files, claims or pages, and no hidden cell may be recomputable from its line.
/// </summary>
public sealed class RareCombinations() : GeneratedDataPublish("rare", seed: 3, rows: 80, publishOptions: "--no-pdf");

/// <summary>One cell of a published tidy table file.</summary>
public sealed record TidyCell(string Table, string Row, string Column, int? Count, bool Suppressed)
{
    public static IReadOnlyList<TidyCell> ReadAll(string tablesFolder) =>
        Directory.GetFiles(tablesFolder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllLines(file)
                .Where(l => !l.StartsWith('#'))
                .Skip(1)                                   // the header
                .Select(l => Parse(Path.GetRelativePath(tablesFolder, file), l)))
            .ToList();

    // Codes and "Total" contain no commas or quotes, so a plain split reads the tidy format.
    private static TidyCell Parse(string table, string line)
    {
        var f = line.Split(',');
        Assert.Equal(6, f.Length);
        return new TidyCell(table, f[1], f[3], f[4] == "" ? null : int.Parse(f[4], CultureInfo.InvariantCulture), f[5] == "suppressed");
    }
}

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RareCombinationsTests(RareCombinations rare) : IClassFixture<RareCombinations>
{
    private const int MinCell = 10;

    [Fact]
    public void Publish_succeeds_and_hides_cells()
    {
        Assert.True(rare.Result.ExitCode == 0, rare.Result.Stderr);
        Assert.Contains(TidyCell.ReadAll(Path.Combine(rare.Out, "tables")), c => c.Suppressed);
    }

    [Fact]
    public void No_table_file_shows_a_count_under_the_threshold()
    {
        var small = TidyCell.ReadAll(Path.Combine(rare.Out, "tables")).Where(c => c.Count is > 0 and < MinCell).ToList();
        Assert.True(small.Count == 0, string.Join("\n", small));
    }

    [Fact]
    public void No_line_with_a_published_total_hides_exactly_one_cell()
    {
        // Independent of the suppression code: a lone hidden cell in a row or column whose total is
        // published is recomputed by subtraction. (Multi-valued tables do not add up; they are checked too,
        // which is the cautious reading.)
        var problems = new List<string>();
        foreach (var table in TidyCell.ReadAll(Path.Combine(rare.Out, "tables")).GroupBy(c => c.Table))
        {
            var cells = table.ToList();
            var lines = cells.Any(c => c.Column != "")
                ? cells.GroupBy(c => c.Row).Select(g => ($"row {g.Key}", g.ToList(), IsTotal: (Func<TidyCell, bool>)(c => c.Column == "Total")))
                    .Concat(cells.GroupBy(c => c.Column).Select(g => ($"column {g.Key}", g.ToList(), IsTotal: (Func<TidyCell, bool>)(c => c.Row == "Total"))))
                : [("one-way", cells, IsTotal: c => c.Row == "Total")];
            foreach (var (name, line, isTotal) in lines)
            {
                var total = line.Single(isTotal);
                if (!total.Suppressed && line.Where(c => !isTotal(c)).Count(c => c.Suppressed) == 1)
                    problems.Add($"{table.Key}, {name}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Claims_withhold_values_computed_from_small_counts()
    {
        var claims = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(rare.Out, "findings.json")))!.AsArray();
        // With 80 conversations the parent cases (F5) are a handful: the value is withheld, not printed.
        var f5 = claims.Single(c => (string)c!["id"]! == "F5")!;
        Assert.Null(f5["computed_value"]);
        Assert.Contains("Withheld", (string)f5["note"]!);
    }
}

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ShippedTablesReadabilityTests(PublishedArtifacts published)
{
    [Fact]
    public void The_synthetic_datas_tables_stay_readable()
    {
        var cells = TidyCell.ReadAll(published.PathOf("tables"));
        Assert.NotEmpty(cells);
        var share = cells.Count(c => c.Suppressed) / (double)cells.Count;
        Assert.True(share < 1.0 / 3, $"{share:P0} of the published cells are suppressed");
    }
}
