using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// What one publish run reads and where it writes. All paths absolute. Chromium (found on PATH, or
/// given) draws the static chart images and prints the PDF appendix; without it both are skipped.
/// </summary>
public sealed record PublishOptions(string RepoRoot, string DataPath, string OutDir, int MinCell, string NotebooksDir,
    string? ChromiumPath = null, bool ShowCodeInPdf = false, bool NoPdf = false,
    int CellTimeoutSeconds = RunRules.DefaultCellTimeoutSeconds, bool AllowRejectedRows = false,
    IReadOnlyList<Language>? Editions = null)
{
    /// <summary>The editions to write (--lang): English alone unless told otherwise.</summary>
    public IReadOnlyList<Language> Languages => Editions is { Count: > 0 } e ? e : [Language.English];

    /// <summary>--lang: "en", "nl" or "en,nl" (either order; English first on output).</summary>
    public static IReadOnlyList<Language> ParseLanguages(string text)
    {
        var codes = text.Split(',', StringSplitOptions.TrimEntries);
        if (codes.Any(c => c is not ("en" or "nl")) || codes.Distinct().Count() != codes.Length)
            throw new UsageException($"option --lang takes en, nl or en,nl, not '{text}'");
        return codes.Select(ChatFindings.Languages.Parse).Order().ToList();
    }

    public const int DefaultMinCell = SessionSettings.DefaultMinCell;
    public const string DefaultOutDir = "artifacts";
    public const string DefaultNotebooksDir = "notebooks";

    public TimeSpan CellTimeout => TimeSpan.FromSeconds(CellTimeoutSeconds);

    /// <summary>The notebooks to run: every *.ipynb in the folder, in ordinal name order.</summary>
    public IReadOnlyList<string> NotebookPaths() =>
        Directory.EnumerateFiles(NotebooksDir, "*.ipynb", SearchOption.TopDirectoryOnly)
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToList();

    /// <summary>A path as written in artifacts: relative to the repository root with '/' separators.</summary>
    public string Relative(string path) => RepoPaths.Relative(RepoRoot, path);
}
