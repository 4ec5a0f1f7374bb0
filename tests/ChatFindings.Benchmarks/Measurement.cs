using System.Diagnostics;
using System.Text.Json;

namespace ChatFindings.Benchmarks;

/// <summary>
/// One measurement, made in a process of its own so engines never share a heap. Times in
/// seconds, memory in bytes. <see cref="Phase1Seconds"/> is the read (load + validate for the
/// project's loader); <see cref="Phase2Seconds"/> the counts, or for "tables" the tables of all findings;
/// <see cref="ProcessSeconds"/> the whole fresh process, start to exit (runtime start, JIT, read, counts), as the parent timed it.
/// </summary>
public sealed record Measurement(
    string Kind,
    string Engine,
    long Rows,
    long FileBytes,
    double Phase1Seconds,
    double Phase2Seconds,
    long PeakWorkingSetBytes,
    long PeakManagedBytes,
    long RetainedManagedBytes,
    long AllocatedBytes,
    string Counts,
    int Tables = 0,
    int SuppressedCells = 0,
    double ProcessSeconds = 0)
{
    public const string LoadKind = "load";
    public const string TablesKind = "tables";
    public const string TablesEngine = "tables";

    /// <summary>The line prefix a child process writes its result after.</summary>
    public const string ResultPrefix = "MEASUREMENT ";

    public double RowsPerSecond => Phase1Seconds > 0 ? Rows / Phase1Seconds : 0;

    public string ToJson() => JsonSerializer.Serialize(this);

    public static Measurement FromJson(string json) =>
        JsonSerializer.Deserialize<Measurement>(json) ?? throw new FormatException("empty measurement");

    /// <summary>Reads the file with one engine, in this process.</summary>
    public static Measurement OfLoad(IReadEngine engine, string csvPath, string schemaPath)
    {
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        EngineRun run;
        long peakManaged;
        using (var sampler = new MemorySampler())
        {
            run = engine.Run(csvPath, schemaPath);
            sampler.Dispose();
            peakManaged = sampler.PeakManagedBytes;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(run.Loaded);
        (run.Loaded as IDisposable)?.Dispose();
        return new Measurement(LoadKind, engine.Name, run.Counts.Rows, new FileInfo(csvPath).Length,
            run.Read.TotalSeconds, run.Count.TotalSeconds, PeakWorkingSet(), peakManaged, retained, allocated, run.Counts.ToString());
    }

    /// <summary>Loads the file with the project's loader, then times the tables of all findings.</summary>
    public static Measurement OfTables(string csvPath, string schemaPath)
    {
        Settle();
        var clock = Stopwatch.StartNew();
        var data = ConversationLoader.Load(csvPath, TableSchema.Load(schemaPath));
        var load = clock.Elapsed;
        Settle();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        FindingTablesResult result;
        long peakManaged;
        using (var sampler = new MemorySampler())
        {
            clock.Restart();
            result = FindingTables.Build(data.Conversations, new DisclosurePolicy(SessionSettings.DefaultMinCell));
            clock.Stop();
            sampler.Dispose();
            peakManaged = sampler.PeakManagedBytes;
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(data);
        return new Measurement(TablesKind, TablesEngine, data.Count, new FileInfo(csvPath).Length,
            load.TotalSeconds, clock.Elapsed.TotalSeconds, PeakWorkingSet(), peakManaged, retained, allocated,
            TablesSummary(result), result.Tables.Count, result.Tables.Sum(t => t.SuppressedCount));
    }

    /// <summary>What the tables say, compactly: each table's grand total, then each claim's counts.</summary>
    public static string TablesSummary(FindingTablesResult result) =>
        string.Join("\n", result.Tables.Select(t => $"{t.Name} {t[t.RowCount - 1, t.ColumnCount - 1]}")
            .Concat(result.Claims.Select((c, i) => $"F{i + 1} {string.Join(",", c.Counts)}")));

    private static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    // Start each measurement from a collected heap, so it is not charged for start-up garbage.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
