using Google.OrTools.LinearSolver;
using LpVariable = Google.OrTools.LinearSolver.Variable;

namespace ChatFindings;

/// <summary>
/// The smallest and largest value of each hidden count under a set of linear relations and
/// non-negativity: two linear programmes per count, solved with OR-Tools' GLOP, as tau-Argus and
/// sdcTable compute protection intervals. For a single two-way table the constraint matrix is
/// totally unimodular, so these bounds are the integer bounds; for linked tables they can be
/// wider than the integer ones (the attacker's LP relaxation, as in the handbook).
/// </summary>
internal static class IntervalSolver
{
    // A bound for "no bound": GLOP answers better with finite boxes than with unbounded rays.
    private const double Unbounded = 1e9;
    private const double Tolerance = 1e-6;

    /// <exception cref="InvalidOperationException">No non-negative values satisfy the relations: the published counts contradict each other.</exception>
    public static CellRange[] Ranges(int unknowns, IReadOnlyList<LinearRelation> relations, IReadOnlyList<int> targets)
    {
        if (targets.Count == 0) return [];
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
        var x = new LpVariable[unknowns];
        for (var j = 0; j < unknowns; j++) x[j] = solver.MakeNumVar(0, Unbounded, $"x{j}");
        foreach (var relation in relations)
        {
            if (relation.Terms.Count == 0)
            {
                if (relation.Lower > Tolerance || relation.Upper < -Tolerance)
                    throw new InvalidOperationException("The published counts contradict each other: a fully published line does not add up.");
                continue;
            }
            var constraint = solver.MakeConstraint(relation.Lower, relation.Upper);
            foreach (var term in relation.Terms.GroupBy(t => t.Unknown))
                constraint.SetCoefficient(x[term.Key], term.Sum(t => t.Coefficient));
        }

        var objective = solver.Objective();
        var ranges = new CellRange[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            objective.Clear();
            objective.SetCoefficient(x[targets[i]], 1);
            objective.SetMinimization();
            var low = Optimum(solver, objective);
            objective.SetMaximization();
            var high = Optimum(solver, objective);
            ranges[i] = new CellRange(
                (int)Math.Ceiling(low - Tolerance),
                high >= Unbounded / 2 ? null : (int)Math.Floor(high + Tolerance));
        }
        return ranges;
    }

    private static double Optimum(Solver solver, Objective objective)
    {
        var status = solver.Solve();
        if (status == Solver.ResultStatus.INFEASIBLE)
            throw new InvalidOperationException("The published counts contradict each other: no non-negative hidden values agree with them.");
        if (status != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"The LP solver (GLOP) ended with status {status}.");
        return objective.Value();
    }
}
