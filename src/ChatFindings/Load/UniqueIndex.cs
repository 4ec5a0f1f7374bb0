using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// Checks that a field (unique constraint) or a set of fields (primary key) never repeats.
/// While keys arrive in strictly increasing order (ids are usually written sorted) a key cannot repeat
/// and only the last one is kept; the first key out of order builds the hash index from the keys so far.
/// The order is shortlex (shorter keys first, then ordinal), so numbered ids stay in order past a
/// change of width (S999999, S1000000; 9, 10) and the costly hash index is only built for unsorted files.
/// </summary>
internal sealed class UniqueIndex
{
    private readonly int[] _fields;
    private readonly string _rule;
    private readonly string _label;
    private int _expectedRows = 16;

    // Sorted mode: the last key (as UTF-8 bytes for a single string field, else as text), the row being
    // checked, and the keys of rejected rows (accepted rows' keys are in the columns).
    private byte[] _lastBytes = [];
    private int _lastLength = -1;
    private string? _lastKey;
    private int _pendingSlot = -1;
    private int _pendingLine;
    private List<(string key, int line)>? _rejectedKeys = [];

    // Hash mode, once keys came out of order.
    private KeyIndex? _seen;

    public UniqueIndex(int[] fields, string rule, string label)
    {
        _fields = fields;
        _rule = rule;
        _label = label;
    }

    public static List<UniqueIndex> For(TableSchema schema)
    {
        var result = new List<UniqueIndex>();
        var pk = schema.PrimaryKey.Select(schema.IndexOf).ToArray();
        if (pk.Length > 0) result.Add(new UniqueIndex(pk, LoadRules.PrimaryKey, string.Join(", ", schema.PrimaryKey)));
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            // A unique field that is the whole primary key is checked once, as the key.
            if (!schema.Fields[i].Constraints.Unique || (pk.Length == 1 && pk[0] == i)) continue;
            result.Add(new UniqueIndex([i], LoadRules.Unique, schema.Fields[i].Name));
        }
        return result;
    }

    /// <summary>The schema fields of the key.</summary>
    public IReadOnlyList<int> Fields => _fields;

    /// <summary>Sizes the hash index, should it be needed, for the expected rows.</summary>
    public void Reserve(int rows) => _expectedRows = Math.Max(16, rows);

    /// <summary>
    /// Registers the key of the row being read (at <paramref name="slot"/>, to be accepted when every check passes).
    /// Returns false (and reports) for a repeat. Rows with a missing key part are not compared
    /// (a missing primary key part is already a required error).
    /// </summary>
    public bool Check(IKeyCells columns, bool[] cellRead, int slot, IReadOnlyList<int> acceptedLines, CellErrorSink errors)
    {
        _pendingSlot = -1;
        foreach (var f in _fields)
            if (!cellRead[f] || columns.IsMissing(f, slot)) return true;

        if (_seen is null)
        {
            if (AfterLast(columns, slot))
            {
                _pendingSlot = slot;
                _pendingLine = errors.Line;
                return true;
            }
            BuildIndex(columns, slot, acceptedLines);
        }

        var key = KeyOf(columns, slot);
        if (_seen!.TryAdd(key, errors.Line, out var firstLine)) return true;
        errors.Column = _label;
        var shown = key.Replace('\u001F', '/');
        errors.Report(_rule,
            _rule == LoadRules.PrimaryKey ? $"duplicate primary key: also on line {firstLine}" : $"duplicate value: also on line {firstLine}",
            shown.Length > CellErrorSink.MaxValueLength ? shown[..CellErrorSink.MaxValueLength] + "…" : shown);
        return false;
    }

    /// <summary>Called when the row is done: a rejected row's key is not in the columns, so it is kept here.</summary>
    public void RowDone(IKeyCells columns, bool accepted)
    {
        if (!accepted && _pendingSlot >= 0 && _rejectedKeys is not null)
            _rejectedKeys.Add((KeyOf(columns, _pendingSlot), _pendingLine));
        _pendingSlot = -1;
    }

    /// <summary>Whether the key is after the last one (any fixed total order will do: distinctness is what counts).</summary>
    private bool AfterLast(IKeyCells columns, int slot)
    {
        if (_fields.Length == 1 && columns.IsUtf8(_fields[0]))
        {
            var bytes = columns.Utf8(_fields[0], slot);
            if (_lastLength >= 0 && ShortLex(bytes, _lastBytes.AsSpan(0, _lastLength)) <= 0) return false;
            if (_lastBytes.Length < bytes.Length) _lastBytes = new byte[Math.Max(64, bytes.Length * 2)];
            bytes.CopyTo(_lastBytes);
            _lastLength = bytes.Length;
            return true;
        }
        var key = KeyOf(columns, slot);
        if (_lastKey is not null && ShortLex(key, _lastKey) <= 0) return false;
        _lastKey = key;
        return true;
    }

    private static int ShortLex(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);

    private static int ShortLex(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    private string KeyOf(IKeyCells columns, int slot)
    {
        if (_fields.Length == 1) return columns.Text(_fields[0], slot);
        return string.Join('\u001F', _fields.Select(f => columns.Text(f, slot)));
    }

    /// <summary>The keys so far: those of the accepted rows (slots before this one) and of the rejected rows.</summary>
    private void BuildIndex(IKeyCells columns, int slot, IReadOnlyList<int> acceptedLines)
    {
        _seen = new KeyIndex(_expectedRows);
        var all = new List<(string key, int line)>(slot + _rejectedKeys!.Count);
        for (var s = 0; s < slot; s++)
        {
            if (_fields.Any(f => columns.IsMissing(f, s))) continue;
            all.Add((KeyOf(columns, s), acceptedLines[s]));
        }
        all.AddRange(_rejectedKeys);
        foreach (var (key, line) in all.OrderBy(k => k.line)) _seen.TryAdd(key, line, out _);
        _rejectedKeys = null;
        _lastKey = null;
    }
}
