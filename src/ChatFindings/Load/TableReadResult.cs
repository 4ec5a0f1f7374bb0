using System.Collections;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>What <see cref="TableReader"/> read: the accepted rows (typed) and the report accounting for every row.</summary>
public sealed class TableReadResult
{
    private readonly TableData _data;

    internal TableReadResult(TableSchema schema, LoadReport report, TableData data)
    {
        Schema = schema;
        Report = report;
        _data = data;
        Rows = new RowList(data);
    }

    public TableSchema Schema { get; }
    public LoadReport Report { get; }

    /// <summary>The typed columns themselves, for loaders that copy them column-wise.</summary>
    internal TableData Data => _data;

    /// <summary>The accepted rows in file order. A rejected row is never here.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The position of a column (schema order) for the fast accessors of <see cref="TableRow"/>.</summary>
    public int ColumnIndex(string name) => _data.ColumnIndex(name);

    private sealed class RowList(TableData data) : IReadOnlyList<TableRow>
    {
        public TableRow this[int index] =>
            (uint)index < (uint)data.Count ? new TableRow(data, index) : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => data.Count;

        public IEnumerator<TableRow> GetEnumerator()
        {
            for (var i = 0; i < data.Count; i++) yield return new TableRow(data, i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The typed columns of the accepted rows, one <see cref="FieldColumn"/> per schema field.</summary>
internal sealed class TableData(TableSchema schema, FieldColumn[] columns, int[] lines, int count)
{
    public TableSchema Schema { get; } = schema;
    public FieldColumn[] Columns { get; } = columns;
    public int[] Lines { get; } = lines;
    public int Count { get; } = count;

    public int ColumnIndex(string name)
    {
        var i = Schema.IndexOf(name);
        return i >= 0 ? i : throw new ArgumentException(
            $"no column '{name}' in {Schema.Source} (columns: {string.Join(", ", Schema.Fields.Select(f => f.Name))})", nameof(name));
    }

    public T Column<T>(int column, string accessor) where T : FieldColumn
    {
        if ((uint)column >= (uint)Columns.Length) throw new ArgumentOutOfRangeException(nameof(column));
        return Columns[column] as T ?? throw new InvalidOperationException(
            $"column '{Columns[column].Field.Name}' is {Describe(Columns[column].Field)}; {accessor} does not apply");
    }

    private static string Describe(SchemaField f) => f.Type switch
    {
        FieldType.String when f.IsCategorical => "categorical (use GetCategoryIndex or GetString)",
        FieldType.String => "a string (use GetString)",
        FieldType.Integer or FieldType.Year => "an integer (use GetInt)",
        FieldType.Number => "a number (use GetNumber)",
        FieldType.Boolean => "a boolean (use GetBool)",
        _ => "a list (use GetListMask)",
    };
}
