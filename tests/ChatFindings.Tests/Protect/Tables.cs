namespace ChatFindings.Tests.Protect;

/// <summary>Hand-made tables for protection tests: plain variables with codes r0.. / c0.. or named ones.</summary>
internal static class Tables
{
    public static Variable Rows(params string[] codes) =>
        new("rows", "Rows", codes.Select(c => new Category(c, c.ToUpperInvariant())).ToArray());

    public static Variable Columns(params string[] codes) =>
        new("columns", "Columns", codes.Select(c => new Category(c, c.ToUpperInvariant())).ToArray());

    public static Variable Numbered(string name, int count, string prefix) =>
        new(name, name, Enumerable.Range(0, count).Select(i => new Category($"{prefix}{i}", $"{prefix.ToUpperInvariant()}{i}")).ToArray());

    public static FrequencyTable OneWay(params int[] counts) =>
        FrequencyTable.FromCounts("one-way", "One-way", Numbered("rows", counts.Length, "r"), counts);

    public static FrequencyTable TwoWay(int[,] counts) =>
        FrequencyTable.FromCounts("two-way", "Two-way",
            Numbered("rows", counts.GetLength(0), "r"), Numbered("columns", counts.GetLength(1), "c"), counts);

    /// <summary>The grid positions of suppressed cells, row by row.</summary>
    public static IReadOnlyList<(int Row, int Column)> SuppressedCells(ProtectedTable t) =>
        (from r in Enumerable.Range(0, t.RowCount)
         from c in Enumerable.Range(0, t.ColumnCount)
         where t[r, c].Suppressed
         select (r, c)).ToList();

    public static int[,] Grid(FrequencyTable t)
    {
        var grid = new int[t.RowCount, t.ColumnCount];
        for (var r = 0; r < t.RowCount; r++)
        for (var c = 0; c < t.ColumnCount; c++)
            grid[r, c] = t[r, c];
        return grid;
    }
}
