using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Claims;

public class PublishedComparisonTests
{
    [Fact]
    public void Sets_each_published_year_beside_the_computed_value()
    {
        var text = PublishedComparison.ByYear(Repo.Reference, "minors", "Computed", year => $"value {year}").Markdown;
        var rows = text.Split('\n');
        Assert.Equal("| Year | Published (yearly report) | Computed |", rows[0]);
        // The brief publishes a minors share for 2019, 2020 and 2022 only: no row is invented for the others.
        Assert.Equal(["2019", "2020", "2022"], rows.Skip(2).Select(r => r.Split('|')[1].Trim()).ToArray());
        Assert.All(rows.Skip(2), r => Assert.Contains("value " + r.Split('|')[1].Trim(), r));
    }

    [Fact]
    public void An_unknown_measure_is_an_error() =>
        Assert.Throws<ArgumentException>(() => PublishedComparison.ByYear(Repo.Reference, "no_such_measure", "x", _ => ""));

    [Fact]
    public void Narrative_tables_escape_cell_text_and_check_row_width()
    {
        var table = NarrativeText.Table(["a", "b"], [["x|y", "line\nbreak"]]);
        Assert.Equal("| a | b |\n|---|---|\n| x\\|y | line break |", table.Markdown);
        Assert.Contains("<table>", table.ToHtml());
        Assert.Throws<ArgumentException>(() => NarrativeText.Table(["a", "b"], [["only one"]]));
    }
}
