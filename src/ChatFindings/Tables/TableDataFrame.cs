using Microsoft.Data.Analysis;

namespace ChatFindings;

/// <summary>DataFrame views of tables, for exploring in a notebook: a label column, then one count column per grid column.</summary>
internal static class TableDataFrame
{
    public static DataFrame Build(TableAxes axes, Func<int, int, int?> count)
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn(axes.RowVariable.Title, axes.RowLabels),
        };
        for (var c = 0; c < axes.ColumnCodes.Count; c++)
        {
            var column = c;
            columns.Add(new Int32DataFrameColumn(axes.ColumnLabels[c],
                Enumerable.Range(0, axes.RowCodes.Count).Select(r => count(r, column))));
        }
        return new DataFrame(columns);
    }
}
