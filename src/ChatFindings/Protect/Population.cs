namespace ChatFindings;

/// <summary>
/// A named set of conversations that tables are made of, e.g. the F1 group. Named once in a
/// notebook (<c>study.Population("f1-group", "Minor victims …", rows)</c>); every table built
/// from it carries its id, and tables of one population are linked: a count hidden in one must
/// not be worked out from another. Without coordination between notebooks, each margin follows
/// one deterministic pattern: the one-way protection of that variable in this population, the
/// same in every notebook that names the same population. Two-way tables start from those margin
/// patterns and hide interior cells for their own needs (margins only when nothing else helps,
/// which the linked audit at publish then reports). Publish audits all tables of a population
/// together, across notebooks.
/// </summary>
public sealed class Population
{
    private readonly IReadOnlyList<Conversation> _conversations;
    private readonly DisclosurePolicy _policy;
    private readonly Dictionary<string, bool[]> _marginPatterns = new(StringComparer.Ordinal);

    internal Population(TablePopulation id, IEnumerable<Conversation> conversations, DisclosurePolicy policy)
    {
        Id = id;
        _conversations = conversations.ToArray();
        _policy = policy;
    }

    public TablePopulation Id { get; }

    /// <summary>A protected one-way table (two-way when <paramref name="columns"/> is given) of this population.</summary>
    public ProtectedTable Table(string name, string title, ConversationVariable rows, ConversationVariable? columns = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (columns is null)
            return DisclosureControl.Protect(FrequencyTable.OneWay(name, title, _conversations, rows), _policy, Id, null);

        var table = FrequencyTable.TwoWay(name, title, _conversations, rows, columns);
        var rowPattern = MarginPattern(rows);
        var columnPattern = MarginPattern(columns);
        var start = new bool[table.RowCount, table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++) start[r, table.ColumnCount - 1] = rowPattern[r];
        for (var c = 0; c < table.ColumnCount; c++) start[table.RowCount - 1, c] = columnPattern[c];
        start[table.RowCount - 1, table.ColumnCount - 1] = rowPattern[^1] || columnPattern[^1];
        return DisclosureControl.Protect(table, _policy, Id, start);
    }

    /// <summary>Which categories (then the total) the population's one-way table of a variable hides.</summary>
    private bool[] MarginPattern(ConversationVariable variable)
    {
        if (_marginPatterns.TryGetValue(variable.Name, out var pattern)) return pattern;
        var oneWay = DisclosureControl.Protect(FrequencyTable.OneWay("margin", variable.Variable.Title, _conversations, variable), _policy, Id, null, shown: false);
        pattern = Enumerable.Range(0, oneWay.RowCount).Select(r => oneWay[r, 0].Suppressed).ToArray();
        _marginPatterns[variable.Name] = pattern;
        return pattern;
    }

    public override string ToString() => $"{Id.Id}: {Id.Title}";
}
