using System.Text;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// The typed values of one schema field, stored compactly by slot (accepted-row position), and the
/// checks that turn a UTF-8 cell into such a value. One subclass per kind of storage.
/// </summary>
internal abstract class FieldColumn
{
    private readonly byte[][] _missingValues;
    private readonly bool _onlyEmptyIsMissing;

    protected FieldColumn(SchemaField field, IReadOnlyList<string> missingValues)
    {
        Field = field;
        _missingValues = missingValues.Select(Encoding.UTF8.GetBytes).ToArray();
        _onlyEmptyIsMissing = missingValues.Count == 1 && missingValues[0].Length == 0;
    }

    public SchemaField Field { get; }

    /// <summary>A missing value breaks the required rule (set for required fields and primary key parts).</summary>
    public bool MissingIsError { get; set; }

    public bool IsMissingCell(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty) return _onlyEmptyIsMissing || _missingValues.Any(m => m.Length == 0);
        if (_onlyEmptyIsMissing) return false;
        foreach (var m in _missingValues)
            if (cell.SequenceEqual(m)) return true;
        return false;
    }

    /// <summary>Makes room for slots [0, count).</summary>
    public abstract void EnsureCapacity(int count);

    public abstract void SetMissing(int slot);

    public abstract bool IsMissing(int slot);

    /// <summary>Checks a non-missing cell and stores it at <paramref name="slot"/>; reports each broken rule.</summary>
    public abstract bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors);

    /// <summary>The stored value as canonical text (for keys, enum checks and display); null when missing.</summary>
    public abstract string? Text(int slot);

    protected static int Grow(int current, int needed) => Math.Max(needed, Math.Max(16, current * 2));

    /// <summary>A column per schema field, each told whether a missing value breaks its rules.</summary>
    public static FieldColumn[] ForSchema(TableSchema schema)
    {
        var columns = schema.Fields.Select(f => Create(f, schema.MissingValuesOf(f))).ToArray();
        foreach (var c in columns) c.MissingIsError = c.Field.Constraints.Required || schema.PrimaryKey.Contains(c.Field.Name);
        return columns;
    }

    public static FieldColumn Create(SchemaField field, IReadOnlyList<string> missingValues) => field.Type switch
    {
        FieldType.String when field.IsCategorical => new CategoryColumn(field, missingValues),
        FieldType.String => new StringColumn(field, missingValues),
        FieldType.Integer or FieldType.Year => new IntegerColumn(field, missingValues),
        FieldType.Number => new NumberColumn(field, missingValues),
        FieldType.Boolean => new BooleanColumn(field, missingValues),
        FieldType.List => new ListColumn(field, missingValues),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "unsupported field type"),
    };
}
