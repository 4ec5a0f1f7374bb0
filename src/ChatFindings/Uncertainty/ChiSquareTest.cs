using MathNet.Numerics.Distributions;

namespace ChatFindings;

/// <summary>The result of a test of independence: statistic, p-value, how p was found, and Cramér's V.</summary>
public sealed record IndependenceTest(double Statistic, double PValue, string Method, double CramersV);

/// <summary>
/// Pearson's chi-square test of independence for an r×c table of counts (Agresti 2002, Categorical
/// Data Analysis, 2nd ed., §3.2), with Cramér's V as effect size (Cramér 1946). Where an expected
/// count is under 5 the chi-square approximation is poor (Cochran 1954), so the p-value is found
/// by Monte Carlo instead: tables with the same margins drawn under independence, p = (1 + number
/// at least as extreme) / (B + 1), as R's <c>chisq.test(simulate.p.value = TRUE)</c>. The seed is
/// fixed, so two runs on the same data give the same p.
/// </summary>
public static class ChiSquareTest
{
    public const int Replicates = 10_000;
    private const int Seed = 20241210;

    public static IndependenceTest Of(int[,] counts)
    {
        int rows = counts.GetLength(0), cols = counts.GetLength(1);
        var rowSums = new int[rows];
        var colSums = new int[cols];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
            {
                if (counts[i, j] < 0) throw new ArgumentOutOfRangeException(nameof(counts), "Counts cannot be negative.");
                rowSums[i] += counts[i, j];
                colSums[j] += counts[i, j];
            }
        var n = rowSums.Sum();
        var usedRows = rowSums.Count(s => s > 0);
        var usedCols = colSums.Count(s => s > 0);
        if (usedRows < 2 || usedCols < 2)
            throw new ArgumentException("A test of independence needs at least two non-empty rows and two non-empty columns.", nameof(counts));

        var statistic = Statistic(counts, rowSums, colSums, n);
        var v = Math.Sqrt(statistic / (n * (Math.Min(usedRows, usedCols) - 1)));
        var smallExpected = Enumerable.Range(0, rows).Any(i => rowSums[i] > 0 &&
            Enumerable.Range(0, cols).Any(j => colSums[j] > 0 && (double)rowSums[i] * colSums[j] / n < 5));
        if (!smallExpected)
        {
            var df = (usedRows - 1) * (usedCols - 1);
            return new IndependenceTest(statistic, 1 - ChiSquared.CDF(df, statistic), "Pearson chi-square", v);
        }
        return new IndependenceTest(statistic, MonteCarloP(statistic, rowSums, colSums, n), $"Pearson chi-square, Monte Carlo p ({Replicates:N0} tables)", v);
    }

    private static double Statistic(int[,] counts, int[] rowSums, int[] colSums, int n)
    {
        var x2 = 0.0;
        for (var i = 0; i < rowSums.Length; i++)
            for (var j = 0; j < colSums.Length; j++)
            {
                if (rowSums[i] == 0 || colSums[j] == 0) continue;
                var expected = (double)rowSums[i] * colSums[j] / n;
                x2 += (counts[i, j] - expected) * (counts[i, j] - expected) / expected;
            }
        return x2;
    }

    // A random table with the observed margins: shuffle the column labels of the n cases against
    // their fixed row labels, which is exactly independence given both margins.
    private static double MonteCarloP(double observed, int[] rowSums, int[] colSums, int n)
    {
        var rowOf = new int[n];
        var colOf = new int[n];
        for (int i = 0, k = 0; i < rowSums.Length; i++) for (var r = 0; r < rowSums[i]; r++) rowOf[k++] = i;
        for (int j = 0, k = 0; j < colSums.Length; j++) for (var r = 0; r < colSums[j]; r++) colOf[k++] = j;
        var random = new Random(Seed);
        var table = new int[rowSums.Length, colSums.Length];
        var atLeast = 0;
        for (var b = 0; b < Replicates; b++)
        {
            random.Shuffle(colOf);
            Array.Clear(table);
            for (var k = 0; k < n; k++) table[rowOf[k], colOf[k]]++;
            // The same tolerance as R, so a statistic equal to the observed one is not lost to rounding.
            if (Statistic(table, rowSums, colSums, n) >= observed * (1 - 1e-7)) atLeast++;
        }
        return (1.0 + atLeast) / (Replicates + 1);
    }
}
