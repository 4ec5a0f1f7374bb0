namespace ChatFindings.Load;

/// <summary>
/// Remembers keys and the line each was first seen on. Open addressing over one array of (hash, entry) pairs,
/// so that adding one of a million keys costs about one cache miss instead of a Dictionary's two or three.
/// </summary>
internal sealed class KeyIndex
{
    private long[] _slots;          // (hash << 32) | (entry + 1); 0 = empty
    private string[] _keys;
    private int[] _lines;
    private int _count;

    public KeyIndex(int expected = 16)
    {
        _slots = new long[SlotCount(expected)];
        _keys = new string[Math.Max(16, expected)];
        _lines = new int[_keys.Length];
    }

    public int Count => _count;

    /// <summary>Adds a key; when it is already there, returns false and the line it was first seen on.</summary>
    public bool TryAdd(string key, int line, out int firstLine)
    {
        if ((_count + 1) * 2 > _slots.Length) Rehash(_slots.Length * 2);
        var hash = (uint)string.GetHashCode(key);
        var mask = _slots.Length - 1;
        var i = (int)(hash & (uint)mask);
        while (true)
        {
            var slot = _slots[i];
            if (slot == 0) break;
            if ((uint)(slot >> 32) == hash)
            {
                var entry = (int)(slot & 0xFFFFFFFF) - 1;
                if (string.Equals(_keys[entry], key, StringComparison.Ordinal))
                {
                    firstLine = _lines[entry];
                    return false;
                }
            }
            i = (i + 1) & mask;
        }
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _lines, _keys.Length);
        }
        _keys[_count] = key;
        _lines[_count] = line;
        _slots[i] = ((long)hash << 32) | (uint)(_count + 1);
        _count++;
        firstLine = line;
        return true;
    }

    private static int SlotCount(int expected)
    {
        var n = 32;
        while (n < expected * 2L && n < (1 << 30)) n <<= 1;
        return n;
    }

    private void Rehash(int size)
    {
        var slots = new long[size];
        var mask = size - 1;
        foreach (var slot in _slots)
        {
            if (slot == 0) continue;
            var i = (int)((uint)(slot >> 32) & (uint)mask);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        _slots = slots;
    }
}
