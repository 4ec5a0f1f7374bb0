namespace ChatFindings;

/// <summary>
/// Whole-number fillings of a set of relations found while solving (a vertex of the LP that happens to be
/// integral, or a CP-SAT solution), each checked exactly against every relation: for each count, the lowest
/// and highest value it takes in some filling. Why: a count's integer bound lies between its LP bound and
/// the values real fillings give it, so where a filling reaches the LP bound the integer bound is proved
/// without an integer solve (the usual incumbent argument of branch and bound).
/// </summary>
internal sealed class KnownFillings
{
    private const double Tolerance = 1e-6;

    private readonly IReadOnlyList<(long Lower, long Upper, (int Unknown, long Coefficient)[] Terms)> _relations;
    private readonly long _largest;

    public KnownFillings(int unknowns, IReadOnlyList<LinearRelation> relations, long largest)
    {
        _largest = largest;
        _relations = relations.Select(r => (WholeLower(r.Lower), WholeUpper(r.Upper),
            r.Terms.GroupBy(t => t.Unknown).Select(g => (g.Key, Whole(g.Sum(t => t.Coefficient)))).ToArray())).ToList();
        Lowest = Enumerable.Repeat(long.MaxValue, unknowns).ToArray();
        Highest = Enumerable.Repeat(long.MinValue, unknowns).ToArray();
    }

    /// <summary>Per count, the lowest value it takes in a filling found so far (long.MaxValue: none found).</summary>
    public long[] Lowest { get; }

    /// <summary>Per count, the highest value it takes in a filling found so far (long.MinValue: none found).</summary>
    public long[] Highest { get; }

    /// <summary>Keeps <paramref name="values"/> when, rounded, they are whole, non-negative and satisfy every relation exactly; true when kept.</summary>
    public bool Offer(IReadOnlyList<double> values)
    {
        var whole = new long[values.Count];
        for (var j = 0; j < whole.Length; j++)
        {
            var rounded = Math.Round(values[j]);
            if (Math.Abs(values[j] - rounded) > Tolerance || rounded < 0 || rounded > _largest) return false;
            whole[j] = (long)rounded;
        }
        return Offer(whole);
    }

    /// <summary>Keeps a filling known to be whole (a CP-SAT solution), after the same exact check.</summary>
    public bool Offer(long[] whole)
    {
        foreach (var (lower, upper, terms) in _relations)
        {
            long sum = 0;
            foreach (var (unknown, coefficient) in terms) sum += coefficient * whole[unknown];
            if (sum < lower || sum > upper) return false;
        }
        for (var j = 0; j < whole.Length; j++)
        {
            Lowest[j] = Math.Min(Lowest[j], whole[j]);
            Highest[j] = Math.Max(Highest[j], whole[j]);
        }
        return true;
    }

    /// <summary>The whole-number bounds of a relation, as the integer programme reads it.</summary>
    internal static long WholeLower(double lower) => double.IsNegativeInfinity(lower) ? long.MinValue / 4 : (long)Math.Ceiling(lower - 1e-9);

    internal static long WholeUpper(double upper) => double.IsPositiveInfinity(upper) ? long.MaxValue / 4 : (long)Math.Floor(upper + 1e-9);

    internal static long Whole(double coefficient) =>
        Math.Abs(coefficient - Math.Round(coefficient)) < 1e-9 ? (long)Math.Round(coefficient)
            : throw new ArgumentException($"A relation between counts has the coefficient {coefficient}, not a whole number.");
}
