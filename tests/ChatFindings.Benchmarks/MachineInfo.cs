using System.Globalization;
using System.Runtime.InteropServices;

namespace ChatFindings.Benchmarks;

/// <summary>The machine a run was made on, as the results page states it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string MemoryTotal, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Now() => new(
        CpuModel(), Environment.ProcessorCount, MemoryTotalText(), RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription, LoadAverageText());

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "unknown".</summary>
    public static string LoadAverageText() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryTotalText()
    {
        if (!File.Exists("/proc/meminfo")) return "unknown";
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? "unknown" : $"{long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB";
    }
}
