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

    private readonly IReadOnlyList<WholeRelation> _relations;
    private readonly long _largest;

    public KnownFillings(int unknowns, IReadOnlyList<WholeRelation> relations, long largest)
    {
        _largest = largest;
        _relations = relations;
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
        if (!_relations.All(r => r.HoldsFor(whole))) return false;
        for (var j = 0; j < whole.Length; j++)
        {
            Lowest[j] = Math.Min(Lowest[j], whole[j]);
            Highest[j] = Math.Max(Highest[j], whole[j]);
        }
        return true;
    }
}
