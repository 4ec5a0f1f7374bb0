using System.Globalization;

namespace ChatFindings;

/// <summary>
/// Counts of conversations by one variable (one-way) or two (two-way), with totals. Rows and
/// columns follow codebook order and end with "Total". Unprotected: counts can be small, so show
/// it only while exploring; pass it through <see cref="DisclosureControl.Protect"/> to publish.
/// The grid is indexed [row, column] with margins: the last row holds the column totals, and in a
/// two-way table the last column holds the row totals. A one-way table has one column.
/// </summary>
public sealed class FrequencyTable
{
    private readonly int[,] _grid;
    private readonly TableAxes _axes;

    private FrequencyTable(string name, string title, TableAxes axes, int[,] grid, IReadOnlyList<string> notes)
    {
        Name = TableName.Check(name);
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException($"Table '{name}' needs a title.", nameof(title));
        Title = title;
        _axes = axes;
        _grid = grid;
        Notes = notes;
    }

    /// <summary>Used as the file name of the table, e.g. "by-year".</summary>
    public string Name { get; }
    public string Title { get; }
    public Variable RowVariable => _axes.RowVariable;
    public Variable? ColumnVariable => _axes.ColumnVariable;
    public bool IsOneWay => _axes.IsOneWay;

    /// <summary>Rows of the grid: the row variable's categories, then the total row.</summary>
    public int RowCount => _axes.RowCodes.Count;

    /// <summary>Columns of the grid: the column variable's categories then the total column, or one column for a one-way table.</summary>
    public int ColumnCount => _axes.ColumnCodes.Count;

    public IReadOnlyList<string> RowCodes => _axes.RowCodes;
    public IReadOnlyList<string> RowLabels => _axes.RowLabels;
    public IReadOnlyList<string> ColumnCodes => _axes.ColumnCodes;
    public IReadOnlyList<string> ColumnLabels => _axes.ColumnLabels;

    /// <summary>Notes a reader needs, e.g. that a list field counts a conversation in several rows.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The count at a grid position, margins included.</summary>
    public int this[int row, int column] => _grid[row, column];

    /// <summary>The number of conversations in the table.</summary>
    public int GrandTotal => _grid[RowCount - 1, ColumnCount - 1];

    /// <summary>The count for a row code and (two-way) column code; "Total" selects a margin.</summary>
    public int Count(string rowCode, string? columnCode = null)
    {
        var row = TableAxes.IndexOf(RowCodes, rowCode, "row", Name);
        var column = IsOneWay
            ? columnCode is null ? 0 : throw new ArgumentException($"Table '{Name}' is one-way: it has no column '{columnCode}'.")
            : TableAxes.IndexOf(ColumnCodes, columnCode ?? throw new ArgumentException($"Table '{Name}' is two-way: give a column code."), "column", Name);
        return _grid[row, column];
    }

    /// <summary>Every cell's share of its row, column or grand total, with both counts.</summary>
    public IReadOnlyList<Percentage> Percentages(Denominator denominator) =>
        PercentageGrid.Compute((r, c) => _grid[r, c], _axes, denominator);

    /// <summary>The table as a DataFrame, for exploring: row labels (with "Total"), then one Int32 column per column label.</summary>
    public Microsoft.Data.Analysis.DataFrame ToDataFrame() => TableDataFrame.Build(_axes, (r, c) => _grid[r, c]);

    /// <summary>Counts conversations by one variable. The total is the number of conversations.</summary>
    public static FrequencyTable OneWay(string name, string title, IEnumerable<Conversation> conversations, ConversationVariable rows)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(rows);
        if (FrequencyTableColumns.TryCount(conversations, rows, null) is { } counted)
            return new(name, title, TableAxes.For(rows.Variable, null), counted, MultiValueNotes(rows.Variable, null));
        var categories = rows.Variable.Categories.Count;
        var grid = new int[categories + 1, 1];
        if (!rows.Variable.IsMultiValued)
        {
            // Single-valued: one index per conversation, counted in a flat array; the total is the number of conversations.
            var counts = new int[categories];
            var all = Rows(conversations);
            foreach (var conversation in all) counts[rows.IndexOf(conversation)]++;
            for (var r = 0; r < categories; r++) grid[r, 0] = counts[r];
            grid[categories, 0] = all.Length;
        }
        else
        {
            foreach (var conversation in conversations)
            {
                foreach (var r in rows.IndexesOf(conversation)) grid[r, 0]++;
                grid[categories, 0]++;
            }
        }
        return new(name, title, TableAxes.For(rows.Variable, null), grid, MultiValueNotes(rows.Variable, null));
    }

    /// <summary>
    /// Cross-tabulates conversations by two variables. A cell counts the conversations in both its
    /// row and column category; a margin counts the conversations in its category; the grand total
    /// is the number of conversations.
    /// </summary>
    public static FrequencyTable TwoWay(
        string name, string title, IEnumerable<Conversation> conversations, ConversationVariable rows, ConversationVariable columns)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        if (FrequencyTableColumns.TryCount(conversations, rows, columns) is { } counted)
            return new(name, title, TableAxes.For(rows.Variable, columns.Variable), counted, MultiValueNotes(rows.Variable, columns.Variable));
        var rowCount = rows.Variable.Categories.Count;
        var columnCount = columns.Variable.Categories.Count;
        var grid = new int[rowCount + 1, columnCount + 1];
        if (!rows.Variable.IsMultiValued && !columns.Variable.IsMultiValued)
        {
            // Both single-valued (the common case, and the hot loop): one interior cell per conversation,
            // counted in a flat array; the margins are then plain sums.
            var cells = new int[rowCount * columnCount];
            foreach (var conversation in Rows(conversations))
                cells[rows.IndexOf(conversation) * columnCount + columns.IndexOf(conversation)]++;
            for (var r = 0; r < rowCount; r++)
            for (var c = 0; c < columnCount; c++)
            {
                var n = cells[r * columnCount + c];
                grid[r, c] = n;
                grid[r, columnCount] += n;
                grid[rowCount, c] += n;
                grid[rowCount, columnCount] += n;
            }
            return new(name, title, TableAxes.For(rows.Variable, columns.Variable), grid, MultiValueNotes(rows.Variable, columns.Variable));
        }
        foreach (var conversation in conversations)
        {
            var rowIndexes = rows.IndexesOf(conversation);
            var columnIndexes = columns.IndexesOf(conversation);
            foreach (var r in rowIndexes)
            {
                foreach (var c in columnIndexes) grid[r, c]++;
                grid[r, columnCount]++;
            }
            foreach (var c in columnIndexes) grid[rowCount, c]++;
            grid[rowCount, columnCount]++;
        }
        return new(name, title, TableAxes.For(rows.Variable, columns.Variable), grid, MultiValueNotes(rows.Variable, columns.Variable));
    }

    /// <summary>
    /// A one-way table from counts already made, one per category. The total is their sum, except
    /// for a multi-valued variable, whose total (the number of conversations) must be given.
    /// </summary>
    public static FrequencyTable FromCounts(string name, string title, Variable rows, IReadOnlyList<int> counts, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != rows.Categories.Count)
            throw new ArgumentException($"Table '{name}': {counts.Count} counts for {rows.Categories.Count} categories of '{rows.Name}'.", nameof(counts));
        var grid = new int[counts.Count + 1, 1];
        for (var r = 0; r < counts.Count; r++) grid[r, 0] = NonNegative(name, counts[r]);
        grid[counts.Count, 0] = LineTotal(name, "the total", counts, total, rows.IsMultiValued);
        return new(name, title, TableAxes.For(rows, null), grid, MultiValueNotes(rows, null));
    }

    /// <summary>
    /// A two-way table from interior counts [row, column]. Margins are sums unless a variable is
    /// multi-valued: then the margins it crosses must be given (row totals for a multi-valued
    /// column variable, column totals for a multi-valued row variable, the grand total if either).
    /// </summary>
    public static FrequencyTable FromCounts(
        string name, string title, Variable rows, Variable columns, int[,] counts,
        IReadOnlyList<int>? rowTotals = null, IReadOnlyList<int>? columnTotals = null, int? grandTotal = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(counts);
        int rowCount = rows.Categories.Count, columnCount = columns.Categories.Count;
        if (counts.GetLength(0) != rowCount || counts.GetLength(1) != columnCount)
            throw new ArgumentException(
                $"Table '{name}': counts are {counts.GetLength(0)}x{counts.GetLength(1)}, categories {rowCount}x{columnCount}.", nameof(counts));
        if (rowTotals is not null && rowTotals.Count != rowCount)
            throw new ArgumentException($"Table '{name}': {rowTotals.Count} row totals for {rowCount} rows.", nameof(rowTotals));
        if (columnTotals is not null && columnTotals.Count != columnCount)
            throw new ArgumentException($"Table '{name}': {columnTotals.Count} column totals for {columnCount} columns.", nameof(columnTotals));

        var grid = new int[rowCount + 1, columnCount + 1];
        for (var r = 0; r < rowCount; r++)
        for (var c = 0; c < columnCount; c++)
            grid[r, c] = NonNegative(name, counts[r, c]);
        for (var r = 0; r < rowCount; r++)
            grid[r, columnCount] = LineTotal(name, $"row '{rows.Categories[r].Code}'",
                Enumerable.Range(0, columnCount).Select(c => counts[r, c]).ToArray(), rowTotals?[r], columns.IsMultiValued);
        for (var c = 0; c < columnCount; c++)
            grid[rowCount, c] = LineTotal(name, $"column '{columns.Categories[c].Code}'",
                Enumerable.Range(0, rowCount).Select(r => counts[r, c]).ToArray(), columnTotals?[c], rows.IsMultiValued);

        var rowMargin = Enumerable.Range(0, rowCount).Select(r => grid[r, columnCount]).ToArray();
        var columnMargin = Enumerable.Range(0, columnCount).Select(c => grid[rowCount, c]).ToArray();
        // Take the grand total from a single-valued margin first (a plain sum), then check it against the other.
        var (first, second) = rows.IsMultiValued
            ? ((Cells: columnMargin, Multi: columns.IsMultiValued), (Cells: rowMargin, Multi: true))
            : ((Cells: rowMargin, Multi: false), (Cells: columnMargin, Multi: columns.IsMultiValued));
        var grand = LineTotal(name, "the grand total", first.Cells, grandTotal, first.Multi);
        grid[rowCount, columnCount] = LineTotal(name, "the grand total", second.Cells, grand, second.Multi);
        return new(name, title, TableAxes.For(rows, columns), grid, MultiValueNotes(rows, columns));
    }

    /// <summary>A plain-text rendering for exploring (unprotected: do not publish it).</summary>
    public override string ToString() =>
        PlainTextTable.Render(Title, _axes, (r, c) => _grid[r, c].ToString(CultureInfo.InvariantCulture), Notes);

    internal TableAxes Axes => _axes;

    // The conversations as a span: arrays and lists as they are (no enumerator calls per row), anything else copied once.
    private static ReadOnlySpan<Conversation> Rows(IEnumerable<Conversation> conversations) => conversations switch
    {
        Conversation[] array => array,
        List<Conversation> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => conversations.ToArray(),
    };

    private static int NonNegative(string table, int count) =>
        count >= 0 ? count : throw new ArgumentException($"Table '{table}': count {count} is negative.");

    // A single-valued line's total is the sum of its cells. A multi-valued line's total is the
    // number of conversations: at least its largest cell (each cell counts some of them) and at
    // most the sum (each conversation is in at least one cell, "Not known" included).
    private static int LineTotal(string table, string line, IReadOnlyList<int> cells, int? given, bool multiValued)
    {
        var sum = cells.Sum();
        if (!multiValued)
        {
            if (given is { } g && g != sum)
                throw new ArgumentException($"Table '{table}': {line} is given as {g} but its cells add up to {sum}.");
            return sum;
        }
        if (given is not { } total)
            throw new ArgumentException($"Table '{table}': {line} crosses a multi-valued variable, so its total must be given.");
        var max = cells.Count == 0 ? 0 : cells.Max();
        if (total < max || total > sum)
            throw new ArgumentException(
                $"Table '{table}': {line} has total {total}, outside [{max}, {sum}] (largest cell, sum of cells) for a multi-valued variable.");
        return total;
    }

    private static IReadOnlyList<string> MultiValueNotes(Variable rows, Variable? columns)
    {
        var notes = new List<string>();
        if (rows.IsMultiValued)
            notes.Add(Languages.Pick(
                $"{rows.Title}: a conversation can name several, so it counts once in each row that applies and the rows add up to more than the total. The total is the number of conversations.",
                $"{rows.Title}: een gesprek kan er meerdere noemen en telt dus mee in elke rij die van toepassing is; de rijen samen zijn meer dan het totaal. Het totaal is het aantal gesprekken."));
        if (columns is { IsMultiValued: true })
            notes.Add(Languages.Pick(
                $"{columns.Title}: a conversation can name several, so it counts once in each column that applies and the columns add up to more than the total. The total is the number of conversations.",
                $"{columns.Title}: een gesprek kan er meerdere noemen en telt dus mee in elke kolom die van toepassing is; de kolommen samen zijn meer dan het totaal. Het totaal is het aantal gesprekken."));
        return notes;
    }
}
