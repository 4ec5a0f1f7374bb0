using System.Diagnostics;

namespace ChatFindings.Benchmarks;

/// <summary>
/// Runs a measurement in a fresh process of this program (<c>measure ...</c>), so peak process
/// memory belongs to one engine and one size only.
/// </summary>
public static class ChildProcess
{
    public static Measurement MeasureLoad(string engine, string csvPath, string schemaPath) =>
        Measure([BenchmarkCommand.Measure, Measurement.LoadKind, engine, csvPath, schemaPath]);

    public static Measurement MeasureTables(string csvPath, string schemaPath) =>
        Measure([BenchmarkCommand.Measure, Measurement.TablesKind, csvPath, schemaPath]);

    private static Measurement Measure(string[] args)
    {
        var run = Run("dotnet", [typeof(ChildProcess).Assembly.Location, .. args], Environment.CurrentDirectory);
        var line = run.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Measurement.ResultPrefix, StringComparison.Ordinal));
        if (run.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"measurement '{string.Join(' ', args)}' failed: {run}");
        return Measurement.FromJson(line[Measurement.ResultPrefix.Length..]) with { ProcessSeconds = run.Wall.TotalSeconds };
    }

    /// <summary>Runs a program to its end with telemetry off; returns exit code, output and wall time.</summary>
    public static ProcessOutcome Run(string file, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null, Action<string, TimeSpan>? onLine = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The child decides its data from its arguments, never from this process's environment.
        start.Environment.Remove(DataLocation.EnvironmentVariable);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        // Lines are timed as they arrive, so a caller can tell when a step inside the child finished.
        var stdout = Task.Run(() =>
        {
            var text = new System.Text.StringBuilder();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                onLine?.Invoke(line, clock.Elapsed);
                text.Append(line).Append('\n');
            }
            return text.ToString();
        });
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = PeakMemory.Watch(process.Id);
        var limit = timeout ?? TimeSpan.FromMinutes(10);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {limit}");
        }
        process.WaitForExit();
        clock.Stop();
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak.Result);
    }
}

/// <summary>How a child process ended.</summary>
/// <remarks><see cref="PeakWorkingSetBytes"/>: the child's own peak resident memory (VmHWM), 0 where /proc is absent.</remarks>
public sealed record ProcessOutcome(int ExitCode, string Stdout, string Stderr, TimeSpan Wall, long PeakWorkingSetBytes = 0)
{
    public override string ToString() => $"exit {ExitCode} after {Wall.TotalSeconds:F1} s\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// The peak resident memory of another process: its VmHWM (a high-water mark, so the last reading
/// before it exits is its peak), read every 20 ms until the process is gone.
/// </summary>
internal static class PeakMemory
{
    public static Task<long> Watch(int pid) => Task.Run(async () =>
    {
        long peak = 0;
        var status = $"/proc/{pid}/status";
        while (true)
        {
            try
            {
                foreach (var line in File.ReadLines(status))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return peak; }
            await Task.Delay(20);
        }
    });
}
