namespace ChatFindings.Synthetic;

/// <summary>
/// Draws cells one at a time without replacement from fixed quotas, so every cell ends with exactly
/// its quota while the order is random. Streams: memory is one counter per cell, not per row.
/// </summary>
public sealed class QuotaDraw
{
    private readonly int[] _remaining;

    public QuotaDraw(int[] quotas)
    {
        _remaining = (int[])quotas.Clone();
        foreach (var q in _remaining) { ArgumentOutOfRangeException.ThrowIfNegative(q); Remaining += q; }
    }

    public int Remaining { get; private set; }

    public int Next(SeededRandom random)
    {
        if (Remaining == 0) throw new InvalidOperationException("every quota has been drawn");
        var u = random.NextInt(Remaining);
        for (var i = 0; ; i++)
        {
            if (u < _remaining[i]) { _remaining[i]--; Remaining--; return i; }
            u -= _remaining[i];
        }
    }
}
