namespace ChatFindings;

/// <summary>
/// Makes a table safe to publish: the only way to get a <see cref="ProtectedTable"/>. See
/// <see cref="DisclosureRule.Describe"/> for the rule in words, <see cref="SuppressionPattern"/>
/// and <see cref="IntervalRepair"/> for how cells are chosen, <see cref="SuppressionAudit"/> for
/// the independent check.
/// </summary>
public static class DisclosureControl
{
    /// <summary>
    /// Suppresses every count n with 0 &lt; n &lt; MinCell (cells and totals), then as few and as
    /// small other cells as it takes so that no hidden count can be narrowed by the published ones
    /// to fewer than MinCell values (interval protection; exact recovery is the narrowest case).
    /// Zeros are published: a zero says no conversation fell in a group, which points at no child;
    /// hiding zeros would also hide the real structure of the data (e.g. that no boy reported labour
    /// exploitation). The accepted cost: a zero beside a hidden count can show that all of a small
    /// group share a category, though not how many they are. The number behind a hidden cell is not
    /// kept in the result. The table is protected on its own; a table of a
    /// <see cref="Population"/> is protected with its linked tables.
    /// </summary>
    /// <exception cref="InvalidOperationException">The result failed its own audit (a bug: never publish it).</exception>
    public static ProtectedTable Protect(FrequencyTable table, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        return Protect(table, policy, population: null, marginPattern: null);
    }

    /// <param name="marginPattern">Cells to hide from the start (the population's pattern of the margins), kept as they are where possible.</param>
    /// <param name="shown">False for a table made only for its pattern (a population's margin): its title is never shown, so it is not translated.</param>
    /// <param name="outer">The parent population's margin this table's grand total belongs to (a nested population), kept wide too.</param>
    internal static ProtectedTable Protect(FrequencyTable table, DisclosurePolicy policy, TablePopulation? population, bool[,]? marginPattern, bool shown = true,
        OuterLine? outer = null)
    {
        // Cell (a, b) and cell (b, a) of such a table count the same conversations: one could publish what the other hides.
        if (table.ColumnVariable?.Name == table.RowVariable.Name)
            throw new ArgumentException($"Table '{table.Name}' crosses '{table.RowVariable.Name}' with itself: tabulate it one-way.", nameof(table));
        var minCell = policy.MinCell;
        var values = new int[table.RowCount, table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
            values[r, c] = table[r, c];

        var plan = SuppressionPattern.Plan(values, table.IsOneWay, minCell, marginPattern);
        var hidden = (bool[,])plan.Suppressed.Clone();
        var lines = TableLine.Of(table.RowCount, table.ColumnCount, table.IsOneWay,
            table.RowVariable.IsMultiValued, table.ColumnVariable?.IsMultiValued ?? false);
        IntervalRepair.Widen(values, hidden, lines, minCell, keepMargins: marginPattern is not null, outer);

        var cells = new ProtectedCell[table.RowCount, table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
            cells[r, c] = hidden[r, c] ? ProtectedCell.Hidden(plan.Primary[r, c]) : ProtectedCell.Published(values[r, c]);

        var notes = table.Notes.Append(DisclosureRule.TableNote(minCell)).ToArray();
        var result = new ProtectedTable(table.Name, shown ? Languages.Text(table.Title) : table.Title, table.Axes, cells, minCell, notes, population);

        // Defence in depth: the audit reads the published CSV back and bounds the hidden cells itself.
        var audit = SuppressionAudit.Check(result);
        if (!audit.Passed)
            throw new InvalidOperationException($"Disclosure control of table '{table.Name}' failed its audit: {string.Join("; ", audit.Problems)}");
        return result;
    }
}
