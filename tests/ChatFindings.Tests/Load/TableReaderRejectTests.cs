using System.Text;

namespace ChatFindings.Tests.Load;

/// <summary>Each rejection: the file, line, column, value and rule in the error, and the row kept out of Rows.</summary>
public sealed class TableReaderRejectTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private TableReadResult Read(string csv, TableSchema? schema = null) => PetTable.Read(_folder, csv, schema);

    private static void AssertError(LoadError e, int line, string? column, string? value, string rule)
    {
        Assert.Equal((line, column, value, rule), (e.Line, e.Column, e.Value, e.Rule));
        Assert.EndsWith("pets.csv", e.File);
        Assert.Contains($"pets.csv:{line}", e.ToString());
    }

    [Theory]
    [InlineData("P1,dog,,x3,,,,,", "age", "x3", LoadRules.Type)]
    [InlineData("P1,dog,,3.5,,,,,", "age", "3.5", LoadRules.Type)]
    [InlineData("P1,dog,,,heavy,,,,", "weight", "heavy", LoadRules.Type)]
    [InlineData("P1,dog,,,NaN,,,,", "weight", "NaN", LoadRules.Type)]
    [InlineData("P1,dog,,,,yes,,,", "vaccinated", "yes", LoadRules.Type)]
    [InlineData("P1,cow,,,,,,,", "kind", "cow", LoadRules.Category)]
    [InlineData("P1,Dog,,,,,,,", "kind", "Dog", LoadRules.Category)]
    [InlineData("P1,dog,,41,,,,,", "age", "41", LoadRules.Maximum)]
    [InlineData("P1,dog,,-1,,,,,", "age", "-1", LoadRules.Minimum)]
    [InlineData("P1,dog,,,0,,,,", "weight", "0", LoadRules.Minimum)]
    [InlineData("X1,dog,,,,,,,", "id", "X1", LoadRules.Pattern)]
    [InlineData("P1,dog,,,,,,,medium", "size", "medium", LoadRules.Enum)]
    [InlineData("P1,dog,Abcdefghijabcdefghijabcdefghijabcdefghijk,,,,,,", "name", "Abcdefghijabcdefghijabcdefghijabcdefghijk", LoadRules.MaxLength)]
    [InlineData("P1,,,,,,,,", "kind", null, LoadRules.Required)]
    [InlineData(",dog,,,,,,,", "id", null, LoadRules.Required)]
    public void A_bad_cell_rejects_its_row_with_line_column_value_and_rule(string row, string column, string? value, string rule)
    {
        var result = Read(PetTable.Header + "\nP0,cat,,,,,,,\n" + row + "\nP9,cat,,,,,,,\n");

        AssertError(PetTable.Single(result), 3, column, value, rule);
        Assert.Equal((3, 2, 1), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Equal([2, 4], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Each_bad_list_item_is_reported()
    {
        var result = Read(PetTable.Header + "\nP1,dog,,,,,ball|stick|bone|rope|ball|,,\n");

        var errors = result.Report.Errors;
        Assert.Equal(3, errors.Count);
        AssertError(errors[0], 2, "toys", "stick", LoadRules.Category);
        AssertError(errors[1], 2, "toys", "ball", LoadRules.Category); // twice
        Assert.Equal((LoadRules.Category, "toys"), (errors[2].Rule, errors[2].Column)); // empty item
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_duplicate_primary_key_names_the_line_of_the_first()
    {
        var result = Read(PetTable.Header + "\nP1,dog,,,,,,,\nP2,dog,,,,,,,\nP1,cat,,,,,,,\n");
        var error = PetTable.Single(result);
        AssertError(error, 4, "id", "P1", LoadRules.PrimaryKey);
        Assert.Contains("line 2", error.Message);
        Assert.Equal([2, 3], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_unique_field_may_repeat_missing_but_not_values()
    {
        var result = Read(PetTable.Header + "\nP1,dog,,,,,,T1,\nP2,dog,,,,,,,\nP3,dog,,,,,,,\nP4,dog,,,,,,T1,\n");
        AssertError(PetTable.Single(result), 5, "tag", "T1", LoadRules.Unique);
    }

    [Fact]
    public void A_row_with_too_many_or_too_few_fields_is_rejected()
    {
        var result = Read(PetTable.Header + "\nP1,dog,,,,,,,,\nP2,dog,,,\nP3,dog,,,,,,,\n");

        Assert.Equal(2, result.Report.Errors.Count);
        AssertError(result.Report.Errors[0], 2, null, null, LoadRules.FieldCount);
        Assert.Contains("10 fields", result.Report.Errors[0].Message);
        AssertError(result.Report.Errors[1], 3, null, null, LoadRules.FieldCount);
        Assert.Equal([4], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_the_line_where_it_opens()
    {
        var result = Read(PetTable.Header + "\nP1,dog,,,,,,,\nP2,dog,\"Rex,,,,,,\nP3,dog,,,,,,,\nP4,dog,,,,,,,\n");

        var error = PetTable.Single(result);
        AssertError(error, 3, null, null, LoadRules.UnclosedQuote);
        Assert.Contains("line 6", error.Message); // it swallows the rest of the file
        Assert.Equal((2, 1, 1), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_rejected()
    {
        var result = Read(PetTable.Header + "\nP1,dog,Re\"x,,,,,,\n");
        AssertError(PetTable.Single(result), 2, null, null, LoadRules.Quote);
    }

    [Fact]
    public void An_unknown_column_is_rejected_and_its_values_are_never_read()
    {
        var result = Read(PetTable.Header + ",notes\nP1,dog,,,,,,,,lives with Anna at Dorpsstraat 1\n");

        var errors = result.Report.Errors;
        AssertError(errors[0], 1, "notes", "notes", LoadRules.UnknownColumn);
        Assert.Equal(LoadRules.Header, errors[1].Rule); // said once: no row can be accepted
        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.ToString().Contains("Anna"));
        Assert.Equal((1, 0, 1), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
    }

    [Fact]
    public void A_missing_column_is_rejected_and_rows_are_still_checked()
    {
        var result = Read("id,kind,name,age,weight,vaccinated,toys,tag\nP1,dog,,,,,,\nP2,dog,,99,,,,\n");

        var errors = result.Report.Errors;
        AssertError(errors[0], 1, "size", null, LoadRules.MissingColumn);
        Assert.Equal(LoadRules.Header, errors[1].Rule);
        AssertError(errors[2], 3, "age", "99", LoadRules.Maximum);
        Assert.Equal(3, errors.Count);
        Assert.Equal((2, 0, 2), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_duplicate_or_misspelled_column_is_named()
    {
        var result = Read("id,Kind,name,age,weight,vaccinated,toys,tag,size,id\n");
        var rules = result.Report.Errors.Select(e => (e.Rule, e.Column)).ToList();
        Assert.Contains((LoadRules.UnknownColumn, "Kind"), rules);
        Assert.Contains((LoadRules.DuplicateColumn, "id"), rules);
        Assert.Contains((LoadRules.MissingColumn, "kind"), rules);
        Assert.Contains("did you mean 'kind'", result.Report.Errors.First(e => e.Column == "Kind").Message);
    }

    [Fact]
    public void FieldsMatch_exact_rejects_columns_in_another_order()
    {
        var result = Read("kind,id,name,age,weight,vaccinated,toys,tag,size\ndog,P1,,,,,,,\n");
        Assert.Equal(LoadRules.ColumnOrder, result.Report.Errors[0].Rule);
        Assert.Empty(result.Rows);
        PetTable.AssertAccounted(result.Report);
    }

    [Theory]
    [InlineData(new byte[0], LoadRules.EmptyFile)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, LoadRules.EmptyFile)]
    [InlineData(new byte[] { (byte)'\r', (byte)'\n', (byte)' ', (byte)'\n' }, LoadRules.EmptyFile)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, LoadRules.Encoding)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0 }, LoadRules.Encoding)]
    [InlineData(new byte[] { (byte)'i', (byte)'d', (byte)'\n', (byte)'P', 0xE9, (byte)'\n' }, LoadRules.Encoding)]
    public void An_empty_or_non_text_file_gets_one_clear_error(byte[] content, string rule)
    {
        var result = TableReader.Read(_folder.Write("pets.csv", content), PetTable.Schema());
        var error = PetTable.Single(result);
        Assert.Equal(rule, error.Rule);
        Assert.Equal(0, result.Report.RowsRead);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_with_its_line()
    {
        var prefix = "id\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"P{i}\n"));
        var bytes = Encoding.UTF8.GetBytes(prefix).Concat(new byte[] { (byte)'P', 0xE9, (byte)'\n' }).ToArray();
        var result = TableReader.Read(_folder.Write("pets.csv", bytes), TableSchema.Parse("""{"fields":[{"name":"id"}]}""", "ids"));
        var error = PetTable.Single(result);
        Assert.Equal((LoadRules.Encoding, 12), (error.Rule, error.Line));
        Assert.Contains("0xE9", error.Message);
    }

    [Fact]
    public void A_bad_row_far_into_a_file_is_reported_with_its_line()
    {
        // Beyond the first 64 KiB that are probed before reading: the row itself is checked.
        var sb = new StringBuilder(PetTable.Header + "\n");
        for (var i = 1; i <= 3000; i++) sb.Append($"P{i},dog,Name number {i},1,2,ja,ball,,\n");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString()).Concat(new byte[] { (byte)'P', (byte)'X', 0xFF, (byte)',' })
            .Concat(Encoding.UTF8.GetBytes("dog,,,,,,,\nP9999,cat,,,,,,,\n")).ToArray();
        Assert.True(bytes.Length > 70_000);

        var result = TableReader.Read(_folder.Write("pets.csv", bytes), PetTable.Schema());

        AssertError(PetTable.Single(result), 3002, null, null, LoadRules.Encoding);
        Assert.Equal((3002, 3001, 1), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Equal(3003, result.Rows[^1].Line);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_just_the_first()
    {
        var result = Read(PetTable.Header + "\nP1,cow,,,,,,,\nP2,dog,,,,,,,\nP3,dog,,x,,maybe,,,\nP4,dog,,,,,,\n");

        Assert.Equal([(2, "kind"), (4, "age"), (4, "vaccinated"), (5, null)],
            result.Report.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal((4, 1, 3), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var result = TableReader.Read(_folder.File("nope.csv"), PetTable.Schema());
        var error = PetTable.Single(result);
        Assert.Equal(LoadRules.File, error.Rule);
        Assert.Contains("not found", error.Message);
        Assert.Contains("nope.csv", error.ToString());
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        var result = Read(PetTable.Header + "\nP1," + new string('x', 500) + ",,,,,,,\n");
        Assert.True(PetTable.Single(result).Value!.Length <= 61);
    }

    [Fact]
    public void A_list_field_with_more_categories_than_the_reader_stores_rejects_the_file_naming_the_field()
    {
        var codes = string.Join(",", Enumerable.Range(0, 32).Select(i => $"\"c{i}\""));
        var schema = TableSchema.Parse($$"""{"fields":[{"name":"l","type":"list","delimiter":"|","categories":[{{codes}}]}]}""", "many");
        var result = Read("l\nc1\n", schema);
        var e = Assert.Single(result.Report.Errors);
        Assert.Equal(("l", LoadRules.Schema, 0), (e.Column, e.Rule, result.Report.RowsAccepted));
        Assert.Contains("at most 31 categories, not 32", e.Message);
    }
}
