using MathNet.Numerics.Distributions;

namespace ChatFindings;

/// <summary>
/// The Wilson score interval for a proportion (Wilson, E. B. 1927, "Probable inference, the law of
/// succession, and statistical inference", JASA 22:209–212; method 3 of Newcombe 1998, Stat Med
/// 17:857–872). Unlike the Wald interval it stays inside 0–1 and keeps its coverage for small
/// groups and shares near 0 or 100%, which the chat's subgroups have.
/// </summary>
public static class WilsonInterval
{
    public const string Method = "Wilson score";

    public static ProportionInterval For(int successes, int total, double level = ProportionInterval.DefaultLevel)
    {
        if (total <= 0) throw new ArgumentOutOfRangeException(nameof(total), total, "A proportion needs at least one case.");
        if (successes < 0 || successes > total)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Must lie between 0 and the total {total}.");
        var z = Z(level);
        double n = total, p = successes / n, z2 = z * z;
        var centre = p + z2 / (2 * n);
        var spread = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var denominator = 1 + z2 / n;
        // At 0 and n the bounds are exactly 0 and 1; rounding must not push them past.
        var low = successes == 0 ? 0 : (centre - spread) / denominator;
        var high = successes == total ? 1 : (centre + spread) / denominator;
        return new ProportionInterval(low, high, level, Method);
    }

    /// <summary>The two-sided normal quantile for a level (1.959964 for 95%), from MathNet.</summary>
    internal static double Z(double level)
    {
        if (level is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie strictly between 0 and 1.");
        return Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
    }
}
