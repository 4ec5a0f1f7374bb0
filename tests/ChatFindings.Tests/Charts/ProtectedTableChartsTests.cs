using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Charts;

public class ProtectedTableChartsTests
{
    private static IEnumerable<Conversation> Data() =>
        Make.Many(40, () => Make.Conversation(year: 2019, type: ExploitationType.Sexual))
            .Concat(Make.Many(30, () => Make.Conversation(year: 2020, type: ExploitationType.Sexual)))
            .Concat(Make.Many(3, () => Make.Conversation(year: 2020, type: ExploitationType.Criminal)))
            .Concat(Make.Many(20, () => Make.Conversation(year: 2021, type: ExploitationType.Criminal)));

    [Fact]
    public void A_one_way_chart_has_the_categories_without_the_total_and_one_series_of_counts()
    {
        var table = DisclosureControl.Protect(FrequencyTable.OneWay("by-year", "By year", Data(), ConversationVariables.Year), new DisclosurePolicy(10));
        var data = table.ToChartData();
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], data.Categories);
        Assert.Equal([40.0, 33.0, 20.0, 0.0, 0.0], data.Series.Single().Values.Select(v => v!.Value).ToArray());
    }

    [Fact]
    public void Suppressed_cells_become_gaps_never_numbers()
    {
        var table = DisclosureControl.Protect(
            FrequencyTable.TwoWay("t", "Year by form", Data(), ConversationVariables.Year, ConversationVariables.ExploitationType), new DisclosurePolicy(10));
        var data = table.ToChartData();
        var criminal2020 = data.Series.Single(s => s.Name == "Criminal exploitation").Values[1];
        Assert.Null(criminal2020);
        Assert.True(data.HasSuppressedValues);
        Assert.Equal("<10", data.SuppressedLabel);
        Assert.DoesNotContain("\"y\":[40,3", table.ToChart().FigureJson.Replace(" ", ""));
    }

    [Fact]
    public void Shares_are_computed_from_the_protected_counts_and_suppressed_with_them()
    {
        var table = DisclosureControl.Protect(
            FrequencyTable.TwoWay("t", "Year by form", Data(), ConversationVariables.Year, ConversationVariables.ExploitationType), new DisclosurePolicy(10));
        var shares = table.ToChartData(shareOf: Denominator.Row);
        var total = table.ColumnCount - 1;
        for (var c = 0; c < shares.Series.Count; c++)
        for (var r = 0; r < shares.Categories.Count; r++)
        {
            var (cell, rowTotal) = (table[r, c].Count, table[r, total].Count);
            double? expected = cell is { } n && rowTotal is { } b && b > 0 ? Math.Round(100.0 * n / b, 1) : null;
            Assert.Equal(expected, shares.Series[c].Values[r]);
        }
        Assert.Null(shares.Series.Single(s => s.Name == "Criminal exploitation").Values[1]);
        Assert.StartsWith("%", shares.YAxisTitle);
    }
}
