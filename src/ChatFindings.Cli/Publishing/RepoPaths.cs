namespace ChatFindings.Cli.Publishing;

/// <summary>Paths as they appear in artifacts: never absolute, so output does not depend on where the checkout lives.</summary>
public static class RepoPaths
{
    public const string OutsideRepository = "(outside the repository)";

    public static string Relative(string repoRoot, string path)
    {
        var relative = Path.GetRelativePath(repoRoot, Path.GetFullPath(path));
        // A file outside the checkout (real data kept elsewhere): name it, but not where it lives.
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return $"{OutsideRepository}/{Path.GetFileName(path)}";
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
