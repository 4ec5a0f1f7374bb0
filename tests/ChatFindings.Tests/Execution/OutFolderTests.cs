using ChatFindings.Cli;
using ChatFindings.Cli.Publishing;
using ChatFindings.Tests.Load;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Execution;

/// <summary>
/// Publish never deletes what it did not write: every unsafe --out is refused with exit 2 and one
/// line, before anything runs, and left exactly as it was. (In-process: refused before any notebook runs.)
/// </summary>
[Collection(EndToEnd.ProcessStateCollection.Name)]
public sealed class OutFolderTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every path under a folder with its size and write time: what "nothing touched" compares.</summary>
    private static List<string> Snapshot(string folder, bool recursive = true) =>
        Directory.EnumerateFileSystemEntries(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p} {(File.Exists(p) ? new FileInfo(p).Length : -1)} {File.GetLastWriteTimeUtc(p).Ticks}")
            .ToList();

    private static void AssertRefused((int Exit, string Stdout, string Stderr) run, string why)
    {
        Assert.True(run.Exit == 2, $"exit {run.Exit}\n{run.Stdout}\n{run.Stderr}");
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --out ", line);
        Assert.Contains(why, line);
        Assert.EndsWith("nothing was changed", line.TrimEnd());
    }

    [Fact]
    public async Task The_repository_root_is_refused_and_its_notebooks_are_untouched()
    {
        var before = Snapshot(Repo.PathOf("notebooks"));
        var top = Snapshot(Repo.Root, recursive: false);

        AssertRefused(await Cli("publish", "--out", Repo.Root), "holds files publish did not write");

        Assert.Equal(before, Snapshot(Repo.PathOf("notebooks")));
        Assert.Equal(top, Snapshot(Repo.Root, recursive: false));
        Assert.False(File.Exists(Path.Combine(Repo.Root, ArtifactFolder.MarkerName)));
    }

    [Fact]
    public async Task A_folder_with_foreign_files_is_refused_and_untouched()
    {
        using var folder = new TempFolder();
        folder.Write("thesis.docx", "mine");
        Directory.CreateDirectory(folder.File("notebooks"));
        folder.Write(Path.Combine("notebooks", "draft.ipynb"), "{}");
        var before = Snapshot(folder.Path);

        AssertRefused(await Cli("publish", "--out", folder.Path), "holds files publish did not write (notebooks, thesis.docx)");

        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public async Task A_marker_with_other_content_does_not_make_a_folder_publishs()
    {
        using var folder = new TempFolder();
        folder.Write(ArtifactFolder.MarkerName, "not publish's words");
        folder.Write("keep.txt", "mine");
        var before = Snapshot(folder.Path);

        AssertRefused(await Cli("publish", "--out", folder.Path), "holds files publish did not write");

        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public async Task A_path_that_is_a_file_is_refused_and_the_file_kept()
    {
        using var folder = new TempFolder();
        var file = folder.Write("report.pdf", "content");

        AssertRefused(await Cli("publish", "--out", file), "is a file, not a folder");

        Assert.Equal("content", File.ReadAllText(file));
    }

    [Fact]
    public async Task An_unwritable_place_is_refused()
    {
        // /proc takes no new entries, whoever runs the tests (root included).
        var place = Path.Combine("/proc", "chatfindings-out-" + Guid.NewGuid().ToString("N"));
        AssertRefused(await Cli("publish", "--out", place), "is not a place publish can write");
        Assert.False(Directory.Exists(place));
    }

    [Fact]
    public void A_folder_publish_wrote_is_cleared_and_keeps_its_marker()
    {
        using var temp = new TempFolder();
        var folder = new ArtifactFolder(Path.Combine(temp.Path, "out"));
        folder.Claim();                                   // missing: created, marked
        Assert.Equal(ArtifactFolder.MarkerText, File.ReadAllText(folder.Marker));
        Directory.CreateDirectory(folder.Site);
        File.WriteAllText(Path.Combine(folder.Site, "stale.html"), "old");
        File.WriteAllText(folder.Manifest, "{}");

        folder.Claim();                                   // ours: emptied, still marked

        Assert.Equal([folder.Marker], Directory.EnumerateFileSystemEntries(folder.Root));
        Assert.Equal(ArtifactFolder.MarkerText, File.ReadAllText(folder.Marker));
    }

    [Fact]
    public void Clearing_its_own_folder_removes_a_link_inside_it_but_not_what_the_link_points_at()
    {
        using var temp = new TempFolder();
        var outside = Directory.CreateDirectory(temp.File("precious")).FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        var folder = new ArtifactFolder(temp.File("out"));
        folder.Claim();
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "tables"), outside);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "manifest.json"), Path.Combine(outside, "keep.txt"));

        folder.Claim();

        Assert.Equal([folder.Marker], Directory.EnumerateFileSystemEntries(folder.Root));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outside, "keep.txt")));
    }

    [Fact]
    public void An_empty_folder_is_taken()
    {
        using var temp = new TempFolder();
        new ArtifactFolder(temp.Path).Claim();
        Assert.Equal([Path.Combine(temp.Path, ArtifactFolder.MarkerName)], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("--data", "/nonexistent/conversations.csv", "data file not found")]
    [InlineData("--notebooks", "/nonexistent/notebooks", "notebooks folder not found")]
    public async Task A_missing_input_is_one_error_line_with_exit_1(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var run = await Cli("publish", "--out", Path.Combine(temp.Path, "out"), option, value);
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(message, line);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_is_one_error_line_naming_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("nb"));
        var broken = temp.Write(Path.Combine("nb", "01-broken.ipynb"), "{\"nbformat\": 4,\n \"cells\": [");
        var run = await Cli("publish", "--out", temp.File("out"), "--notebooks", temp.File("nb"));
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {broken}: not valid JSON", line);
    }
}
