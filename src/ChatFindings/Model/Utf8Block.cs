using System.Text;

namespace ChatFindings;

/// <summary>
/// Many short UTF-8 values kept end to end in one growing byte array, addressed by start and
/// length: a quarter of the memory of a string object per value, and no object per value.
/// </summary>
internal sealed class Utf8Block(int capacity)
{
    private byte[] _bytes = new byte[Math.Max(16, capacity)];

    public int Used { get; private set; }

    /// <summary>Copies a value to the end of the block; returns where it starts.</summary>
    public int Append(ReadOnlySpan<byte> value)
    {
        if (Used + value.Length > _bytes.Length)
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, Used + value.Length + 1024L)));
        var start = Used;
        value.CopyTo(_bytes.AsSpan(start));
        Used += value.Length;
        return start;
    }

    /// <summary>Forgets the last value appended (it started at <paramref name="start"/>), so its room is used again.</summary>
    public void DropFrom(int start) => Used = start;

    public ReadOnlySpan<byte> Slice(int start, int length) => _bytes.AsSpan(start, length);

    public string GetString(int start, int length) => Encoding.UTF8.GetString(_bytes, start, length);

    /// <summary>Gives back the room beyond the last value when it is more than a tenth of the block.</summary>
    public void TrimSurplus()
    {
        if ((long)(_bytes.Length - Used) * 10 > Used) Trim();
    }

    /// <summary>Gives back the room beyond the last value.</summary>
    public void Trim()
    {
        if (Used < _bytes.Length) Array.Resize(ref _bytes, Math.Max(16, Used));
    }
}
