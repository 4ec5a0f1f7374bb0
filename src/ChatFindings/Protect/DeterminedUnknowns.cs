namespace ChatFindings;

/// <summary>
/// For a linear system A·x = b over the unknowns, which unknowns does it fix? Unknown j is fixed
/// exactly when the unit vector e_j lies in the row space of A. In the reduced row echelon form
/// that means: column j has a pivot and the pivot's row is zero in every free (non-pivot) column.
/// Exact rational arithmetic, so no rounding can hide or invent a dependency.
/// </summary>
internal static class DeterminedUnknowns
{
    public static bool[] Find(int[][] coefficients, int unknowns)
    {
        var m = coefficients.Select(row => row.Select(v => (Rational)v).ToArray()).ToArray();
        var pivotRowOfColumn = Enumerable.Repeat(-1, unknowns).ToArray();
        var pivotRows = 0;
        for (var column = 0; column < unknowns && pivotRows < m.Length; column++)
        {
            var found = -1;
            for (var r = pivotRows; r < m.Length; r++)
                if (!m[r][column].IsZero) { found = r; break; }
            if (found < 0) continue;
            (m[pivotRows], m[found]) = (m[found], m[pivotRows]);

            var pivot = m[pivotRows][column];
            for (var c = 0; c < unknowns; c++) m[pivotRows][c] /= pivot;
            for (var r = 0; r < m.Length; r++)
            {
                if (r == pivotRows || m[r][column].IsZero) continue;
                var factor = m[r][column];
                for (var c = 0; c < unknowns; c++) m[r][c] -= factor * m[pivotRows][c];
            }
            pivotRowOfColumn[column] = pivotRows++;
        }

        var determined = new bool[unknowns];
        for (var j = 0; j < unknowns; j++)
        {
            if (pivotRowOfColumn[j] < 0) continue;
            var row = m[pivotRowOfColumn[j]];
            determined[j] = Enumerable.Range(0, unknowns).All(c => c == j || pivotRowOfColumn[c] >= 0 || row[c].IsZero);
        }
        return determined;
    }
}
