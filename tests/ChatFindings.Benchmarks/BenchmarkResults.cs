using System.Text.Json;

namespace ChatFindings.Benchmarks;

/// <summary>The summary of repeated measurements of one engine at one size: median times (the read, and the whole fresh process), largest memory.</summary>
public sealed record MeasurementSummary(
    string Kind, string Engine, long Rows, long FileBytes, int Runs,
    double Phase1Seconds, double Phase2Seconds, long PeakWorkingSetBytes, long PeakManagedBytes,
    long RetainedManagedBytes, long AllocatedBytes, double ProcessSeconds = 0)
{
    public double RowsPerSecond => Phase1Seconds > 0 ? Rows / Phase1Seconds : 0;
    public double MegabytesPerSecond => Phase1Seconds > 0 ? FileBytes / 1e6 / Phase1Seconds : 0;

    public static MeasurementSummary Of(IReadOnlyList<Measurement> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("no runs", nameof(runs));
        var first = runs[0];
        return new MeasurementSummary(first.Kind, first.Engine, first.Rows, first.FileBytes, runs.Count,
            Median(runs.Select(r => r.Phase1Seconds)), Median(runs.Select(r => r.Phase2Seconds)),
            runs.Max(r => r.PeakWorkingSetBytes), runs.Max(r => r.PeakManagedBytes),
            runs.Max(r => r.RetainedManagedBytes), runs.Max(r => r.AllocatedBytes), Median(runs.Select(r => r.ProcessSeconds)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>Everything one benchmark run found, written as results.json and results.md.</summary>
public sealed record BenchmarkResults(
    MachineInfo Machine,
    string LoadAverageAtEnd,
    IReadOnlyList<string> EngineDescriptions,
    IReadOnlyList<MeasurementSummary> Measurements,
    IReadOnlyList<PublishTiming> Publish,
    IReadOnlyList<string> Disagreements)
{
    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true });
}
