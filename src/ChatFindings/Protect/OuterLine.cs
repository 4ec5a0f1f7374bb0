namespace ChatFindings;

/// <summary>
/// A line published outside the table being protected that shares a count with it: the parent
/// population's margin of the variable a nested population was cut by. <see cref="Counts"/> are
/// its categories then its total, <see cref="Hidden"/> the parent's pattern (fixed: protecting
/// the nested table may not change it), and the nested table's grand total is the sum of the
/// categories <see cref="Linked"/>. Protection keeps the parent's hidden cells wide as well.
/// </summary>
internal sealed record OuterLine(int[] Counts, bool[] Hidden, bool MultiValued, int[] Linked)
{
    /// <summary>The line's relations, its cells numbered from <paramref name="first"/>, and the link to the grand total <paramref name="grandTotal"/>.</summary>
    public IEnumerable<LinearRelation> Relations(int first, int grandTotal)
    {
        var line = new TableLine(Enumerable.Range(0, Counts.Length - 1).Select(i => (i, 0)).ToArray(), (Counts.Length - 1, 0), !MultiValued);
        foreach (var relation in line.Relations(cell => first + cell.Row, _ => 0)) yield return relation;
        yield return LinearRelation.Equal(Linked.Select(i => (first + i, 1.0)).Append((grandTotal, -1.0)).ToList(), 0);
    }
}
