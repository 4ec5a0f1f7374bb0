namespace ChatFindings;

/// <summary>
/// Charts are drawn from protected tables only: a suppressed count (or a share computed from one)
/// becomes a gap labelled "&lt;min_cell", never a bar or a point. Margins are not drawn.
/// </summary>
public static class ProtectedTableCharts
{
    /// <summary>
    /// The table's categories along the axis, one series per column category (one series for a
    /// one-way table); counts, or percentages of the given denominator.
    /// </summary>
    public static ChartData ToChartData(this ProtectedTable table, ChartKind kind = ChartKind.Column,
        Denominator? shareOf = null, string? title = null)
    {
        var rows = Enumerable.Range(0, table.RowCount - 1).ToArray();       // without the Total row
        var columns = table.IsOneWay ? [0] : Enumerable.Range(0, table.ColumnCount - 1).ToArray();
        var shares = shareOf is { } d ? table.Percentages(d) : null;
        double? Value(int r, int c) => shares is null
            ? table[r, c].Count
            : shares[r * table.ColumnCount + c].Value is { } v ? Math.Round(v, 1) : null;

        var series = columns
            .Select(c => new ChartSeries(table.IsOneWay ? TableMargin.CountLabel : table.ColumnLabels[c],
                rows.Select(r => Value(r, c)).ToArray()))
            .ToArray();
        var all = Languages.Pick("% of all conversations", "% van alle gesprekken");
        var valueTitle = shareOf switch
        {
            null => TableMargin.CountLabel,
            Denominator.Row => Languages.Pick($"% of the {table.RowVariable.Title.ToLowerInvariant()} row", $"% van de rij ({table.RowVariable.Title.ToLowerInvariant()})"),
            Denominator.Column => table.IsOneWay ? all : Languages.Pick($"% of the {table.ColumnVariable!.Title.ToLowerInvariant()} column", $"% van de kolom ({table.ColumnVariable!.Title.ToLowerInvariant()})"),
            _ => all,
        };
        // A title the notebook gives is its English text: its Dutch form comes from the notebook's translation file.
        return new ChartData(title is null ? table.Title : Languages.Text(title), table.RowVariable.Title, valueTitle,
            rows.Select(r => table.RowLabels[r]).ToArray(), series, table.SuppressedText, kind,
            table.SuppressedCount > 0 ? Languages.Pick($"Values shown as {table.SuppressedText} are suppressed by disclosure control.",
                $"Waarden getoond als {table.SuppressedText} zijn door onthullingscontrole verborgen.") : null);
    }

    public static Chart ToChart(this ProtectedTable table, ChartKind kind = ChartKind.Column,
        Denominator? shareOf = null, string? title = null) =>
        Chart.From(table.ToChartData(kind, shareOf, title));
}
