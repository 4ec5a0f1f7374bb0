using Google.OrTools.LinearSolver;
using LpVariable = Google.OrTools.LinearSolver.Variable;

namespace ChatFindings;

/// <summary>
/// The smallest and largest value of each hidden count under a set of linear relations and
/// non-negativity: two linear programmes per count, solved with OR-Tools' GLOP, as tau-Argus and
/// sdcTable compute protection intervals. For a single two-way table the constraint matrix is
/// totally unimodular, so these bounds are the integer bounds; for linked tables they can be
/// wider than the integer ones (the attacker's LP relaxation, as in the handbook). One model can
/// fix and free counts between solves (publish or hide a cell), which GLOP re-solves from the
/// previous basis, so trying candidate cells costs no rebuild.
/// </summary>
internal sealed class IntervalSolver : IDisposable
{
    // A bound for "no bound": GLOP answers better with finite boxes than with unbounded rays, and
    // better with a box near the scale of the counts (thousands) than with a huge one.
    private const double Unbounded = 1e6;
    private const double Tolerance = 1e-6;

    private readonly Solver _solver;
    private readonly LpVariable[] _x;
    private readonly Objective _objective;

    /// <exception cref="InvalidOperationException">A relation without unknowns does not hold: the published counts contradict each other.</exception>
    public IntervalSolver(int unknowns, IEnumerable<LinearRelation> relations)
    {
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
        // A table's LP solves in milliseconds: a solve that runs longer is a solver fault, reported, never a hung publish.
        _solver.SetTimeLimit(2_000);
        _x = new LpVariable[unknowns];
        for (var j = 0; j < unknowns; j++) _x[j] = _solver.MakeNumVar(0, Unbounded, $"x{j}");
        foreach (var relation in relations)
        {
            if (relation.Terms.Count == 0)
            {
                if (relation.Lower > Tolerance || relation.Upper < -Tolerance)
                    throw new InvalidOperationException("The published counts contradict each other: a fully published line does not add up.");
                continue;
            }
            var constraint = _solver.MakeConstraint(relation.Lower, relation.Upper);
            foreach (var term in relation.Terms.GroupBy(t => t.Unknown))
                constraint.SetCoefficient(_x[term.Key], term.Sum(t => t.Coefficient));
        }
        _objective = _solver.Objective();
    }

    /// <summary>Publishes unknown j: its value is known from now on.</summary>
    public void Fix(int j, double value) => _x[j].SetBounds(value, value);

    /// <summary>Hides unknown j again: any non-negative value.</summary>
    public void Free(int j) => _x[j].SetBounds(0, Unbounded);

    /// <exception cref="InvalidOperationException">No non-negative values satisfy the relations.</exception>
    public CellRange Range(int j) => Range(j, null);

    /// <summary>
    /// The range of unknown j, handing <paramref name="filling"/> the solver's values of every unknown at each end
    /// (the LP vertex where j is smallest, then where it is largest).
    /// </summary>
    /// <exception cref="InvalidOperationException">No non-negative values satisfy the relations.</exception>
    public CellRange Range(int j, Action<double[]>? filling)
    {
        _objective.Clear();
        _objective.SetCoefficient(_x[j], 1);
        _objective.SetMinimization();
        var low = Optimum();
        filling?.Invoke(Values());
        _objective.SetMaximization();
        var high = Optimum();
        filling?.Invoke(Values());
        return new CellRange((int)Math.Ceiling(low - Tolerance), high >= Unbounded / 2 ? null : (int)Math.Floor(high + Tolerance));
    }

    private double[] Values() => Array.ConvertAll(_x, x => x.SolutionValue());

    public static CellRange[] Ranges(int unknowns, IReadOnlyList<LinearRelation> relations, IReadOnlyList<int> targets)
    {
        if (targets.Count == 0) return [];
        using var solver = new IntervalSolver(unknowns, relations);
        return targets.Select(solver.Range).ToArray();
    }

    private double Optimum()
    {
        var status = _solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.INFEASIBLE))
        {
            // GLOP can stall when it re-solves from the previous basis after bounds changed: solve again from scratch.
            _solver.Reset();
            status = _solver.Solve();
        }
        if (status == Solver.ResultStatus.INFEASIBLE)
            throw new InvalidOperationException("The published counts contradict each other: no non-negative hidden values agree with them.");
        if (status != Solver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"The LP solver (GLOP) ended with status {status}.");
        return _objective.Value();
    }

    public void Dispose() => _solver.Dispose();
}
