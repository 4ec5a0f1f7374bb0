namespace ChatFindings;

/// <summary>
/// The rows and columns of a table grid, margins included: the categories of the row variable
/// then "Total"; for a two-way table the column variable's categories then "Total", for a one-way
/// table a single count column (code "", label "Conversations").
/// </summary>
internal sealed record TableAxes(
    Variable RowVariable,
    Variable? ColumnVariable,
    IReadOnlyList<string> RowCodes,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnCodes,
    IReadOnlyList<string> ColumnLabels)
{
    public bool IsOneWay => ColumnVariable is null;

    /// <summary>The position of a code on one axis of a table; an unknown code is an error naming the table.</summary>
    public static int IndexOf(IReadOnlyList<string> codes, string code, string axis, string table)
    {
        for (var i = 0; i < codes.Count; i++)
            if (codes[i] == code) return i;
        throw new ArgumentException($"Table '{table}' has no {axis} '{code}'.");
    }

    public static TableAxes For(Variable rowVariable, Variable? columnVariable)
    {
        var rowCodes = rowVariable.Categories.Select(c => c.Code).Append(TableMargin.Code).ToArray();
        var rowLabels = rowVariable.Categories.Select(c => c.Shown).Append(TableMargin.Label).ToArray();
        if (columnVariable is null)
            return new(rowVariable, null, rowCodes, rowLabels, [""], [TableMargin.CountLabel]);
        var columnCodes = columnVariable.Categories.Select(c => c.Code).Append(TableMargin.Code).ToArray();
        var columnLabels = columnVariable.Categories.Select(c => c.Shown).Append(TableMargin.Label).ToArray();
        return new(rowVariable, columnVariable, rowCodes, rowLabels, columnCodes, columnLabels);
    }
}
