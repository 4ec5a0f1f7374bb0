using System.Globalization;

namespace ChatFindings.Benchmarks;

/// <summary>
/// The generated files the benchmarks read: one synthetic data set per size, made once with the
/// project's generator and reused (a marker written after a complete write says it is whole).
/// </summary>
public static class BenchmarkData
{
    public const int Seed = 20241201;

    public static string Ensure(string workDirectory, int rows)
    {
        var directory = Path.Combine(workDirectory, "data", rows.ToString(CultureInfo.InvariantCulture));
        var marker = Path.Combine(directory, "complete");
        var csv = Path.Combine(directory, SyntheticDataSet.CsvFileName);
        var expected = $"seed {Seed} rows {rows}";
        if (File.Exists(marker) && File.Exists(csv) && File.ReadAllText(marker) == expected) return csv;

        if (File.Exists(marker)) File.Delete(marker);
        SyntheticDataSet.Write(directory, Seed, rows);
        File.WriteAllText(marker, expected);
        return csv;
    }
}
