namespace ChatFindings.Tests.Protect;

public class RenderingTests
{
    private static readonly Variable Gender = new("gender", "Gender", [new("female", "Female"), new("male", "Male"), new("other", "Other")]);

    private static ProtectedTable ByGender(int female, int male, int other) =>
        DisclosureControl.Protect(FrequencyTable.FromCounts("by-gender", "Conversations by gender", Gender, [female, male, other]), new DisclosurePolicy(10));

    [Fact]
    public void One_way_tidy_csv_has_the_exact_format()
    {
        Assert.Equal(
            "row_variable,row_value,column_variable,column_value,count,flag\n" +
            "gender,female,,,40,\n" +
            "gender,male,,,,suppressed\n" +
            "gender,other,,,,suppressed\n" +
            "gender,Total,,,55,\n",
            ByGender(40, 3, 12).ToTidyCsv());
    }

    [Fact]
    public void Two_way_tidy_csv_lists_every_cell_row_by_row_with_margins()
    {
        var years = new Variable("year", "Year", [new("2019", "2019"), new("2020", "2020")]);
        var reporter = new Variable("reporter", "Reporter", [new("victim", "Victim"), new("third_party", "Third party")]);
        var t = DisclosureControl.Protect(FrequencyTable.FromCounts("t", "T", years, reporter, new[,] { { 20, 30 }, { 15, 25 } }), new DisclosurePolicy(10));
        Assert.Equal(
            "row_variable,row_value,column_variable,column_value,count,flag\n" +
            "year,2019,reporter,victim,20,\n" +
            "year,2019,reporter,third_party,30,\n" +
            "year,2019,reporter,Total,50,\n" +
            "year,2020,reporter,victim,15,\n" +
            "year,2020,reporter,third_party,25,\n" +
            "year,2020,reporter,Total,40,\n" +
            "year,Total,reporter,victim,35,\n" +
            "year,Total,reporter,third_party,55,\n" +
            "year,Total,reporter,Total,90,\n",
            t.ToTidyCsv());
    }

    [Fact]
    public void Tidy_csv_quotes_fields_as_rfc_4180_says()
    {
        var odd = new Variable("say \"what\"", "Odd", [new("a,b", "A"), new("c", "C")]);
        var csv = DisclosureControl.Protect(FrequencyTable.FromCounts("odd", "Odd", odd, [20, 30]), new DisclosurePolicy(10)).ToTidyCsv();
        Assert.Contains("\"say \"\"what\"\"\",\"a,b\",,,20,\n", csv);
        Assert.DoesNotContain("\r", csv);
    }

    [Fact]
    public void Html_is_a_plain_semantic_table_with_the_suppressed_cells_marked()
    {
        Assert.Equal(
            "<table class=\"cf-table\">\n" +
            "<caption>Conversations by gender</caption>\n" +
            "<thead>\n" +
            "<tr><th scope=\"col\">Gender</th><th scope=\"col\" class=\"num\">Conversations</th></tr>\n" +
            "</thead>\n<tbody>\n" +
            "<tr><th scope=\"row\">Female</th><td class=\"num\">40</td></tr>\n" +
            "<tr><th scope=\"row\">Male</th><td class=\"num suppressed\">&lt;10</td></tr>\n" +
            "<tr><th scope=\"row\">Other</th><td class=\"num suppressed\">&lt;10</td></tr>\n" +
            "</tbody>\n<tfoot>\n" +
            "<tr><th scope=\"row\">Total</th><td class=\"num\">55</td></tr>\n" +
            "</tfoot>\n</table>\n" +
            "<p class=\"cf-table-note\">&lt;10: hidden, because the count is below 10 or because it would let such a count be worked out or narrowed down from the totals.</p>\n",
            ByGender(40, 3, 12).ToHtml());
    }

    [Fact]
    public void Html_of_a_two_way_table_names_the_column_variable_and_escapes_text()
    {
        var rows = new Variable("r", "Rows <i>", [new("a", "A & B"), new("b", "B")]);
        var columns = new Variable("c", "Columns", [new("x", "X"), new("y", "Y")]);
        var html = DisclosureControl.Protect(FrequencyTable.FromCounts("t", "<script>x</script>", rows, columns, new[,] { { 20, 30 }, { 15, 25 } }), new DisclosurePolicy(10)).ToHtml();
        Assert.Contains("<th scope=\"colgroup\" colspan=\"3\">Columns</th>", html);
        Assert.Contains("<caption>&lt;script&gt;x&lt;/script&gt;</caption>", html);
        Assert.Contains("A &amp; B", html);
        Assert.Contains("Rows &lt;i&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("http", html);
    }

    [Fact]
    public void Hidden_counts_leave_no_trace_different_hidden_values_render_identically()
    {
        // Same published cells, same pattern, different numbers behind the hidden cells.
        var a = DisclosureControl.Protect(Tables.OneWay(40, 3, 12, 0, 25), new DisclosurePolicy(10));
        var b = DisclosureControl.Protect(Tables.OneWay(40, 5, 10, 0, 25), new DisclosurePolicy(10));
        AssertSameRendering(a, b);

        var c = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20, 25 }, { 4, 15, 30 }, { 22, 18, 12 } }), new DisclosurePolicy(10));
        var d = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20, 25 }, { 5, 14, 30 }, { 21, 19, 12 } }), new DisclosurePolicy(10));
        AssertSameRendering(c, d);
    }

    private static void AssertSameRendering(ProtectedTable a, ProtectedTable b)
    {
        Assert.Equal(a.ToTidyCsv(), b.ToTidyCsv());
        Assert.Equal(a.ToHtml(), b.ToHtml());
        Assert.Equal(a.ToString(), b.ToString());
        foreach (var d in a.IsOneWay ? [Denominator.Total] : Enum.GetValues<Denominator>())
            Assert.Equal(a.Percentages(d), b.Percentages(d));
        var (fa, fb) = (a.ToDataFrame(), b.ToDataFrame());
        for (var col = 0; col < fa.Columns.Count; col++)
            Assert.Equal(Enumerable.Range(0, (int)fa.Rows.Count).Select(r => fa.Columns[col][r]),
                         Enumerable.Range(0, (int)fb.Rows.Count).Select(r => fb.Columns[col][r]));
    }

    [Fact]
    public void Text_and_data_frame_show_suppressed_cells_as_below_the_threshold_or_null()
    {
        var t = ByGender(40, 3, 12);
        Assert.Contains("<10", t.ToString());
        Assert.DoesNotContain("12", t.ToString());
        var frame = t.ToDataFrame();
        Assert.Null(frame.Columns["Conversations"][1]);
        Assert.Equal(40, frame.Columns["Conversations"][0]);
    }

    [Fact]
    public void Percentages_use_published_counts_only()
    {
        var t = ByGender(40, 3, 12);
        var shares = t.Percentages(Denominator.Total);
        Assert.Equal(40.0 / 55 * 100, shares[0].Value!.Value, 9);
        Assert.True(shares[1].Suppressed);
        Assert.Null(shares[1].Value);
        Assert.Null(shares[1].Count);
        Assert.Equal("suppressed", shares[1].ToString());
        Assert.Equal(55, shares[1].Base);

        // A hidden row total hides every share of its row.
        var small = DisclosureControl.Protect(Tables.TwoWay(new[,] { { 30, 20 }, { 4, 3 }, { 22, 18 } }), new DisclosurePolicy(10));
        Assert.All(small.Percentages(Denominator.Row).Where(p => p.RowCode == "r1"), p => Assert.True(p.Suppressed));
    }

    [Fact]
    public void A_protected_table_keeps_name_title_variables_threshold_and_notes()
    {
        var list = new Variable("perpetrators", "Exploiters", [new("a", "A"), new("b", "B"), new("c", "C"), Category.Unknown], isMultiValued: true);
        var t = DisclosureControl.Protect(FrequencyTable.FromCounts("by-exploiter", "By exploiter", list, [30, 4, 25, 0], 50), new DisclosurePolicy(5));
        Assert.Equal(("by-exploiter", "By exploiter", 5), (t.Name, t.Title, t.MinCell));
        Assert.Same(list, t.RowVariable);
        Assert.Null(t.ColumnVariable);
        Assert.Equal(["a", "b", "c", "unknown", "Total"], t.RowCodes);
        Assert.Equal(2, t.Notes.Count);
        Assert.Contains("Exploiters", t.Notes[0]);
        Assert.Contains("<5", t.Notes[1]);
        Assert.Equal("<5", t.SuppressedText);
    }
}
