using System.Diagnostics;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>The outcome of a child process: exit code and everything it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Starts tools as child processes with a clean, quiet environment: telemetry off, and none of
/// the CHATFINDINGS_* variables of this test process (a child decides its data from its arguments).
/// </summary>
public static class ProcessRun
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public static ProcessResult Run(string fileName, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in new[] { "CHATFINDINGS_DATA", "CHATFINDINGS_MIN_CELL", "CHATFINDINGS_PUBLISH" })
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within {timeout ?? DefaultTimeout}");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The project's CLI, from the copy built next to these tests (the Cli is a project reference).</summary>
    public static ProcessResult Cli(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ChatFindings.Cli.dll");
        return Run("dotnet", [cli, .. args], Repo.Root);
    }
}
