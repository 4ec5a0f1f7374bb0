using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatFindings.Load;

/// <summary>
/// Finds the value of a code given as UTF-8 bytes without allocating per cell. Codebooks have a handful of
/// codes per field: a 256-entry table on (length, first byte, last byte) points at the one code worth comparing.
/// Larger sets use a dictionary probed with a span of chars.
/// </summary>
internal sealed class CodeLookup<TValue>
{
    private const int TableLimit = 64;

    private readonly byte[][] _codes;
    private readonly TValue[] _values;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>>? _lookup;
    private readonly int[][] _buckets = new int[256][];
    private readonly ulong[] _packed; // codes of up to 8 bytes as one number, compared in one instruction

    public CodeLookup(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = entries.ToList();
        _codes = list.Select(e => Encoding.UTF8.GetBytes(e.Key)).ToArray();
        _values = list.Select(e => e.Value).ToArray();
        _packed = _codes.Select(c => c.Length <= 8 ? Pack(c) : 0).ToArray();
        for (var b = 0; b < _buckets.Length; b++) _buckets[b] = [];
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_codes[i].Length == 0) continue; // an empty cell is never a code
            ref var bucket = ref _buckets[Bucket(_codes[i])];
            bucket = [.. bucket, i];
        }
        if (list.Count > TableLimit)
        {
            var dictionary = new Dictionary<string, TValue>(StringComparer.Ordinal);
            foreach (var (key, value) in list) dictionary[key] = value;
            _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public bool TryFind(ReadOnlySpan<byte> utf8, out TValue value)
    {
        if (_lookup is { } lookup)
        {
            Span<char> chars = utf8.Length <= 128 ? stackalloc char[128] : new char[utf8.Length];
            var n = Encoding.UTF8.GetChars(utf8, chars);
            return lookup.TryGetValue(chars[..n], out value!);
        }
        if (utf8.Length is > 0 and <= 8)
        {
            var packed = Pack(utf8);
            foreach (var i in _buckets[Bucket(utf8)])
            {
                if (_packed[i] == packed && _codes[i].Length == utf8.Length)
                {
                    value = _values[i];
                    return true;
                }
            }
        }
        else if (!utf8.IsEmpty)
        {
            foreach (var i in _buckets[Bucket(utf8)])
            {
                if (utf8.SequenceEqual(_codes[i]))
                {
                    value = _values[i];
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }

    private static ulong Pack(ReadOnlySpan<byte> s)
    {
        ulong v = 0;
        s.CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref v)));
        return v;
    }

    private static int Bucket(ReadOnlySpan<byte> s) => (s.Length * 31 + s[0] * 7 + s[^1]) & 0xFF;
}
