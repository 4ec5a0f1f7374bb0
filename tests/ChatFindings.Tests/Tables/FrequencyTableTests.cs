using CsCheck;

namespace ChatFindings.Tests.Tables;

public class FrequencyTableTests
{
    [Fact]
    public void Totals_equal_the_number_of_conversations_for_every_variable() =>
        ConversationGen.Many.Sample(conversations =>
        {
            foreach (var rows in ConversationVariables.All)
            {
                var oneWay = FrequencyTable.OneWay("t", "T", conversations, rows);
                Assert.Equal(conversations.Length, oneWay.GrandTotal);
                Assert.Equal(conversations.Length, oneWay.Count(TableMargin.Code));
                if (!rows.Variable.IsMultiValued)
                    Assert.Equal(conversations.Length, Enumerable.Range(0, oneWay.RowCount - 1).Sum(r => oneWay[r, 0]));
            }
        }, iter: 100);

    [Fact]
    public void Two_way_cells_and_margins_count_conversations_in_both_categories() =>
        ConversationGen.Many.Sample(conversations =>
        {
            var rows = ConversationVariables.Perpetrators;
            var columns = ConversationVariables.Gender;
            var table = FrequencyTable.TwoWay("t", "T", conversations, rows, columns);
            Assert.Equal(conversations.Length, table.GrandTotal);
            for (var r = 0; r < table.RowCount - 1; r++)
            {
                for (var c = 0; c < table.ColumnCount - 1; c++)
                    Assert.Equal(conversations.Count(x => rows.IndexesOf(x).Contains(r) && columns.IndexOf(x) == c), table[r, c]);
                Assert.Equal(conversations.Count(x => rows.IndexesOf(x).Contains(r)), table[r, table.ColumnCount - 1]);
            }
            for (var c = 0; c < table.ColumnCount - 1; c++)
            {
                Assert.Equal(conversations.Count(x => columns.IndexOf(x) == c), table[table.RowCount - 1, c]);
                // Gender is single-valued, so each row (an exploiter category) adds up across gender.
                for (var r = 0; r < table.RowCount; r++)
                    Assert.Equal(table[r, table.ColumnCount - 1], Enumerable.Range(0, table.ColumnCount - 1).Sum(k => table[r, k]));
            }
        }, iter: 100);

    [Fact]
    public void Rows_follow_codebook_order_and_end_with_not_known_then_total()
    {
        var table = FrequencyTable.OneWay("by-duration", "Duration", [ConversationGen.Make()], ConversationVariables.Duration);
        Assert.Equal(["lt_1y", "1_2y", "2_5y", "5y_plus", "unknown", "Total"], table.RowCodes);
        Assert.Equal(["Less than a year", "1 to 2 years", "2 to 5 years", "5 years or more", "Not known", "Total"], table.RowLabels);
        Assert.Equal(["Conversations"], table.ColumnLabels);

        var years = FrequencyTable.TwoWay("y", "Y", [], ConversationVariables.Year, ConversationVariables.Reporter);
        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "Total"], years.RowCodes);
        Assert.Equal(["victim", "third_party", "Total"], years.ColumnCodes); // required field: no "Not known"
    }

    [Fact]
    public void A_list_field_counts_a_conversation_once_in_each_category_it_names_and_says_so()
    {
        Conversation[] conversations =
        [
            ConversationGen.Make(perpetrators: Perpetrators.Parent | Perpetrators.PartnerOrLoverBoy),
            ConversationGen.Make(perpetrators: Perpetrators.Parent),
            ConversationGen.Make(perpetrators: Perpetrators.None),
        ];
        var table = FrequencyTable.OneWay("by-exploiter", "Exploiters", conversations, ConversationVariables.Perpetrators);
        Assert.Equal(2, table.Count("parent"));
        Assert.Equal(1, table.Count("partner_or_lover_boy"));
        Assert.Equal(0, table.Count("stranger"));
        Assert.Equal(1, table.Count("unknown"));
        Assert.Equal(3, table.GrandTotal);
        Assert.Equal(4, Enumerable.Range(0, table.RowCount - 1).Sum(r => table[r, 0])); // more than the total
        var note = Assert.Single(table.Notes);
        Assert.Contains("Exploiters", note);
        Assert.Contains("number of conversations", note);

        var single = FrequencyTable.OneWay("by-gender", "Gender", conversations, ConversationVariables.Gender);
        Assert.Empty(single.Notes);
    }

    [Fact]
    public void Percentages_carry_their_denominator_and_the_counts_behind_them()
    {
        var rows = new Variable("sex", "Sex", [new("f", "F"), new("m", "M")]);
        var columns = new Variable("kind", "Kind", [new("a", "A"), new("b", "B"), new("c", "C")]);
        var table = FrequencyTable.FromCounts("t", "T", rows, columns, new[,] { { 10, 30, 0 }, { 20, 20, 20 } });

        var byRow = table.Percentages(Denominator.Row);
        var fb = byRow.Single(p => p.RowCode == "f" && p.ColumnCode == "b");
        Assert.Equal((Denominator.Row, 30, 40), (fb.Denominator, fb.Count, fb.Base));
        Assert.Equal(75.0, fb.Value);
        Assert.Equal("75.0%", fb.ToString());

        var byColumn = table.Percentages(Denominator.Column);
        var ma = byColumn.Single(p => p.RowCode == "m" && p.ColumnCode == "a");
        Assert.Equal((20, 30), (ma.Count, ma.Base));
        var totalC = byColumn.Single(p => p.RowCode == "Total" && p.ColumnCode == "c");
        Assert.Equal(100.0, totalC.Value);

        var byTotal = table.Percentages(Denominator.Total);
        Assert.Equal(12, byTotal.Count); // 3x4 grid, margins included
        Assert.All(byTotal, p => Assert.Equal(100, p.Base));
        Assert.Equal(0.0, byTotal.Single(p => p.RowCode == "f" && p.ColumnCode == "c").Value);
        Assert.All(byTotal, p => Assert.False(p.Suppressed));
    }

    [Fact]
    public void A_one_way_table_has_only_the_total_as_denominator()
    {
        var table = FrequencyTable.FromCounts("t", "T", new Variable("v", "V", [new("a", "A"), new("b", "B")]), [1, 3]);
        Assert.Equal([25.0, 75.0, 100.0], table.Percentages(Denominator.Total).Select(p => p.Value!.Value));
        Assert.All(table.Percentages(Denominator.Total), p => Assert.Null(p.ColumnCode));
        Assert.Throws<ArgumentException>(() => table.Percentages(Denominator.Row));
    }

    [Fact]
    public void A_zero_base_gives_no_percentage_rather_than_a_division_error()
    {
        var table = FrequencyTable.FromCounts("t", "T", new Variable("v", "V", [new("a", "A")]), [0]);
        var p = table.Percentages(Denominator.Total)[0];
        Assert.Null(p.Value);
        Assert.False(p.Suppressed);
    }

    [Fact]
    public void Hand_made_counts_are_checked()
    {
        var v = new Variable("v", "V", [new("a", "A"), new("b", "B")]);
        var list = new Variable("l", "L", [new("a", "A"), new("b", "B"), Category.Unknown], isMultiValued: true);
        Assert.Contains("2 counts for 3", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts("t", "T", list, [1, 2], 3)).Message);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts("t", "T", v, [-1, 2])).Message);
        Assert.Contains("add up to 3", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts("t", "T", v, [1, 2], 4)).Message);
        Assert.Contains("must be given", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts("t", "T", list, [1, 2, 0])).Message);
        Assert.Contains("outside [2, 3]", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts("t", "T", list, [1, 2, 0], 4)).Message);
        Assert.Equal(2, FrequencyTable.FromCounts("t", "T", list, [1, 2, 0], 2).GrandTotal);
    }

    [Theory]
    [InlineData("By year")]
    [InlineData("by_year")]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("-x")]
    public void A_table_name_must_be_usable_as_a_file_name(string name)
    {
        var v = new Variable("v", "V", [new("a", "A")]);
        Assert.Contains("file name", Assert.Throws<ArgumentException>(() => FrequencyTable.FromCounts(name, "T", v, [1])).Message);
    }

    [Fact]
    public void The_DataFrame_view_has_a_label_column_and_one_count_column_per_grid_column()
    {
        var rows = new Variable("sex", "Sex", [new("f", "F"), new("m", "M")]);
        var columns = new Variable("kind", "Kind", [new("a", "A"), new("b", "B")]);
        var frame = FrequencyTable.FromCounts("t", "T", rows, columns, new[,] { { 1, 2 }, { 3, 4 } }).ToDataFrame();
        Assert.Equal(["Sex", "A", "B", "Total"], frame.Columns.Select(c => c.Name));
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal("Total", frame.Columns["Sex"][2]);
        Assert.Equal(10, frame.Columns["Total"][2]);
        Assert.Equal(3, frame.Columns["A"][1]);
    }
}
