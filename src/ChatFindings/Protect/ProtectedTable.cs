using System.Globalization;
using Microsoft.Data.Analysis;

namespace ChatFindings;

/// <summary>
/// A frequency table after disclosure control: what may be published. Made only by
/// <see cref="DisclosureControl.Protect"/>. A suppressed cell holds no number, so nothing
/// rendered from this table (text, HTML, CSV, percentages, DataFrame) can show one.
/// The grid is indexed [row, column] with margins, as in <see cref="FrequencyTable"/>.
/// </summary>
public sealed class ProtectedTable : IPublishable
{
    private readonly ProtectedCell[,] _cells;
    private readonly TableAxes _axes;

    internal ProtectedTable(string name, string title, TableAxes axes, ProtectedCell[,] cells, int minCell, IReadOnlyList<string> notes,
        TablePopulation? population = null)
    {
        Population = population;
        Name = name;
        Title = title;
        _axes = axes;
        _cells = cells;
        MinCell = minCell;
        Notes = notes;
    }

    /// <summary>Used as the file name of the table, e.g. "by-year".</summary>
    public string Name { get; }
    public string Title { get; }
    public Variable RowVariable => _axes.RowVariable;

    /// <summary>Null for a one-way table.</summary>
    public Variable? ColumnVariable => _axes.ColumnVariable;

    public bool IsOneWay => _axes.IsOneWay;

    /// <summary>The conversations the table counts; null for a table protected on its own (not linked to others).</summary>
    public TablePopulation? Population { get; }

    /// <summary>Title, population, threshold and variables: what tables/datapackage.json says of the table.</summary>
    public TableDescriptor Descriptor => TableDescriptor.Of(Name, Title, Population, MinCell, RowVariable, ColumnVariable);

    /// <summary>Counts n with 0 &lt; n &lt; MinCell were suppressed.</summary>
    public int MinCell { get; }

    /// <summary>Notes for readers: the table's own, then the disclosure rule.</summary>
    public IReadOnlyList<string> Notes { get; }

    public int RowCount => _axes.RowCodes.Count;
    public int ColumnCount => _axes.ColumnCodes.Count;

    /// <summary>Row category codes then "Total".</summary>
    public IReadOnlyList<string> RowCodes => _axes.RowCodes;

    /// <summary>Row category labels then "Total".</summary>
    public IReadOnlyList<string> RowLabels => _axes.RowLabels;

    /// <summary>Column category codes then "Total"; for a one-way table one empty code.</summary>
    public IReadOnlyList<string> ColumnCodes => _axes.ColumnCodes;

    /// <summary>Column category labels then "Total"; for a one-way table one label, "Conversations".</summary>
    public IReadOnlyList<string> ColumnLabels => _axes.ColumnLabels;

    public ProtectedCell this[int row, int column] => _cells[row, column];

    /// <summary>
    /// The sum of some rows' published counts in one column (default the first), or null when any
    /// of them is suppressed: a sum must not let a hidden count be worked out.
    /// </summary>
    public int? PublishedSum(IEnumerable<string> rowCodes, int column = 0)
    {
        var sum = 0;
        foreach (var code in rowCodes)
        {
            var row = TableAxes.IndexOf(RowCodes, code, "row", Name);
            if (_cells[row, column].Count is not { } n) return null;
            sum += n;
        }
        return sum;
    }

    /// <summary>The flag column's value for a hidden cell in <see cref="ToTidyCsv"/>.</summary>
    public const string SuppressedFlag = ProtectedTableCsv.SuppressedFlag;

    /// <summary>What a reader sees in place of a suppressed count: "&lt;10" for the default threshold.</summary>
    public string SuppressedText => "<" + MinCell.ToString(CultureInfo.InvariantCulture);

    public int SuppressedCount => _cells.Cast<ProtectedCell>().Count(c => c.Suppressed);

    /// <summary>
    /// Every cell's share of its row, column or grand total, from published counts only: a share
    /// whose count or base is suppressed is suppressed.
    /// </summary>
    public IReadOnlyList<Percentage> Percentages(Denominator denominator) =>
        PercentageGrid.Compute((r, c) => _cells[r, c].Count, _axes, denominator);

    /// <summary>
    /// One line per cell, totals included, row by row:
    /// <c>row_variable,row_value,column_variable,column_value,count,flag</c>. Values are codebook
    /// codes (stable and machine-friendly; labels are in the codebook), "Total" for a margin.
    /// Column fields are empty for a one-way table; a suppressed cell has an empty count and the
    /// flag "suppressed". LF line endings, RFC 4180 quoting.
    /// </summary>
    public string ToTidyCsv() => ProtectedTableCsv.Write(this);

    /// <summary>A plain semantic HTML table (class cf-table) followed by its notes; no scripts, no external resources.</summary>
    public string ToHtml() => ProtectedTableHtml.Write(this);

    /// <summary>The table as a DataFrame: a label column, then one nullable Int32 column per grid column (null = suppressed).</summary>
    public DataFrame ToDataFrame() => TableDataFrame.Build(_axes, (r, c) => _cells[r, c].Count);

    /// <summary>Fixed-width text; suppressed counts show as "&lt;MinCell".</summary>
    public override string ToString() =>
        PlainTextTable.Render(Title, _axes, (r, c) => Display(_cells[r, c]), Notes);

    internal string Display(ProtectedCell cell) =>
        cell.Count is { } n ? n.ToString(CultureInfo.InvariantCulture) : SuppressedText;
}
