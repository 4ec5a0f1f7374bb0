namespace ChatFindings;

/// <summary>
/// Decides which cells of a table grid (margins included) to suppress. Primary: every count n with
/// 0 &lt; n &lt; minCell, totals included. Secondary, until nothing changes:
/// <list type="number">
/// <item>Line rule. In every line (cells adding up to a total) a suppressed cell must not be alone,
/// or subtraction gives it back; and when the line's total is published, the hidden members
/// together (total minus the published members) must be 0 or at least minCell, or subtraction
/// publishes a small group under another name ("2 boys in criminal or labour exploitation").</item>
/// <item>Cycle rule (two-way). Read the grid as a bipartite graph, grid rows and grid columns as
/// vertices and suppressed cells as edges. A suppressed cell is undetermined exactly when its edge
/// lies on a cycle: shifting +1/-1 around the cycle keeps every line sum. An edge on no cycle (a
/// bridge) is recoverable from the lines, even when every line has two hidden cells. A cell
/// joining the two sides of the bridge closes a cycle through it.</item>
/// </list>
/// Secondary cells are never zeros while a non-zero choice exists: then every hidden count is at
/// least 1 and a cycle can shift by one either way, so each hidden cell has at least two
/// non-negative values consistent with the table. Choices prefer a cell whose other line also
/// needs a partner (one cell fixing two lines), then the smallest count, then grid order, so the
/// result is deterministic. When the margins follow the population's pattern (linked tables), cells
/// given as hidden at the start stay hidden and interior cells are chosen before margins.
/// </summary>
internal sealed class SuppressionPattern
{
    private readonly int[,] _values;
    private readonly int _minCell;
    private readonly bool _oneWay;
    private readonly bool _keepMargins;
    private readonly int _rows;
    private readonly int _columns;
    private readonly IReadOnlyList<TableLine> _lines;
    private readonly List<int>[,] _linesOfCell;

    private SuppressionPattern(int[,] values, bool oneWay, int minCell, bool keepMargins)
    {
        _values = values;
        _minCell = minCell;
        _oneWay = oneWay;
        _keepMargins = keepMargins;
        _rows = values.GetLength(0);
        _columns = values.GetLength(1);
        _lines = TableLine.Of(_rows, _columns, oneWay);
        _linesOfCell = new List<int>[_rows, _columns];
        for (var r = 0; r < _rows; r++)
        for (var c = 0; c < _columns; c++)
            _linesOfCell[r, c] = [];
        for (var i = 0; i < _lines.Count; i++)
            foreach (var (r, c) in _lines[i].Cells) _linesOfCell[r, c].Add(i);

        Primary = new bool[_rows, _columns];
        Suppressed = new bool[_rows, _columns];
    }

    public bool[,] Primary { get; }
    public bool[,] Suppressed { get; }

    public static SuppressionPattern Plan(int[,] values, bool oneWay, int minCell, bool[,]? initial = null)
    {
        var plan = new SuppressionPattern(values, oneWay, minCell, keepMargins: initial is not null);
        plan.SuppressPrimary();
        if (initial is not null)
            for (var r = 0; r < plan._rows; r++)
            for (var c = 0; c < plan._columns; c++)
                plan.Suppressed[r, c] |= initial[r, c];
        do
        {
            while (plan.FixFirstLine()) { }
        } while (!oneWay && plan.FixFirstBridge());
        return plan;
    }

    private void SuppressPrimary()
    {
        for (var r = 0; r < _rows; r++)
        for (var c = 0; c < _columns; c++)
            if (DisclosureRule.IsSmall(_values[r, c], _minCell))
                Primary[r, c] = Suppressed[r, c] = true;
    }

    private int HiddenIn(TableLine line) => line.Cells.Count(cell => Suppressed[cell.Row, cell.Column]);

    /// <summary>What subtraction gives for the hidden members of a line, or null when the total is hidden.</summary>
    private int? RecoverableSum(TableLine line)
    {
        var (tr, tc) = line.Total;
        if (Suppressed[tr, tc]) return null;
        return _values[tr, tc] - line.Members.Where(m => !Suppressed[m.Row, m.Column]).Sum(m => _values[m.Row, m.Column]);
    }

    private bool IsSmallGroup(int? recoverable) => recoverable is > 0 && recoverable < _minCell;

    private bool NeedsHelp(TableLine line)
    {
        var hidden = HiddenIn(line);
        return hidden == 1 || (hidden > 0 && IsSmallGroup(RecoverableSum(line)));
    }

    private bool FixFirstLine()
    {
        foreach (var line in _lines)
        {
            if (!NeedsHelp(line)) continue;
            Suppress(ChoosePartner(line));
            return true;
        }
        return false;
    }

    private (int Row, int Column) ChoosePartner(TableLine line)
    {
        var candidates = line.Members.Where(m => !Suppressed[m.Row, m.Column] && _values[m.Row, m.Column] > 0).ToList();
        var recoverable = RecoverableSum(line);
        if (IsSmallGroup(recoverable))
        {
            var deficit = _minCell - recoverable!.Value;
            var enough = candidates.Where(m => _values[m.Row, m.Column] >= deficit).ToList();
            // In an additive line some published member always covers the deficit; a multi-valued
            // line might not, then take the largest and look again.
            if (enough.Count > 0) return Best(enough, line);
            if (candidates.Count > 0) return candidates.OrderByDescending(m => _values[m.Row, m.Column]).ThenBy(m => m).First();
        }
        else if (candidates.Count > 0)
        {
            return Best(candidates, line);
        }

        var total = line.Total;
        if (!Suppressed[total.Row, total.Column] && _values[total.Row, total.Column] > 0 && MarginRank(total) == 0) return total;
        // Only zeros are left (or the margin, which the population's pattern keeps): hiding one still stops the lone cell being read off.
        var zero = line.Cells.Where(m => !Suppressed[m.Row, m.Column]).OrderBy(m => MarginRank(m)).ThenBy(m => m).FirstOrDefault((-1, -1));
        if (zero.Item1 < 0)
            throw new InvalidOperationException("Disclosure control found a line with one hidden cell and nothing left to hide.");
        return zero;
    }

    private (int Row, int Column) Best(IEnumerable<(int Row, int Column)> candidates, TableLine line) =>
        candidates
            .OrderBy(m => MarginRank(m))
            .ThenBy(m => CrossingLineNeedsHelp(m, line) ? 0 : 1)
            .ThenBy(m => _values[m.Row, m.Column])
            .ThenBy(m => m.Row).ThenBy(m => m.Column)
            .First();

    private bool CrossingLineNeedsHelp((int Row, int Column) cell, TableLine line) =>
        _linesOfCell[cell.Row, cell.Column].Any(i => !ReferenceEquals(_lines[i], line) && NeedsHelp(_lines[i]));

    private void Suppress((int Row, int Column) cell) => Suppressed[cell.Row, cell.Column] = true;

    private int MarginRank((int Row, int Column) cell) => _keepMargins && IntervalRepair.IsMargin(cell, _rows, _columns) ? 1 : 0;

    // ---- cycle rule (two-way tables) ----

    private bool FixFirstBridge()
    {
        var graph = new SuppressionGraph(Suppressed);
        if (graph.FirstBridge() is not { } bridge) return false;

        var side = graph.SideOf(bridge);
        var candidates = new List<(int Row, int Column)>();
        for (var r = 0; r < _rows; r++)
        for (var c = 0; c < _columns; c++)
        {
            if (Suppressed[r, c]) continue;
            var rowSide = side[SuppressionGraph.RowVertex(r)];
            var columnSide = side[SuppressionGraph.ColumnVertex(_rows, c)];
            if (rowSide != 0 && columnSide != 0 && rowSide != columnSide) candidates.Add((r, c));
        }
        if (candidates.Count == 0)
            throw new InvalidOperationException("Disclosure control could not close a cycle through a recoverable cell.");

        Suppress(candidates
            .OrderBy(m => MarginRank(m))
            .ThenBy(m => _values[m.Row, m.Column] > 0 ? 0 : 1)
            .ThenBy(m => _values[m.Row, m.Column])
            .ThenBy(m => m.Row).ThenBy(m => m.Column)
            .First());
        return true;
    }
}
