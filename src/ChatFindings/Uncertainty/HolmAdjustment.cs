namespace ChatFindings;

/// <summary>
/// Holm's step-down adjustment of p-values for several tests (Holm, S. 1979, "A simple sequentially
/// rejective multiple test procedure", Scand J Statist 6:65–70): it controls the chance of any false
/// finding among the family, like Bonferroni, but rejects at least as often. Same result as R's
/// <c>p.adjust(p, "holm")</c>.
/// </summary>
public static class HolmAdjustment
{
    public const string Description = "Holm's method";

    /// <summary>The adjusted p-values, in the order given.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            if (pValues[i] is < 0 or > 1 || double.IsNaN(pValues[i]))
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], "A p-value lies between 0 and 1.");
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
