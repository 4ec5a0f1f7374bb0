namespace ChatFindings;

/// <summary>
/// The suppressed cells of a two-way grid as a bipartite graph: vertex r for grid row r, vertex
/// rows+c for grid column c, one edge per suppressed cell. Finds bridges (edges on no cycle), the
/// cells the line equations pin down.
/// </summary>
internal sealed class SuppressionGraph
{
    private readonly int _rows;
    private readonly List<(int Row, int Column)> _edges = [];
    private readonly List<(int To, int Edge)>[] _adjacent;

    public SuppressionGraph(bool[,] suppressed)
    {
        _rows = suppressed.GetLength(0);
        var columns = suppressed.GetLength(1);
        _adjacent = Enumerable.Range(0, _rows + columns).Select(_ => new List<(int, int)>()).ToArray();
        for (var r = 0; r < _rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (!suppressed[r, c]) continue;
            var edge = _edges.Count;
            _edges.Add((r, c));
            _adjacent[RowVertex(r)].Add((ColumnVertex(_rows, c), edge));
            _adjacent[ColumnVertex(_rows, c)].Add((RowVertex(r), edge));
        }
    }

    public static int RowVertex(int row) => row;
    public static int ColumnVertex(int rows, int column) => rows + column;

    /// <summary>The first bridge in grid order, or null when every suppressed cell lies on a cycle.</summary>
    public (int Row, int Column)? FirstBridge()
    {
        var isBridge = new bool[_edges.Count];
        var order = new int[_adjacent.Length];
        var low = new int[_adjacent.Length];
        Array.Fill(order, -1);
        var counter = 0;
        for (var v = 0; v < _adjacent.Length; v++)
            if (order[v] < 0) Visit(v, -1);

        for (var e = 0; e < _edges.Count; e++)
            if (isBridge[e]) return _edges[e];
        return null;

        // Tarjan's bridge finding: an edge to a child whose subtree reaches no earlier vertex is a bridge.
        void Visit(int v, int viaEdge)
        {
            order[v] = low[v] = counter++;
            foreach (var (to, edge) in _adjacent[v])
            {
                if (edge == viaEdge) continue;
                if (order[to] < 0)
                {
                    Visit(to, edge);
                    low[v] = Math.Min(low[v], low[to]);
                    if (low[to] > order[v]) isBridge[edge] = true;
                }
                else
                {
                    low[v] = Math.Min(low[v], order[to]);
                }
            }
        }
    }

    /// <summary>
    /// With the bridge removed: 1 for vertices on the bridge's row side, 2 for its column side,
    /// 0 for the rest. An edge between sides 1 and 2 closes a cycle through the bridge.
    /// </summary>
    public int[] SideOf((int Row, int Column) bridge)
    {
        var bridgeEdge = _edges.IndexOf(bridge);
        var side = new int[_adjacent.Length];
        Mark(RowVertex(bridge.Row), 1);
        Mark(ColumnVertex(_rows, bridge.Column), 2);
        return side;

        void Mark(int start, int label)
        {
            var queue = new Queue<int>();
            side[start] = label;
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var (to, edge) in _adjacent[v])
                {
                    if (edge == bridgeEdge || side[to] != 0) continue;
                    side[to] = label;
                    queue.Enqueue(to);
                }
            }
        }
    }
}
