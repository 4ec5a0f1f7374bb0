using MathNet.Numerics.Distributions;

namespace ChatFindings;

/// <summary>
/// Fisher's exact test of a 2×2 table (Fisher, R. A. 1935, The Design of Experiments; Agresti 2002,
/// Categorical Data Analysis, 2nd ed., §3.5). With the margins fixed, the top-left cell follows a
/// hypergeometric distribution (MathNet). The two-sided p sums the probabilities of every table no
/// more likely than the one observed, as R's <c>fisher.test</c> does (with the same relative
/// tolerance of 1e-7, so ties are not lost to rounding).
/// </summary>
public static class FisherExactTest
{
    /// <summary>Rows: group 1 (a yes, b no) and group 2 (c yes, d no).</summary>
    public static double TwoSided(int a, int b, int c, int d)
    {
        var (dist, lo, hi) = Distribution(a, b, c, d);
        if (lo == hi) return 1;
        var observed = dist.Probability(a);
        var p = 0.0;
        for (var k = lo; k <= hi; k++)
        {
            var pk = dist.Probability(k);
            if (pk <= observed * (1 + 1e-7)) p += pk;
        }
        return Math.Min(1, p);
    }

    /// <summary>One-sided p for a top-left cell at least as large as observed (alternative "greater").</summary>
    public static double Greater(int a, int b, int c, int d)
    {
        var (dist, _, hi) = Distribution(a, b, c, d);
        var p = 0.0;
        for (var k = a; k <= hi; k++) p += dist.Probability(k);
        return Math.Min(1, p);
    }

    private static (Hypergeometric Dist, int Low, int High) Distribution(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0) throw new ArgumentOutOfRangeException(nameof(a), "Counts cannot be negative.");
        int n = a + b + c + d, row1 = a + b, col1 = a + c;
        if (n == 0) throw new ArgumentException("The table is empty.");
        // Population n, col1 "successes", row1 draws: the top-left cell is the successes drawn.
        var dist = new Hypergeometric(n, col1, row1);
        return (dist, Math.Max(0, row1 + col1 - n), Math.Min(row1, col1));
    }
}
