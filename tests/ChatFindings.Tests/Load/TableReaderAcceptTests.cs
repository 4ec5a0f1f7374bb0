using System.Text;

namespace ChatFindings.Tests.Load;

/// <summary>The quirks of real files that the reader accepts, each on the small pet schema.</summary>
public sealed class TableReaderAcceptTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_typed_values_by_column_name()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,Rex,3,12.5,ja,ball|bone,T1,small\nP2,bird,,,,,,,\n");

        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Equal(2, result.Rows.Count);
        var rex = result.Rows[0];
        Assert.Equal(2, rex.Line);
        Assert.Equal("P1", rex.GetString("id"));
        Assert.Equal(1, rex.GetCategoryIndex("kind"));
        Assert.Equal("dog", rex.GetString("kind"));
        Assert.Equal(3, rex.GetInt("age"));
        Assert.Equal(12.5, rex.GetNumber("weight"));
        Assert.Equal(3.0, rex.GetNumber("age")); // integers widen
        Assert.True(rex.GetBool("vaccinated"));
        Assert.Equal(0b101, rex.GetListMask("toys"));
        Assert.Equal("ball|bone", rex.GetString("toys"));

        var bird = result.Rows[1];
        Assert.Equal(3, bird.Line);
        Assert.Equal(2, bird.GetCategoryIndex("kind"));
        Assert.Null(bird.GetString("name"));
        Assert.Null(bird.GetInt("age"));
        Assert.Null(bird.GetNumber("weight"));
        Assert.Null(bird.GetBool("vaccinated"));
        Assert.Equal(0, bird.GetListMask("toys"));
    }

    [Fact]
    public void Fast_accessors_by_position_agree_with_names()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,cat,Mia,7,4,nee,rope,,large\n");
        var row = result.Rows.Single();
        Assert.Equal(row.GetInt("age"), row.GetInt(result.ColumnIndex("age")));
        Assert.False(row.GetBool(result.ColumnIndex("vaccinated")));
        Assert.Equal("large", row.GetString(result.ColumnIndex("size")));
    }

    [Fact]
    public void A_Dutch_spreadsheet_export_with_BOM_semicolons_CRLF_and_ja_nee_is_read()
    {
        var text = PetTable.Header.Replace(',', ';') + "\r\nP1;dog;Rex;3;12,5;ja;ball;;small\r\nP2;cat;Mia;4;3;nee;;;\r\n";
        var path = _folder.Write("export.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var schema = TableSchema.Parse(PetTable.SchemaJson().Replace("\"exclusiveMinimum\": 0 }", "\"exclusiveMinimum\": 0 }, \"decimalChar\": \",\""), "pets-nl");

        var result = TableReader.Read(path, schema);

        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Equal([2, 3], result.Rows.Select(r => r.Line));
        Assert.Equal("P1", result.Rows[0].GetString("id")); // the BOM is not part of the first column name or value
        Assert.Equal(12.5, result.Rows[0].GetNumber("weight"));
        Assert.True(result.Rows[0].GetBool("vaccinated"));
        Assert.False(result.Rows[1].GetBool("vaccinated"));
    }

    [Fact]
    public void Spaces_around_values_and_inside_quotes_are_trimmed()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\n P1 , \" dog \" ,Rex , 3,1, ja ,ball | rope, ,\n");

        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        var row = result.Rows.Single();
        Assert.Equal("P1", row.GetString("id"));
        Assert.Equal(1, row.GetCategoryIndex("kind"));
        Assert.Equal("Rex", row.GetString("name"));
        Assert.Equal(0b011, row.GetListMask("toys"));
    }

    [Fact]
    public void A_quoted_field_with_separators_and_line_breaks_does_not_shift_later_line_numbers()
    {
        var csv = PetTable.Header + "\n" +
                  "P1,dog,\"Rex, the\nbig \"\"good\"\"\ndog\",3,,,,,\n" + // lines 2-4
                  "P2,cow,Mia,,,,,,\n";                                 // line 5: bad kind
        var result = PetTable.Read(_folder, csv);

        Assert.Equal("Rex, the\nbig \"good\"\ndog", result.Rows.Single().GetString("name"));
        Assert.Equal(2, result.Rows.Single().Line);
        var error = PetTable.Single(result);
        Assert.Equal((5, "kind", "cow", LoadRules.Category), (error.Line, error.Column, error.Value, error.Rule));
    }

    [Fact]
    public void Blank_lines_carry_no_row_and_keep_physical_line_numbers()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\n\nP1,dog,,,,,,,\n\n\nP2,cat,,,,,,,\n\n");
        Assert.True(result.Report.IsValid);
        Assert.Equal(2, result.Report.RowsRead);
        Assert.Equal([3, 6], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_header_without_rows_is_a_valid_empty_table()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\r\n");
        Assert.True(result.Report.IsValid);
        Assert.Equal(0, result.Report.RowsRead);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void The_last_row_needs_no_line_break()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,,,,,,,");
        Assert.True(result.Report.IsValid);
        Assert.Single(result.Rows);
    }

    [Fact]
    public void Missing_values_come_from_the_schema()
    {
        var schema = PetTable.Schema(missingValues: "[\"\", \"NA\"]");
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,NA,NA,NA,NA,NA,NA,NA\n", schema);
        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Null(result.Rows[0].GetInt("age"));
        Assert.Null(result.Rows[0].GetString("name"));

        // Without NA listed, the same cell is a wrong value.
        var strict = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,,NA,,,,,\n");
        Assert.Equal((LoadRules.Type, "age", "NA"), (PetTable.Single(strict).Rule, PetTable.Single(strict).Column, PetTable.Single(strict).Value));
    }

    [Fact]
    public void FieldsMatch_equal_maps_columns_by_name_in_any_order()
    {
        var header = "size,tag,toys,vaccinated,weight,age,name,kind,id";
        var result = PetTable.Read(_folder, header + "\nlarge,,rope,ja,2,5,Bo,cat,P9\n", PetTable.Schema("equal"));
        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Equal("P9", result.Rows[0].GetString("id"));
        Assert.Equal(5, result.Rows[0].GetInt("age"));
    }

    [Fact]
    public void FieldsMatch_superset_allows_optional_columns_to_be_absent()
    {
        var result = PetTable.Read(_folder, "kind,id\ncat,P1\n", PetTable.Schema("superset"));
        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Null(result.Rows[0].GetInt("age"));
    }

    [Fact]
    public void Accessors_name_the_column_and_the_right_accessor_when_misused()
    {
        var row = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,,,,,,,\n").Rows[0];
        var wrongType = Assert.Throws<InvalidOperationException>(() => row.GetInt("kind"));
        Assert.Contains("GetCategoryIndex", wrongType.Message);
        var unknown = Assert.Throws<ArgumentException>(() => row.GetInt("colour"));
        Assert.Contains("colour", unknown.Message);
    }
}
