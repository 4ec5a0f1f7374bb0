namespace ChatFindings.Synthetic;

/// <summary>
/// Splits a whole number into parts proportional to weights so that the parts add up exactly
/// (Hamilton's largest-remainder method; ties go to the lower index, so the split is deterministic).
/// </summary>
public static class LargestRemainder
{
    public static int[] Allocate(int total, ReadOnlySpan<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var sum = 0.0;
        foreach (var w in weights)
        {
            if (w < 0 || double.IsNaN(w)) throw new ArgumentException("weights must be non-negative", nameof(weights));
            sum += w;
        }
        if (!(sum > 0)) throw new ArgumentException("weights must have a positive sum", nameof(weights));

        var counts = new int[weights.Length];
        var remainders = new double[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = total * (weights[i] / sum);
            counts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        var order = new int[weights.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; given < total; k++, given++) counts[order[k % order.Length]]++;
        return counts;
    }
}
