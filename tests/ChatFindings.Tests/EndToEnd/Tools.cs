using ChatFindings.Tests.Support;
namespace ChatFindings.Tests.EndToEnd;

/// <summary>External tools some end-to-end tests need, and whether this machine has them.</summary>
public static class Tools
{
    public const string Python = "/usr/bin/python3";

    /// <summary>In CI every tool must be there: a missing one fails the test instead of skipping it.</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    // Asked once per test run: each question starts a process.
    private static readonly Lazy<bool> Nbformat = new(() => Works(Python, "-c", "import nbformat"));
    private static readonly Lazy<bool> Nbconvert = new(() => Works("jupyter", "nbconvert", "--version") && Works("jupyter", "kernelspec", "--version"));
    private static readonly Lazy<bool> DotnetRepl = new(() => Works("dotnet", "tool", "run", "dotnet-repl", "--", "--version"));
    private static readonly Lazy<bool> DotnetInteractive = new(() => Works("dotnet", "tool", "run", "dotnet-interactive", "--", "--version"));

    public static bool HasNbformat => Nbformat.Value;
    public static bool HasNbconvert => Nbconvert.Value;
    public static bool HasDotnetRepl => DotnetRepl.Value;
    public static bool HasDotnetInteractive => DotnetInteractive.Value;

    private static bool Works(string file, params string[] args)
    {
        try { return ProcessRun.Run(file, args, Repo.Root, timeout: TimeSpan.FromMinutes(2)).ExitCode == 0; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}

/// <summary>
/// A fact that needs external tools. Skipped, with the reason, only when a tool is missing AND the
/// CI environment variable is unset; in CI it always runs (and fails if the tool is missing).
/// </summary>
public sealed class NeedsToolsFactAttribute : FactAttribute
{
    public NeedsToolsFactAttribute(params string[] tools)
    {
        if (Tools.InCi) return;
        var missing = tools.Where(t => !Has(t)).ToList();
        if (missing.Count > 0) Skip = $"needs {string.Join(", ", missing)} (not installed; .ci/run installs it, and with CI set this test runs)";
    }

    private static bool Has(string tool) => tool switch
    {
        "nbformat" => Tools.HasNbformat,
        "nbconvert" => Tools.HasNbconvert,
        "dotnet-repl" => Tools.HasDotnetRepl,
        "dotnet-interactive" => Tools.HasDotnetInteractive,
        _ => throw new ArgumentException($"unknown tool '{tool}'"),
    };
}
