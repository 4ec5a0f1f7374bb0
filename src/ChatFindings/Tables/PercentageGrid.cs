namespace ChatFindings;

/// <summary>
/// Percentages over a table grid with margins (last row and, for two-way tables, last column are
/// totals). Shared by frequency and protected tables; a null count stays null, so a share built on
/// a suppressed number is suppressed.
/// </summary>
internal static class PercentageGrid
{
    public static IReadOnlyList<Percentage> Compute(
        Func<int, int, int?> count, TableAxes axes, Denominator denominator)
    {
        if (axes.IsOneWay && denominator != Denominator.Total)
            throw new ArgumentException(
                $"A one-way table has only its total as denominator; got {denominator}.", nameof(denominator));

        var totalRow = axes.RowCodes.Count - 1;
        var totalColumn = axes.ColumnCodes.Count - 1;
        var result = new List<Percentage>(axes.RowCodes.Count * axes.ColumnCodes.Count);
        for (var r = 0; r < axes.RowCodes.Count; r++)
        for (var c = 0; c < axes.ColumnCodes.Count; c++)
        {
            var denominatorCount = denominator switch
            {
                Denominator.Row => count(r, totalColumn),
                Denominator.Column => count(totalRow, c),
                _ => count(totalRow, totalColumn),
            };
            result.Add(new Percentage(
                axes.RowCodes[r], axes.RowLabels[r],
                axes.IsOneWay ? null : axes.ColumnCodes[c], axes.IsOneWay ? null : axes.ColumnLabels[c],
                denominator, count(r, c), denominatorCount));
        }
        return result;
    }
}
