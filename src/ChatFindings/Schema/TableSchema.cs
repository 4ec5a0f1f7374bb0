namespace ChatFindings.Schema;

/// <summary>How the header of a CSV must match the schema's fields (Table Schema v2 "fieldsMatch").</summary>
public enum FieldsMatch
{
    /// <summary>The same columns in the same order (the default).</summary>
    Exact,
    /// <summary>The same columns in any order.</summary>
    Equal,
    /// <summary>Only schema columns, in any order; optional ones may be absent.</summary>
    Superset,
}

/// <summary>
/// A Table Schema v2 description of one CSV file: its fields, constraints, categories and keys.
/// Unknown columns are never allowed, whatever <see cref="FieldsMatch"/> says, so free text cannot slip in.
/// </summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, int> _fieldIndex;

    internal TableSchema(string source, string? title, string? description, IReadOnlyList<SchemaField> fields,
        IReadOnlyList<string> primaryKey, IReadOnlyList<string> missingValues, FieldsMatch fieldsMatch)
    {
        Source = source;
        Title = title;
        Description = description;
        Fields = fields;
        PrimaryKey = primaryKey;
        MissingValues = missingValues;
        FieldsMatch = fieldsMatch;
        _fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++) _fieldIndex[fields[i].Name] = i;
    }

    /// <summary>The file (or name) the schema was read from, for messages.</summary>
    public string Source { get; }
    public string? Title { get; }
    public string? Description { get; }
    public IReadOnlyList<SchemaField> Fields { get; }
    public IReadOnlyList<string> PrimaryKey { get; }
    /// <summary>Cell texts that mean "not known / not coded" (default: the empty cell).</summary>
    public IReadOnlyList<string> MissingValues { get; }
    public FieldsMatch FieldsMatch { get; }

    /// <summary>The position of a field, or -1.</summary>
    public int IndexOf(string name) => _fieldIndex.GetValueOrDefault(name, -1);

    public SchemaField? FindField(string name) => _fieldIndex.TryGetValue(name, out var i) ? Fields[i] : null;

    public SchemaField this[string name] => FindField(name)
        ?? throw new ArgumentException($"schema {Source} has no field '{name}'", nameof(name));

    /// <summary>The missing values that apply to a field (its own, else the table's).</summary>
    public IReadOnlyList<string> MissingValuesOf(SchemaField field) => field.MissingValues ?? MissingValues;

    /// <summary>Reads a schema file. Throws <see cref="SchemaException"/> naming the file for any problem.</summary>
    public static TableSchema Load(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SchemaException(path, [e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read: {e.Message}"]);
        }
        return Parse(json, path);
    }

    /// <summary>Reads a schema from JSON text; <paramref name="source"/> names it in messages.</summary>
    public static TableSchema Parse(string json, string source) => SchemaReader.Read(json, source);
}
