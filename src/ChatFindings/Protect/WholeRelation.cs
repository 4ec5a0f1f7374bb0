namespace ChatFindings;

/// <summary>
/// A <see cref="LinearRelation"/> as the integer programme reads it: one whole coefficient per unknown (repeated
/// terms summed) and whole bounds, rounded inward. Made once per relation for both the CP-SAT model and the exact
/// check of candidate fillings (<see cref="KnownFillings"/>), so the two cannot read a relation differently.
/// </summary>
internal sealed record WholeRelation(long Lower, long Upper, IReadOnlyList<(int Unknown, long Coefficient)> Terms)
{
    /// <exception cref="ArgumentException">A coefficient is not a whole number.</exception>
    public static WholeRelation Of(LinearRelation relation) => new(
        double.IsNegativeInfinity(relation.Lower) ? long.MinValue / 4 : (long)Math.Ceiling(relation.Lower - 1e-9),
        double.IsPositiveInfinity(relation.Upper) ? long.MaxValue / 4 : (long)Math.Floor(relation.Upper + 1e-9),
        relation.Terms.GroupBy(t => t.Unknown).Select(g => (g.Key, Whole(g.Sum(t => t.Coefficient)))).ToArray());

    /// <summary>Whether whole values of the unknowns satisfy the relation exactly.</summary>
    public bool HoldsFor(long[] values)
    {
        long sum = 0;
        foreach (var (unknown, coefficient) in Terms) sum += coefficient * values[unknown];
        return sum >= Lower && sum <= Upper;
    }

    private static long Whole(double coefficient) =>
        Math.Abs(coefficient - Math.Round(coefficient)) < 1e-9 ? (long)Math.Round(coefficient)
            : throw new ArgumentException($"A relation between counts has the coefficient {coefficient}, not a whole number.");
}
