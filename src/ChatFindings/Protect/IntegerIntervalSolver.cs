using Google.OrTools.Sat;

namespace ChatFindings;

/// <summary>
/// The integer-exact smallest and largest value of each hidden count: counts are whole numbers, so
/// an intruder can cut the linear programme's bounds (<see cref="IntervalSolver"/>) down to the
/// values an integer filling of the published relations attains. For one two-way table the two
/// agree (its constraint matrix is totally unimodular); across linked tables, sentences and nested
/// populations the LP relaxation can be wider, so the audit solves the integer programme itself
/// with OR-Tools' CP-SAT, two optimisations per count (the exact bounds of the handbook's
/// interval concept; cf. Fischetti and Salazar-González, "Models and algorithms for optimizing
/// cell suppression in tabular data with linear constraints", JASA 95, 2000, on integer attacker
/// problems). One worker thread: deterministic, and frugal on a shared machine.
/// </summary>
internal static class IntegerIntervalSolver
{
    // A finite box for "no bound", as in the LP: a count this large is far beyond any population here.
    private const long Unbounded = 1_000_000;

    /// <exception cref="InvalidOperationException">No non-negative whole numbers satisfy the relations (the published counts contradict each other).</exception>
    public static CellRange[] Ranges(int unknowns, IReadOnlyList<LinearRelation> relations)
    {
        var model = new CpModel();
        var x = Enumerable.Range(0, unknowns).Select(j => model.NewIntVar(0, Unbounded, $"x{j}")).ToArray();
        foreach (var relation in relations)
        {
            var terms = relation.Terms.GroupBy(t => t.Unknown).Select(g => (Var: x[g.Key], Coefficient: Whole(g.Sum(t => t.Coefficient)))).ToList();
            long lower = double.IsNegativeInfinity(relation.Lower) ? long.MinValue / 4 : (long)Math.Ceiling(relation.Lower - 1e-9);
            long upper = double.IsPositiveInfinity(relation.Upper) ? long.MaxValue / 4 : (long)Math.Floor(relation.Upper + 1e-9);
            if (terms.Count == 0)
            {
                if (lower > 0 || upper < 0) throw new InvalidOperationException("The published counts contradict each other: a fully published line does not add up.");
                continue;
            }
            model.AddLinearConstraint(LinearExpr.WeightedSum(terms.Select(t => t.Var), terms.Select(t => t.Coefficient)), lower, upper);
        }
        var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:20" };
        return Enumerable.Range(0, unknowns).Select(j =>
        {
            model.Minimize(x[j]);
            var low = Optimum(solver, model);
            model.Maximize(x[j]);
            var high = Optimum(solver, model);
            return new CellRange((int)low, high >= Unbounded ? null : (int)high);
        }).ToArray();
    }

    private static long Optimum(CpSolver solver, CpModel model)
    {
        var status = solver.Solve(model);
        if (status == CpSolverStatus.Infeasible)
            throw new InvalidOperationException("The published counts contradict each other: no non-negative whole hidden values agree with them.");
        // Out of time with a filling found, its value is one the count surely takes: the range
        // reported is then at most as wide as the true one, so the audit errs towards failing.
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            throw new InvalidOperationException($"The integer solver (CP-SAT) ended with status {status}.");
        return (long)Math.Round(solver.ObjectiveValue);
    }

    private static long Whole(double coefficient) =>
        Math.Abs(coefficient - Math.Round(coefficient)) < 1e-9 ? (long)Math.Round(coefficient)
            : throw new ArgumentException($"A relation between counts has the coefficient {coefficient}, not a whole number.");
}
