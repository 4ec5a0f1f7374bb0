namespace ChatFindings;

/// <summary>
/// Makes a table safe to publish: the only way to get a <see cref="ProtectedTable"/>. See
/// <see cref="DisclosureRule.Describe"/> for the rule in words and <see cref="SuppressionPattern"/>
/// for how cells are chosen.
/// </summary>
public static class DisclosureControl
{
    /// <summary>
    /// Suppresses every count n with 0 &lt; n &lt; the policy's MinCell (cells and totals),
    /// then as few and as small other cells as it takes so that no hidden count can be worked out
    /// from the published ones. Zeros are published: a zero says no conversation fell in a group,
    /// which points at no child; hiding zeros would also hide the real structure of the data
    /// (e.g. that no boy reported labour exploitation). The accepted cost: a zero beside a hidden
    /// count can show that all of a small group share a category, though not how many they are.
    /// The number behind a hidden cell is not kept in the result.
    /// </summary>
    /// <exception cref="InvalidOperationException">The result failed its own audit (a bug: never publish it).</exception>
    public static ProtectedTable Protect(FrequencyTable table, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        var minCell = policy.MinCell;

        var values = new int[table.RowCount, table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
            values[r, c] = table[r, c];

        var plan = SuppressionPattern.Plan(values, table.IsOneWay, minCell);
        var cells = new ProtectedCell[table.RowCount, table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
            cells[r, c] = plan.Suppressed[r, c] ? ProtectedCell.Hidden(plan.Primary[r, c]) : ProtectedCell.Published(values[r, c]);

        var notes = table.Notes.Append(DisclosureRule.TableNote(minCell)).ToArray();
        var result = new ProtectedTable(table.Name, Languages.Text(table.Title), table.Axes, cells, minCell, notes);

        // Defence in depth: the audit is computed independently of the pattern above.
        var audit = SuppressionAudit.Check(result);
        if (!audit.Passed)
            throw new InvalidOperationException($"Disclosure control of table '{table.Name}' failed its audit: {string.Join("; ", audit.Problems)}");
        return result;
    }
}
