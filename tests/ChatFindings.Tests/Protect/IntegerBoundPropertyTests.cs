using CsCheck;

namespace ChatFindings.Tests.Protect;

/// <summary>
/// Random small systems of linked relations (sums with coefficients ±1, equalities and upper bounds, as
/// linked tables, complements and nested populations give): the integer bounds equal the smallest and
/// largest value of each count over every whole filling, found by enumeration.
/// </summary>
public class IntegerBoundPropertyTests
{
    private sealed record System(int Unknowns, int Total, IReadOnlyList<LinearRelation> Relations);

    // A true filling first, so the relations always hold for it; the total keeps every count enumerable.
    private static readonly Gen<System> Systems =
        from unknowns in Gen.Int[1, 5]
        from truth in Gen.Int[0, 6].Array[unknowns]
        from sums in Gen.Select(Gen.Int[0, 2].Array[unknowns], Gen.Bool).Array[0, 5]
        select Build(truth, sums);

    private static System Build(int[] truth, (int[] Signs, bool AtMost)[] sums)
    {
        var relations = new List<LinearRelation> { LinearRelation.Equal(truth.Select((_, j) => (j, 1.0)).ToList(), truth.Sum()) };
        foreach (var (signs, atMost) in sums)
        {
            // 0: not in the sum, 1: added, 2: subtracted (a complement's −1).
            var terms = signs.Select((s, j) => (j, s == 1 ? 1.0 : -1.0)).Where((t, j) => signs[j] != 0).ToList();
            var value = terms.Sum(t => t.Item2 * truth[t.j]);
            relations.Add(atMost ? LinearRelation.AtMost(terms, value) : LinearRelation.Equal(terms, value));
        }
        return new System(truth.Length, truth.Sum(), relations);
    }

    [Fact]
    public void Every_bound_is_the_extreme_of_the_whole_fillings() =>
        Systems.Sample(system =>
        {
            var ranges = IntegerIntervalSolver.Ranges(system.Unknowns, system.Relations);
            var fillings = Enumerate(system).ToList();
            for (var j = 0; j < system.Unknowns; j++)
                Assert.Equal(new CellRange(fillings.Min(f => f[j]), fillings.Max(f => f[j])), ranges[j]);
        }, iter: 150);

    private static IEnumerable<int[]> Enumerate(System system)
    {
        var x = new int[system.Unknowns];
        while (true)
        {
            if (system.Relations.All(r => Holds(r, x))) yield return (int[])x.Clone();
            var k = 0;
            while (k < x.Length && ++x[k] > system.Total) x[k++] = 0;
            if (k == x.Length) yield break;
        }
    }

    private static bool Holds(LinearRelation r, int[] x)
    {
        var sum = r.Terms.Sum(t => t.Coefficient * x[t.Unknown]);
        return sum >= r.Lower - 1e-9 && sum <= r.Upper + 1e-9;
    }
}
