using ChatFindings.Tests.Support;
namespace ChatFindings.Tests.EndToEnd;

/// <summary>External tools some end-to-end tests need, and whether this machine has them.</summary>
public static partial class Tools
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
    public NeedsToolsFactAttribute(params string[] tools) => Skip = Tools.SkipReason(tools);
}

/// <summary>The same rule as <see cref="NeedsToolsFactAttribute"/>, for a theory.</summary>
public sealed class NeedsToolsTheoryAttribute : TheoryAttribute
{
    public NeedsToolsTheoryAttribute(params string[] tools) => Skip = Tools.SkipReason(tools);
}

public static partial class Tools
{
    /// <summary>Why a test needing these tools is skipped here, or null to run it (always in CI).</summary>
    public static string? SkipReason(IEnumerable<string> tools)
    {
        if (InCi) return null;
        var missing = tools.Where(t => !Has(t)).ToList();
        return missing.Count > 0 ? $"needs {string.Join(", ", missing)} (not installed; .ci/run installs it, and with CI set this test runs)" : null;
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
