using System.Collections;

namespace ChatFindings.Load;

/// <summary>
/// The file line of each accepted row, in row order, for the "also on line N" of a repeated key. Kept as runs
/// of rows on consecutive lines: a file without multi-line cells, blank lines or rejected rows is one run, so a
/// large load does not hold an int per row (40 MB at ten million rows) only for an error it seldom reports.
/// </summary>
internal sealed class RowLines : IReadOnlyList<int>
{
    private readonly List<(int Row, int Line)> _runs = [];

    public int Count { get; private set; }

    /// <summary>The line of the next row (row <see cref="Count"/>).</summary>
    public void Add(int line)
    {
        if (_runs.Count == 0 || line != this[Count - 1] + 1) _runs.Add((Count, line));
        Count++;
    }

    public int this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row));
            // The last run that starts at or before the row.
            int low = 0, high = _runs.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (_runs[middle].Row <= row) low = middle;
                else high = middle - 1;
            }
            var run = _runs[low];
            return run.Line + (row - run.Row);
        }
    }

    public IEnumerator<int> GetEnumerator()
    {
        for (var row = 0; row < Count; row++) yield return this[row];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
