using ChatFindings.Tests.Load;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Schema;

public sealed class TableSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_codebook_schema_loads_with_its_fields_keys_and_categories()
    {
        var schema = TableSchema.Load(Repo.ConversationsSchema);

        Assert.Equal(17, schema.Fields.Count);
        Assert.Equal(["conversation_id"], schema.PrimaryKey);
        Assert.Equal(FieldsMatch.Exact, schema.FieldsMatch);
        Assert.Equal([""], schema.MissingValues);
        var duration = schema["duration"];
        Assert.True(duration.CategoriesOrdered);
        Assert.Equal(["lt_1y", "1_2y", "2_5y", "5y_plus"], duration.Categories.Select(c => c.Value));
        Assert.Equal("5 jaar of langer", duration.Categories[3].LabelNl);
        Assert.Equal(FieldType.List, schema["perpetrators"].Type);
        Assert.Equal("|", schema["perpetrators"].Delimiter);
        Assert.Contains("ja", schema["ongoing"].TrueValues);
        Assert.Contains("nee", schema["ongoing"].FalseValues);
        Assert.Equal(6, schema["age"].Constraints.Minimum);
        Assert.Equal(2, schema["perpetrators"].CategoryIndex("other_family"));
        Assert.Equal(-1, schema["perpetrators"].CategoryIndex("nobody"));
    }

    [Fact]
    public void Every_schema_in_data_schema_loads()
    {
        var files = Directory.GetFiles(Repo.SchemaDirectory, "*.schema.json");
        Assert.NotEmpty(files);
        foreach (var file in files) Assert.NotEmpty(TableSchema.Load(file).Fields);
    }

    [Fact]
    public void Malformed_JSON_names_the_file_and_the_line()
    {
        var path = _folder.Write("broken.schema.json", "{\n  \"fields\": [\n    { \"name\": \"a\" }\n    { \"name\": \"b\" }\n  ]\n}");
        var e = Assert.Throws<SchemaException>(() => TableSchema.Load(path));
        Assert.Contains("broken.schema.json", e.Message);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void A_missing_schema_file_names_the_file()
    {
        var e = Assert.Throws<SchemaException>(() => TableSchema.Load(_folder.File("gone.schema.json")));
        Assert.Contains("gone.schema.json", e.Message);
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void Every_problem_of_a_schema_is_listed_with_its_place()
    {
        const string json = """
            {
              "fields": [
                { "name": "a", "type": "date" },
                { "name": "b", "type": "integer", "constraints": { "minimun": 1 } },
                { "name": "c", "type": "list", "itemType": "string" },
                { "name": "d", "type": "string", "constraints": { "pattern": "([a-z" } },
                { "name": "e", "type": "string", "categories": ["x", "x"] },
                { "name": "b" },
                { "name": "f", "type": "boolean", "trueValues": ["y"], "falseValues": ["y"] },
                { "name": "g", "type": "string", "constraints": { "minimum": 3 } }
              ],
              "primaryKey": ["id"],
              "fieldsMatch": "subset"
            }
            """;
        var e = Assert.Throws<SchemaException>(() => TableSchema.Parse(json, "bad.schema.json"));

        Assert.StartsWith("schema bad.schema.json has", e.Message);
        string[] expected =
        [
            "fields[0] 'a': type 'date' is not supported",
            "fields[1] 'b'.constraints: unknown constraint 'minimun'",
            "fields[2] 'c': a list field needs categories",
            "fields[3] 'd'.constraints.pattern is not a valid regular expression",
            "fields[4] 'e'.categories[1]: category value 'x' is listed twice",
            "fields[5]: field name 'b' is used twice",
            "fields[6] 'f': 'y' is both a true and a false value",
            "fields[7] 'g'.constraints.minimum applies to integer, number and year fields only",
            "primaryKey names 'id', which is not a field",
            "fieldsMatch 'subset' would allow columns the schema does not describe",
        ];
        foreach (var problem in expected)
            Assert.Contains(e.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
        Assert.Equal(expected.Length, e.Problems.Count);
    }

    [Fact]
    public void A_list_field_may_have_any_number_of_categories_as_far_as_the_schema_goes()
    {
        var codes = string.Join(",", Enumerable.Range(0, 32).Select(i => $"\"c{i}\""));
        var schema = TableSchema.Parse($$"""{"fields":[{"name":"l","type":"list","delimiter":"|","categories":[{{codes}}]}]}""", "many");
        Assert.Equal(32, schema["l"].Categories.Count);
    }

    [Fact]
    public void Defaults_follow_Table_Schema()
    {
        var schema = TableSchema.Parse("""{"fields":[{"name":"a"},{"name":"b","type":"boolean"}]}""", "defaults");
        Assert.Equal(FieldType.String, schema["a"].Type);
        Assert.Equal(FieldsMatch.Exact, schema.FieldsMatch);
        Assert.Equal([""], schema.MissingValues);
        Assert.Equal(["true", "True", "TRUE", "1"], schema["b"].TrueValues);
        Assert.Empty(schema.PrimaryKey);
    }
}
