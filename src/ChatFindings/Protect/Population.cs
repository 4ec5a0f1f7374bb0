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
/// together, across notebooks, with the counts its sentences show (<see cref="PopulationCounts"/>)
/// and with the populations nested in it (<see cref="Where"/>).
/// </summary>
public sealed class Population
{
    private readonly Conversation[] _conversations;
    private readonly DisclosurePolicy _policy;
    private readonly Dictionary<string, ProtectedTable> _margins = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Rows, string Columns), ProtectedTable> _twoWay = new();
    private readonly (Population Parent, CategorySelection Filter)? _within;

    internal Population(TablePopulation id, IEnumerable<Conversation> conversations, DisclosurePolicy policy)
        : this(id, conversations, policy, null) { }

    private Population(TablePopulation id, IEnumerable<Conversation> conversations, DisclosurePolicy policy, (Population, CategorySelection)? within)
    {
        Id = id;
        _conversations = conversations.ToArray();
        _policy = policy;
        _within = within;
    }

    public TablePopulation Id { get; }

    /// <summary>
    /// The conversations of this population in some categories of one variable, as a population of
    /// its own (e.g. the F1 group's online cases): its tables are linked to this one's, since its
    /// total is the sum of those cells of this population's margin of the variable. Its total is
    /// hidden where that margin hides them, and its tables are protected together with that margin.
    /// </summary>
    public Population Where(CategorySelection filter, string id, string title)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Its total must be a sum of the parent's cells of the variable.
        if (filter.Negated) throw new ArgumentException($"A population is cut by categories, not by a complement ('{filter}').", nameof(filter));
        var name = new TablePopulation(id, title) { Within = new PopulationFilter(Id, VariableDescriptor.Of(filter.Variable.Variable), filter.Codes) };
        return new Population(name, Members([filter]), _policy, (this, filter));
    }

    /// <summary>A protected one-way table (two-way when <paramref name="columns"/> is given) of this population.</summary>
    public ProtectedTable Table(string name, string title, ConversationVariable rows, ConversationVariable? columns = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Sentences may have counted these two variables the other way round before: the table
        // hides what they were checked against (a protected pattern stays protected transposed).
        var checkedAs = columns is not null && _twoWay.TryGetValue((columns.Name, rows.Name), out var other) ? other : null;
        var table = Protected(name, title, rows, columns, shown: true, checkedAs);
        if (columns is not null) _twoWay[(rows.Name, columns.Name)] = table;
        return table;
    }

    /// <summary>The run's disclosure threshold, as the population's tables use it.</summary>
    internal DisclosurePolicy Policy => _policy;

    /// <summary>
    /// The count of the selected categories as an equation of the population (shown or not): a sum
    /// of cells of their variables' grid, less the cells of a list variable's complement
    /// (<see cref="CategorySelection.Negated"/>: the line's total less the category).
    /// </summary>
    internal SentenceCount Counted(IReadOnlyList<CategorySelection> where)
    {
        var merged = where.GroupBy(s => s.Variable.Name).Select(g => g.Aggregate((a, b) => a.Intersect(b))).ToList();
        if (merged.Count > 2) throw new ArgumentException("A sentence count selects categories of at most two variables, as a two-way table does.", nameof(where));
        foreach (var s in merged) _variables[s.Variable.Name] = s.Variable;
        var value = CountOf(merged);
        // Each selection as signed conditions: its categories (+), or no condition (the total, +)
        // and the category (−) for a complement; the count is their product over the selections.
        var terms = merged.Aggregate((IEnumerable<(List<(string, string)> Conditions, int Sign)>)[([], 1)],
            (sets, s) => sets.SelectMany(set => Terms(s).Select(t => (t.Code is { } code ? set.Conditions.Append((s.Variable.Name, code)).ToList() : set.Conditions, set.Sign * t.Sign))))
            .Select(t => (Key: CellKey.Of(t.Conditions), t.Sign)).ToList();
        // The grid's variables in the order of the table this population publishes of them.
        var variables = merged.Count == 2 ? TwoWay(merged[0].Variable, merged[1].Variable).Descriptor.Variables
            : merged.Select(s => VariableDescriptor.Of(s.Variable.Variable)).ToList();
        var subtracted = terms.Where(t => t.Sign < 0).Select(t => t.Key).ToList();
        return new SentenceCount(new TableDescriptor("sentence", Id.Title, Id, _policy.MinCell, variables), terms.Where(t => t.Sign > 0).Select(t => t.Key).ToList(), value)
            { Subtracted = subtracted.Count > 0 ? subtracted : null };
    }

    /// <summary>The conversations of the population in all the selected categories.</summary>
    internal IEnumerable<Conversation> Members(IReadOnlyList<CategorySelection> selections) =>
        MemberRows(selections).Select(r => _conversations[r]);

    // Sentences, shares and comparison tables ask for the same counts again (a base, its known answers).
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private int CountOf(IReadOnlyList<CategorySelection> selections)
    {
        var key = string.Join(";", selections.Select(s => $"{s.Variable.Name}{(s.Negated ? "!=" : "=")}{string.Join(",", s.Codes)}").Order(StringComparer.Ordinal));
        if (_counts.TryGetValue(key, out var count)) return count;
        if (selections.Count > 2 || Selection(selections) is not { } selection) return _counts[key] = MemberRows(selections).Count();
        count = 0;
        foreach (var (first, second, n) in Joint(selections))
            if (selection.Matches(first, second)) count += n;
        return _counts[key] = count;
    }

    // How many rows have each combination of categories of one or two variables, made once per pair:
    // every count over those variables is then a sum over a few combinations, not a pass over the rows.
    private readonly Dictionary<string, List<(ulong First, ulong Second, int Rows)>> _joint = new(StringComparer.Ordinal);

    private List<(ulong First, ulong Second, int Rows)> Joint(IReadOnlyList<CategorySelection> selections)
    {
        var key = string.Join(";", selections.Select(s => s.Variable.Name));
        if (_joint.TryGetValue(key, out var joint)) return joint;
        var none = new CategoryValues(new ushort[_conversations.Length], [0UL]);
        var first = selections.Count > 0 ? Values(selections[0].Variable) : none;
        var second = selections.Count > 1 ? Values(selections[1].Variable) : none;
        var width = second.Distinct.Length;
        var histogram = new int[first.Distinct.Length * width];
        for (var r = 0; r < _conversations.Length; r++) histogram[first.Ids[r] * width + second.Ids[r]]++;
        joint = [];
        for (var i = 0; i < histogram.Length; i++)
            if (histogram[i] > 0) joint.Add((first.Distinct[i / width], second.Distinct[i % width], histogram[i]));
        return _joint[key] = joint;
    }

    /// <summary>Each row's category bits of a variable as an index into the distinct bit sets that occur.</summary>
    private sealed record CategoryValues(ushort[] Ids, ulong[] Distinct)
    {
        public ulong Of(int row) => Distinct[Ids[row]];
    }

    // Each row's categories of a variable, made once per population and variable: every count, share
    // and sub-population is then a pass over arrays (or a sum over a joint count) instead of over
    // Conversation views (on a million rows the sentences' counts were the largest cost of a publish;
    // docs/benchmarks.md). Two bytes a row, not the eight of the bits themselves: a population keeps
    // one per variable its sentences name.
    private readonly Dictionary<string, CategoryValues> _values = new(StringComparer.Ordinal);

    private CategoryValues Values(ConversationVariable variable)
    {
        if (_values.TryGetValue(variable.Name, out var values)) return values;
        var bits = CategoryBits(variable);
        var ids = new ushort[bits.Length];
        var index = new Dictionary<ulong, ushort>();
        var distinct = new List<ulong>();
        ulong last = 0;
        ushort lastId = ushort.MaxValue;
        for (var r = 0; r < bits.Length; r++)
        {
            if (bits[r] != last || lastId == ushort.MaxValue)
            {
                last = bits[r];
                if (!index.TryGetValue(last, out lastId))
                {
                    if (distinct.Count == ushort.MaxValue) throw new InvalidOperationException($"'{variable.Name}' has more combinations of categories than a count can index.");
                    index[last] = lastId = (ushort)distinct.Count;
                    distinct.Add(last);
                }
            }
            ids[r] = lastId;
        }
        return _values[variable.Name] = new CategoryValues(ids, [.. distinct]);
    }

    private IEnumerable<int> MemberRows(IReadOnlyList<CategorySelection> selections)
    {
        if (Selection(selections) is { } selection) return Enumerable.Range(0, _conversations.Length).Where(selection.Has);
        // More categories than bits in a word: select through the selections themselves.
        return Enumerable.Range(0, _conversations.Length).Where(r => selections.All(s => s.Matches(_conversations[r])));
    }

    /// <summary>The selections as masks over the rows' category bits; null when a variable has more categories than a word holds.</summary>
    private CategoryMasks? Selection(IReadOnlyList<CategorySelection> selections)
    {
        if (selections.Any(s => s.Variable.Variable.Categories.Count > 64)) return null;
        var masks = selections.Select(s => s.Codes.Aggregate(0UL, (m, code) =>
            m | 1UL << s.Variable.Variable.Categories.ToList().FindIndex(c => c.Code == code))).ToArray();
        return new CategoryMasks(selections.Select(s => Values(s.Variable)).ToArray(), masks, selections.Select(s => s.Negated).ToArray());
    }

    /// <summary>A row is selected when, for every selection, its bits meet the mask (or, for a complement, miss it).</summary>
    private sealed class CategoryMasks(CategoryValues[] values, ulong[] masks, bool[] negated)
    {
        public bool Has(int row)
        {
            for (var k = 0; k < values.Length; k++)
                if (!Meets(k, values[k].Of(row))) return false;
            return true;
        }

        /// <summary>Whether the bits of the first and second selection's variable (as in <see cref="Joint"/>) are selected.</summary>
        public bool Matches(ulong first, ulong second) => (masks.Length < 1 || Meets(0, first)) && (masks.Length < 2 || Meets(1, second));

        private bool Meets(int k, ulong categories) => ((categories & masks[k]) != 0) != negated[k];
    }

    /// <summary>Each row's categories of a variable as bits (bit i: category i), for <see cref="Values"/>.</summary>
    private ulong[] CategoryBits(ConversationVariable variable)
    {
        var bits = new ulong[_conversations.Length];
        if (!FromColumns(variable, bits))
            for (var r = 0; r < bits.Length; r++)
                foreach (var i in variable.IndexesOf(_conversations[r])) bits[r] |= 1UL << i;
        return bits;
    }

    /// <summary>The bits from the data set's byte columns (<see cref="ColumnCodes"/>), when the variable and the rows allow it.</summary>
    private bool FromColumns(ConversationVariable variable, ulong[] bits)
    {
        var rows = RowSelection.Of(_conversations);
        if (variable.Columns is not { } columns || rows.OneStore() is not { } store) return false;
        var codes = new byte[bits.Length];
        if (!columns.TryFill(store, rows, codes)) return false;
        var bitsOf = Enumerable.Range(0, columns.CodeCount).Select(code => FrequencyTableColumns.CategoryBits(variable, code)).ToArray();
        for (var r = 0; r < bits.Length; r++) bits[r] = bitsOf[codes[r]];
        return true;
    }

    private static IEnumerable<(string? Code, int Sign)> Terms(CategorySelection selection) =>
        selection.Negated ? [(null, 1), .. selection.Codes.Select(c => ((string?)c, -1))] : selection.Codes.Select(c => ((string?)c, 1));

    /// <summary>
    /// Whether sentences may show these counts: the population's total when its tables publish it;
    /// otherwise when the audit of the tables this population publishes of the counts' variables
    /// (the one-way margin, or the two-way table), with the counts added as published equations,
    /// passes: each count is published there or can be published without narrowing a hidden one.
    /// </summary>
    internal bool Publishes(IReadOnlyList<SentenceCount> counts)
    {
        if (counts.All(c => c.Grid.Variables.Count == 0)) return counts.All(c => !_policy.IsSmall(c.Count)) && TotalPublished();
        // With the counts shown before: two shares that pass alone (a year or longer, five years or
        // more) can together narrow a hidden cell.
        var together = _shown.Concat(counts).ToList();
        var grids = together.Select(c => c.Grid.Variables).Where(v => v.Count > 0)
            .Select(v => v.Count == 1 ? Margin(Variable(v[0].Name)) : TwoWay(Variable(v[0].Name), Variable(v[1].Name)))
            .Distinct().Select(t => PublishedTable.Of(t, $"{t.Name} ({Id.Id})"));
        var passed = SuppressionAudit.CheckLinked(grids, together.Select(c => new PublishedSentence("a sentence", c))).All(r => r.Passed);
        if (passed) _shown.AddRange(counts.Where(c => !_shown.Any(s => SameEquation(s, c))));
        return passed;
    }

    /// <summary>The counts sentences of this population were allowed to show so far.</summary>
    private readonly List<SentenceCount> _shown = [];

    private static bool SameEquation(SentenceCount a, SentenceCount b) =>
        a.Count == b.Count && a.Keys.SequenceEqual(b.Keys) && (a.Subtracted ?? []).SequenceEqual(b.Subtracted ?? []) && a.Grid.Variables.Select(v => v.Name).SequenceEqual(b.Grid.Variables.Select(v => v.Name));

    private bool TotalPublished() =>
        !_policy.IsSmall(_conversations.Length) && (_within is not { } within || within.Parent.Publishes([within.Parent.Counted([within.Filter])]));

    private readonly Dictionary<string, ConversationVariable> _variables = new(StringComparer.Ordinal);

    private ConversationVariable Variable(string name) => _variables[name];

    /// <summary>The two-way table of two variables as this population publishes it (either way round), made if no notebook cell made it yet.</summary>
    private ProtectedTable TwoWay(ConversationVariable first, ConversationVariable second)
    {
        _variables[first.Name] = first;
        _variables[second.Name] = second;
        if (_twoWay.TryGetValue((first.Name, second.Name), out var table) || _twoWay.TryGetValue((second.Name, first.Name), out table)) return table;
        return _twoWay[(first.Name, second.Name)] = Protected("pattern", "pattern", first, second, shown: false);
    }

    private ProtectedTable Protected(string name, string title, ConversationVariable rows, ConversationVariable? columns, bool shown, ProtectedTable? transposed = null)
    {
        var table = columns is null
            ? FrequencyTable.OneWay(name, title, _conversations, rows)
            : FrequencyTable.TwoWay(name, title, _conversations, rows, columns);
        bool[,]? start = null;
        if (columns is not null)
        {
            var rowPattern = MarginPattern(rows);
            var columnPattern = MarginPattern(columns);
            start = new bool[table.RowCount, table.ColumnCount];
            for (var r = 0; r < table.RowCount; r++) start[r, table.ColumnCount - 1] = rowPattern[r];
            for (var c = 0; c < table.ColumnCount; c++) start[table.RowCount - 1, c] = columnPattern[c];
            start[table.RowCount - 1, table.ColumnCount - 1] = rowPattern[^1] || columnPattern[^1];
            if (transposed is not null)
                for (var r = 0; r < table.RowCount; r++)
                    for (var c = 0; c < table.ColumnCount; c++)
                        start[r, c] |= transposed[c, r].Suppressed;
        }
        // A nested population's total is its parent's cells: hidden where the parent hides them.
        if (_within is { } within && !TotalPublished())
        {
            start ??= new bool[table.RowCount, table.ColumnCount];
            start[table.RowCount - 1, table.ColumnCount - 1] = true;
        }
        return DisclosureControl.Protect(table, _policy, Id, start, shown, ParentMargin());
    }

    /// <summary>The parent's margin of the variable this population was cut by, as the parent publishes it.</summary>
    private OuterLine? ParentMargin()
    {
        if (_within is not { } within) return null;
        var variable = within.Filter.Variable;
        var values = FrequencyTable.OneWay("margin", variable.Variable.Title, within.Parent._conversations, variable);
        var counts = Enumerable.Range(0, values.RowCount).Select(r => values[r, 0]).ToArray();
        var linked = variable.Variable.Categories.Select((c, i) => (c, i)).Where(x => within.Filter.Codes.Contains(x.c.Code)).Select(x => x.i).ToArray();
        return new OuterLine(counts, within.Parent.MarginPattern(variable), variable.Variable.IsMultiValued, linked);
    }

    /// <summary>Which categories (then the total) the population's one-way table of a variable hides.</summary>
    private bool[] MarginPattern(ConversationVariable variable)
    {
        var oneWay = Margin(variable);
        return Enumerable.Range(0, oneWay.RowCount).Select(r => oneWay[r, 0].Suppressed).ToArray();
    }

    /// <summary>The population's one-way table of a variable, as every table of it publishes that margin.</summary>
    private ProtectedTable Margin(ConversationVariable variable)
    {
        _variables[variable.Name] = variable;
        if (_margins.TryGetValue(variable.Name, out var table)) return table;
        return _margins[variable.Name] = Protected("margin", variable.Variable.Title, variable, null, shown: false);
    }

    public override string ToString() => $"{Id.Id}: {Id.Title}";
}
