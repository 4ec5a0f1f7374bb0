namespace ChatFindings.Benchmarks;

/// <summary>
/// The codebook's column types, for the engines that are told them (DuckDB, DataFrame.LoadCsv):
/// integers as integers, booleans as booleans, codes and lists as text. Taken from the schema so
/// every engine reads the same columns the project's loader checks.
/// </summary>
public static class CodebookColumnTypes
{
    public static IReadOnlyList<SchemaField> Fields(string schemaPath) => TableSchema.Load(schemaPath).Fields;

    public static string DuckDbType(SchemaField field) => field.Type switch
    {
        FieldType.Integer or FieldType.Year => "INTEGER",
        FieldType.Number => "DOUBLE",
        FieldType.Boolean => "BOOLEAN",
        FieldType.String or FieldType.List => "VARCHAR",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, $"no DuckDB type for {field}"),
    };

    public static Type DataFrameType(SchemaField field) => field.Type switch
    {
        FieldType.Integer or FieldType.Year => typeof(int),
        FieldType.Number => typeof(double),
        FieldType.Boolean => typeof(bool),
        FieldType.String or FieldType.List => typeof(string),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, $"no DataFrame type for {field}"),
    };
}
