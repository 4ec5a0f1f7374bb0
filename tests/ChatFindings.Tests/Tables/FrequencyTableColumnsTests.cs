using CsCheck;

namespace ChatFindings.Tests.Tables;

/// <summary>
/// Tables counted straight from a data set's columns equal the same tables counted row by row, for every
/// built-in variable and pair of variables, on generated data; and the column path is the one taken.
/// </summary>
public sealed class FrequencyTableColumnsTests
{
    private static void AssertSameTable(FrequencyTable expected, FrequencyTable actual)
    {
        Assert.Equal(expected.RowCodes, actual.RowCodes);
        Assert.Equal(expected.ColumnCodes, actual.ColumnCodes);
        Assert.Equal(expected.Notes, actual.Notes);
        for (var r = 0; r < expected.RowCount; r++)
        for (var c = 0; c < expected.ColumnCount; c++)
            Assert.True(expected[r, c] == actual[r, c], $"{expected.Name} [{expected.RowCodes[r]}, {expected.ColumnCodes[c]}]: {expected[r, c]} <> {actual[r, c]}");
    }

    // The codebook's variables and the findings' derived ones that read the columns.
    private static readonly ConversationVariable[] WithColumns =
        [.. ConversationVariables.All, FindingVariables.ParentExploiter, FindingVariables.SeveralExploiters, FindingVariables.Minor];

    [Fact]
    public void One_way_and_two_way_tables_from_the_columns_equal_the_row_by_row_tables()
    {
        ConversationGen.Many.Sample(generated =>
        {
            var data = ConversationGen.AsDataSet(generated);
            var subset = data.Where((_, i) => i % 3 != 1).ToArray(); // an array of the data set's own rows, as a population holds
            foreach (var rows in WithColumns)
            {
                Assert.NotNull(FrequencyTableColumns.TryCount(data, rows, null));
                AssertSameTable(FrequencyTable.OneWay("t", "T", ConversationGen.RowByRow(data), rows), FrequencyTable.OneWay("t", "T", data, rows));
                AssertSameTable(FrequencyTable.OneWay("t", "T", ConversationGen.RowByRow(subset), rows), FrequencyTable.OneWay("t", "T", subset, rows));
                foreach (var columns in WithColumns)
                {
                    AssertSameTable(FrequencyTable.TwoWay("t", "T", ConversationGen.RowByRow(data), rows, columns), FrequencyTable.TwoWay("t", "T", data, rows, columns));
                    AssertSameTable(FrequencyTable.TwoWay("t", "T", ConversationGen.RowByRow(subset), rows, columns), FrequencyTable.TwoWay("t", "T", subset, rows, columns));
                }
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Age_groups_from_the_columns_equal_the_row_by_row_groups_at_every_band_edge_and_beyond_the_ages_people_have()
    {
        int?[] ages = [null, int.MinValue + 1, -1, 0, 11, 12, 13, 14, 15, 16, 17, 18, 22, 23, 127, 128, 300, int.MaxValue];
        var data = ConversationGen.AsDataSet(ages.Select(age => ConversationGen.Make(age: age)).ToArray());
        var expected = FrequencyTable.OneWay("t", "T", ConversationGen.RowByRow(data), ConversationVariables.AgeGroup);
        AssertSameTable(expected, FrequencyTable.OneWay("t", "T", data, ConversationVariables.AgeGroup));
        // Each age in the band the codebook's bands name: "16_17" holds 16 and 17, "23_plus" everything from 23.
        Assert.Equal([4, 2, 2, 2, 2, 5, 1, 18], Enumerable.Range(0, expected.RowCount).Select(r => expected[r, 0]));
    }

    [Fact]
    public void A_planted_difference_fails_the_table_comparison()
    {
        var data = ConversationGen.AsDataSet([ConversationGen.Make(age: 15), ConversationGen.Make(age: 30)]);
        var planted = data.Select((c, i) => i == 0 ? c with { Age = 16 } : c).ToArray();
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSameTable(
            FrequencyTable.OneWay("t", "T", ConversationGen.RowByRow(data), ConversationVariables.AgeGroup), FrequencyTable.OneWay("t", "T", planted, ConversationVariables.AgeGroup)));
    }

    [Fact]
    public void A_year_outside_the_table_gives_the_row_by_row_error()
    {
        var data = ConversationGen.AsDataSet([ConversationGen.Make(year: 2020), ConversationGen.Make(year: 2018)]);
        var expected = Assert.Throws<ArgumentException>(() => FrequencyTable.OneWay("t", "T", ConversationGen.RowByRow(data), ConversationVariables.Year));
        var actual = Assert.Throws<ArgumentException>(() => FrequencyTable.OneWay("t", "T", data, ConversationVariables.Year));
        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void Conversations_of_several_stores_are_counted_row_by_row()
    {
        var mixed = ConversationGen.AsDataSet([ConversationGen.Make()]).Append(ConversationGen.Make()).ToArray();
        Assert.Null(FrequencyTableColumns.TryCount(mixed, ConversationVariables.Gender, null));
        Assert.Equal(2, FrequencyTable.OneWay("t", "T", mixed, ConversationVariables.Gender).GrandTotal);
    }
}
