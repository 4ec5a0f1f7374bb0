namespace ChatFindings.Tests.Protect;

/// <summary>Across linked relations the LP relaxation can be wider than the values whole counts can take; the audit's integer bounds are not.</summary>
public class IntegerBoundTests
{
    // y = x1 + … + x6, and in each of two triangles (x1, x2, x3) and (x4, x5, x6) any two counts add
    // up to at most 1 (as "each category ≤ total" relations of multi-valued lines do). The LP puts
    // every x at ½ and y at 3; whole numbers allow one x per triangle, so y is at most 2.
    private static IReadOnlyList<LinearRelation> Triangles()
    {
        var relations = new List<LinearRelation> { LinearRelation.Equal([(0, 1.0), (1, -1), (2, -1), (3, -1), (4, -1), (5, -1), (6, -1)], 0) };
        foreach (var (a, b) in new[] { (1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6) })
            relations.Add(LinearRelation.AtMost([(a, 1.0), (b, 1.0)], 1));
        return relations;
    }

    [Fact]
    public void The_integer_bound_is_tighter_than_the_lp_bound_and_agrees_with_brute_force()
    {
        var relations = Triangles();
        Assert.Equal(new CellRange(0, 3), IntervalSolver.Ranges(7, relations, [0])[0]);
        var exact = IntegerIntervalSolver.Ranges(7, relations);
        Assert.Equal(new CellRange(0, 2), exact[0]);

        // Brute force: every x is 0 or 1 here (x + another ≤ 1 and non-negative), y follows.
        var fillings = Enumerable.Range(0, 1 << 6).Select(bits => Enumerable.Range(0, 6).Select(i => (bits >> i) & 1).ToArray())
            .Where(x => new[] { (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5) }.All(p => x[p.Item1] + x[p.Item2] <= 1))
            .ToList();
        Assert.Equal(fillings.Min(x => x.Sum()), exact[0].Lower);
        Assert.Equal(fillings.Max(x => x.Sum()), exact[0].Upper);
        for (var i = 0; i < 6; i++) Assert.Equal(new CellRange(fillings.Min(x => x[i]), fillings.Max(x => x[i])), exact[i + 1]);
    }

    [Fact]
    public void A_count_without_an_upper_bound_stays_unbounded_and_contradictions_are_named()
    {
        Assert.Null(IntegerIntervalSolver.Ranges(2, [LinearRelation.Equal([(0, 1.0), (1, -1.0)], 3)])[0].Upper);
        var error = Assert.Throws<InvalidOperationException>(() =>
            IntegerIntervalSolver.Ranges(2, [LinearRelation.Equal([(0, 1.0), (1, 1.0)], 3), LinearRelation.Equal([(0, 1.0), (1, 1.0)], 4)]));
        Assert.Contains("contradict", error.Message);
    }
}
