using System.Diagnostics;

namespace ChatFindings.Cli.Publishing;

/// <summary>The commit the run was made from and whether the working tree had changes.</summary>
public sealed record GitState(string Commit, bool? Dirty)
{
    public const string Unknown = "unknown";

    /// <summary>Asks git; outside a checkout, or without git, the commit is "unknown".</summary>
    public static GitState Read(string repoRoot)
    {
        var head = Git(repoRoot, "rev-parse", "HEAD");
        if (head is null || head.Trim().Length == 0) return new GitState(Unknown, null);
        var status = Git(repoRoot, "status", "--porcelain");
        return new GitState(head.Trim(), status is null ? null : status.Trim().Length > 0);
    }

    private static string? Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            var stdout = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(30_000)) { git.Kill(); return null; }
            return git.ExitCode == 0 ? stdout.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
