using System.Globalization;
using CsvHelper;

namespace ChatFindings;

/// <summary>
/// A table as its readers have it: the tidy CSV that was published (no hidden number in it) and its
/// descriptor. Each cell is keyed by what it counts within the population, e.g.
/// "exploitation_type=sexual&amp;year=2021" or "" for the whole population, so the same count
/// in two linked tables (a one-way table and the margin of a two-way one) is one unknown.
/// </summary>
public sealed class PublishedTable
{
    private PublishedTable(string source, TableDescriptor descriptor, PublishedCell[,] grid, IReadOnlyList<TableLine> lines)
    {
        Source = source;
        Descriptor = descriptor;
        Grid = grid;
        Lines = lines;
    }

    /// <summary>Where the table comes from, for messages, e.g. "01-scale/by-year".</summary>
    public string Source { get; }

    public TableDescriptor Descriptor { get; }

    internal PublishedCell[,] Grid { get; }
    internal IReadOnlyList<TableLine> Lines { get; }

    /// <summary>The grid cells in order, each with its key.</summary>
    internal IEnumerable<PublishedCell> Cells => Grid.Cast<PublishedCell>();

    /// <summary>A protected table read back from its own tidy CSV: exactly what publishing shows.</summary>
    public static PublishedTable Of(ProtectedTable table, string? source = null) =>
        FromCsv(source ?? table.Name, table.ToTidyCsv(), table.Descriptor);

    /// <summary>Reads a tidy CSV (row_variable,row_value,column_variable,column_value,count,flag; '#' lines are comments).</summary>
    /// <exception cref="InvalidDataException">The CSV is not a complete table grid with "Total" margins last.</exception>
    public static PublishedTable FromCsv(string source, string csv, TableDescriptor descriptor)
    {
        var records = Read(source, csv);
        if (records.Count == 0) throw new InvalidDataException($"{source}: the table has no cells");
        var rowVariable = records[0].RowVariable;
        var columnVariable = records[0].ColumnVariable;
        var rowValues = records.Select(r => r.RowValue).Distinct().ToList();
        var columnValues = records.Select(r => r.ColumnValue).Distinct().ToList();
        var oneWay = columnVariable.Length == 0;
        if (rowValues[^1] != TableMargin.Code || (!oneWay && columnValues[^1] != TableMargin.Code))
            throw new InvalidDataException($"{source}: the \"{TableMargin.Code}\" row and column must come last");
        if (records.Count != rowValues.Count * columnValues.Count || records.Any(r => r.RowVariable != rowVariable || r.ColumnVariable != columnVariable))
            throw new InvalidDataException($"{source}: the cells do not form one table grid");

        var grid = new PublishedCell[rowValues.Count, columnValues.Count];
        foreach (var record in records)
        {
            int r = rowValues.IndexOf(record.RowValue), c = columnValues.IndexOf(record.ColumnValue);
            var where = oneWay ? $"'{record.RowValue}'" : $"('{record.RowValue}', '{record.ColumnValue}')";
            grid[r, c] = new PublishedCell(Key(rowVariable, record.RowValue, columnVariable, record.ColumnValue), $"cell {where} of {source}", record.Count);
        }
        var lines = TableLine.Of(rowValues.Count, columnValues.Count, oneWay,
            descriptor.IsMultiValued(rowVariable), !oneWay && descriptor.IsMultiValued(columnVariable));
        return new PublishedTable(source, descriptor, grid, lines);
    }

    /// <summary>
    /// The grid of a population's variables (none, one or two) that nothing publishes, every cell
    /// hidden: what a count in a sentence, or a nested population's total, is a sum of. Its lines
    /// are true of any population, so the audit adds them as an intruder would.
    /// </summary>
    internal static PublishedTable Implied(string source, TableDescriptor descriptor)
    {
        var variables = descriptor.Variables;
        if (variables.Count > 2) throw new ArgumentException("A grid has at most two variables.", nameof(descriptor));
        var rowCodes = variables.Count > 0 ? variables[0].Categories.Select(c => c.Code).Append(TableMargin.Code).ToList() : [TableMargin.Code];
        var columnCodes = variables.Count > 1 ? variables[1].Categories.Select(c => c.Code).Append(TableMargin.Code).ToList() : [TableMargin.Code];
        string rowVariable = variables.Count > 0 ? variables[0].Name : "", columnVariable = variables.Count > 1 ? variables[1].Name : "";
        var grid = new PublishedCell[rowCodes.Count, columnCodes.Count];
        for (var r = 0; r < rowCodes.Count; r++)
        for (var c = 0; c < columnCodes.Count; c++)
            grid[r, c] = new PublishedCell(Key(rowVariable, rowCodes[r], columnVariable, columnCodes[c]), $"the count {Where(rowCodes[r], columnCodes[c])} behind {source}", null, Implied: true);
        var lines = variables.Count == 0 ? []
            : TableLine.Of(rowCodes.Count, columnCodes.Count, variables.Count == 1, variables[0].MultiValued, variables.Count > 1 && variables[1].MultiValued);
        return new PublishedTable(source, descriptor, grid, lines);

        string Where(string row, string column) => string.Join(", ", new[] { (rowVariable, row), (columnVariable, column) }
            .Where(x => x.Item1.Length > 0).Select(x => $"{x.Item1}={x.Item2}").DefaultIfEmpty("total"));
    }

    private static string Key(string rowVariable, string rowValue, string columnVariable, string columnValue)
    {
        var conditions = new List<(string, string)>();
        if (rowValue != TableMargin.Code) conditions.Add((rowVariable, rowValue));
        if (columnVariable.Length > 0 && columnValue != TableMargin.Code) conditions.Add((columnVariable, columnValue));
        return CellKey.Of(conditions);
    }

    private sealed record Record(string RowVariable, string RowValue, string ColumnVariable, string ColumnValue, int? Count);

    private static List<Record> Read(string source, string csv)
    {
        // '#' lines are comments (the synthetic notice, declared as commentChar in the data package).
        var text = string.Join('\n', csv.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith('#')));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        using var reader = CsvReader.Create(stream, CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true, SkipEmptyLines = true });
        var records = new List<Record>();
        var header = true;
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray();
            if (header)
            {
                if (string.Join(",", fields) != ProtectedTableCsv.Header)
                    throw new InvalidDataException($"{source}: the header is not {ProtectedTableCsv.Header}");
                header = false;
                continue;
            }
            var line = reader.LineNumber;
            if (fields.Length != 6) throw new InvalidDataException($"{source}, line {line}: {fields.Length} fields, not 6");
            int? value = fields[4].Length == 0 ? null
                : int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : throw new InvalidDataException($"{source}, line {line}: count '{fields[4]}' is not a whole number");
            if ((value is null) != (fields[5] == ProtectedTableCsv.SuppressedFlag))
                throw new InvalidDataException($"{source}, line {line}: a cell is suppressed exactly when its count is empty");
            records.Add(new Record(fields[0], fields[1], fields[2], fields[3], value));
        }
        return records;
    }
}

/// <summary>
/// One cell as published: what it counts (key), where it is (for messages), and its count or null
/// when hidden; <see cref="Implied"/> for a cell of a grid no table publishes (<see cref="PublishedTable.Implied"/>).
/// </summary>
internal sealed record PublishedCell(string Key, string Where, int? Count, bool Implied = false);
