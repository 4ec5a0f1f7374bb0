namespace ChatFindings;

/// <summary>
/// The relations of a table grid with margins: each "line" is a set of member cells and the total
/// cell they belong to. A one-way table has one line (the categories and the total). A two-way
/// table has one line per grid row (cells and the row total, the total row included: column totals
/// and the grand total) and one per grid column. A line runs along one variable: when it is
/// multi-valued (a conversation can fall in several categories) the line is not a sum, only
/// "each member ≤ total ≤ sum of members" holds (<see cref="Additive"/> false).
/// </summary>
internal sealed record TableLine(IReadOnlyList<(int Row, int Column)> Members, (int Row, int Column) Total, bool Additive = true)
{
    public IEnumerable<(int Row, int Column)> Cells => Members.Append(Total);

    public static IReadOnlyList<TableLine> Of(int rows, int columns, bool oneWay, bool rowsMultiValued = false, bool columnsMultiValued = false)
    {
        if (oneWay)
            return [new TableLine(Enumerable.Range(0, rows - 1).Select(r => (r, 0)).ToArray(), (rows - 1, 0), !rowsMultiValued)];

        var lines = new List<TableLine>(rows + columns);
        for (var r = 0; r < rows; r++)
            lines.Add(new TableLine(Enumerable.Range(0, columns - 1).Select(c => (r, c)).ToArray(), (r, columns - 1), !columnsMultiValued));
        for (var c = 0; c < columns; c++)
            lines.Add(new TableLine(Enumerable.Range(0, rows - 1).Select(r => (r, c)).ToArray(), (rows - 1, c), !rowsMultiValued));
        return lines;
    }

    /// <summary>
    /// The line as relations over unknowns: <paramref name="unknown"/> gives a hidden cell's index
    /// (or -1), <paramref name="known"/> a published cell's count.
    /// </summary>
    public IEnumerable<LinearRelation> Relations(Func<(int Row, int Column), int> unknown, Func<(int Row, int Column), int> known)
    {
        if (Additive)
        {
            yield return Relation(Members.Select(m => (m, 1.0)).Append((Total, -1.0)), equal: true);
            yield break;
        }
        // Each category counts some of the conversations (≤ total); each conversation is in at least one (total ≤ sum).
        foreach (var member in Members)
            yield return Relation([(member, 1.0), (Total, -1.0)], equal: false);
        yield return Relation(Members.Select(m => (m, -1.0)).Append((Total, 1.0)), equal: false);

        LinearRelation Relation(IEnumerable<((int Row, int Column) Cell, double Sign)> parts, bool equal)
        {
            var terms = new List<(int, double)>();
            var constant = 0.0;
            foreach (var (cell, sign) in parts)
            {
                var j = unknown(cell);
                if (j >= 0) terms.Add((j, sign));
                else constant += sign * known(cell);
            }
            return equal ? LinearRelation.Equal(terms, -constant) : LinearRelation.AtMost(terms, -constant);
        }
    }
}
