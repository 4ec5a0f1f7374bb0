namespace ChatFindings.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small PRNG whose output depends only on the seed,
/// so the synthetic data is identical on every run, runtime and machine (System.Random's
/// algorithm is not a documented contract). Only exact integer and IEEE arithmetic is used,
/// no transcendental functions, whose last bits may differ between platforms.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, bound), without modulo bias (Lemire's method).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var b = (ulong)bound;
        var threshold = (0UL - b) % b;
        while (true)
        {
            var product = Math.BigMul(NextUInt64(), b, out var low);
            if (low >= threshold) return (int)product;
        }
    }

    /// <summary>Uniform integer in [min, max], both included.</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Index i with probability weights[i] / sum(weights).</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        if (!(total > 0)) throw new ArgumentException("weights must have a positive sum", nameof(weights));
        var u = NextDouble() * total;
        var last = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0) continue;
            if (u < weights[i]) return i;
            u -= weights[i];
            last = i;
        }
        return last; // only reached through rounding; never a zero-weight index

    }
}
