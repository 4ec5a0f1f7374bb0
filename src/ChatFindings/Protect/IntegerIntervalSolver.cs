using Google.OrTools.Sat;

namespace ChatFindings;

/// <summary>
/// The integer-exact smallest and largest value of each hidden count: counts are whole numbers, so
/// an intruder can cut the linear programme's bounds (<see cref="IntervalSolver"/>) down to the
/// values an integer filling of the published relations attains. For one two-way table the two
/// agree (its constraint matrix is totally unimodular); across linked tables, sentences and nested
/// populations the LP relaxation can be wider, so the audit solves the integer programme itself
/// with OR-Tools' CP-SAT, an optimisation per bound the LP and the whole fillings found cannot
/// settle (<see cref="KnownFillings"/>) (the exact bounds of the handbook's
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
        // The LP bounds first (GLOP, milliseconds): the integer bound of a count lies within its LP bound and
        // reaches it wherever a whole filling does. The LP's vertices are mostly whole on tables, so most
        // bounds are proved here and CP-SAT solves only the rest (same bounds, a fraction of the solves).
        var whole = relations.Select(WholeRelation.Of).ToList();
        var found = new KnownFillings(unknowns, whole, Unbounded);
        CellRange[] lp;
        using (var relaxation = new IntervalSolver(unknowns, relations))
            lp = Enumerable.Range(0, unknowns).Select(j => relaxation.Range(j, values => found.Offer(values))).ToArray();

        CpModel? model = null;
        IntVar[] x = [];
        var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:20" };
        long Solve(int j, bool largest)
        {
            if (model is null) (model, x) = Model(unknowns, whole);
            if (largest) model.Maximize(x[j]);
            else model.Minimize(x[j]);
            var value = Optimum(solver, model);
            found.Offer(Array.ConvertAll(x, v => solver.Value(v)));
            return value;
        }

        return Enumerable.Range(0, unknowns).Select(j =>
        {
            var low = found.Lowest[j] == lp[j].Lower ? lp[j].Lower : Solve(j, largest: false);
            var high = lp[j].Upper is { } upper && found.Highest[j] == upper ? upper : Solve(j, largest: true);
            return new CellRange((int)low, high >= Unbounded ? null : (int)high);
        }).ToArray();
    }

    private static (CpModel Model, IntVar[] X) Model(int unknowns, IReadOnlyList<WholeRelation> relations)
    {
        var model = new CpModel();
        var x = Enumerable.Range(0, unknowns).Select(j => model.NewIntVar(0, Unbounded, $"x{j}")).ToArray();
        foreach (var relation in relations)
        {
            if (relation.Terms.Count == 0)
            {
                if (relation.Lower > 0 || relation.Upper < 0) throw new InvalidOperationException("The published counts contradict each other: a fully published line does not add up.");
                continue;
            }
            model.AddLinearConstraint(LinearExpr.WeightedSum(relation.Terms.Select(t => x[t.Unknown]), relation.Terms.Select(t => t.Coefficient)), relation.Lower, relation.Upper);
        }
        return (model, x);
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
}
