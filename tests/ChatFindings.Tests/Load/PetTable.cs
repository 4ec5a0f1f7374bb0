namespace ChatFindings.Tests.Load;

/// <summary>
/// A small schema the tests write themselves, unrelated to the codebook, so the reader's checks are shown
/// to come from the schema and not from code written for the conversations file.
/// </summary>
public static class PetTable
{
    public const string Header = "id,kind,name,age,weight,vaccinated,toys,tag,size";

    public static string SchemaJson(string fieldsMatch = "exact", string missingValues = "[\"\"]") => $$"""
        {
          "fields": [
            { "name": "id", "type": "string", "constraints": { "required": true, "pattern": "^P[0-9]+$" } },
            { "name": "kind", "type": "string", "categories": ["cat", "dog", { "value": "bird", "label": "Bird", "label_nl": "vogel" }],
              "constraints": { "required": true } },
            { "name": "name", "type": "string", "constraints": { "maxLength": 40 } },
            { "name": "age", "type": "integer", "constraints": { "minimum": 0, "maximum": 40 } },
            { "name": "weight", "type": "number", "constraints": { "exclusiveMinimum": 0 } },
            { "name": "vaccinated", "type": "boolean", "trueValues": ["true", "ja"], "falseValues": ["false", "nee"] },
            { "name": "toys", "type": "list", "itemType": "string", "delimiter": "|", "categories": ["ball", "rope", "bone"] },
            { "name": "tag", "type": "string", "constraints": { "unique": true } },
            { "name": "size", "type": "string", "constraints": { "enum": ["small", "large"] } }
          ],
          "primaryKey": ["id"],
          "missingValues": {{missingValues}},
          "fieldsMatch": "{{fieldsMatch}}"
        }
        """;

    public static TableSchema Schema(string fieldsMatch = "exact", string missingValues = "[\"\"]") =>
        TableSchema.Parse(SchemaJson(fieldsMatch, missingValues), "pets.schema.json");

    /// <summary>Writes the CSV (LF line endings unless the text has others) and reads it.</summary>
    public static TableReadResult Read(TempFolder folder, string csv, TableSchema? schema = null) =>
        TableReader.Read(folder.Write("pets.csv", csv), schema ?? Schema());

    public static LoadError Single(TableReadResult result)
    {
        Assert.True(result.Report.Errors.Count == 1, "expected one error, got: " + string.Join("\n", result.Report.Errors));
        return result.Report.Errors[0];
    }

    public static void AssertAccounted(LoadReport report) =>
        Assert.Equal(report.RowsRead, report.RowsAccepted + report.RowsRejected);
}
