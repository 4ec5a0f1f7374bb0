namespace ChatFindings.Tests.Load;

public sealed class DataLocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_root_is_found_from_a_nested_folder_or_else_from_the_assembly()
    {
        var repo = Directory.CreateDirectory(_folder.File("repo")).FullName;
        File.WriteAllText(Path.Combine(repo, "Notebooks.sln"), "");
        var nested = Directory.CreateDirectory(Path.Combine(repo, "notebooks", "deep")).FullName;
        var elsewhere = Directory.CreateDirectory(_folder.File("elsewhere")).FullName;

        Assert.Equal(repo, DataLocation.FindRepoRoot(nested, elsewhere));
        Assert.Equal(repo, DataLocation.FindRepoRoot(elsewhere, nested));
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataLocation.FindRepoRoot(elsewhere, elsewhere));
        Assert.Contains("Notebooks.sln", e.Message);
        Assert.Contains(elsewhere, e.Message);
    }

    [Fact]
    public void The_environment_variable_wins_and_is_resolved_against_the_current_directory()
    {
        var data = _folder.Write("mine.csv", "x");
        Assert.Equal(data, DataLocation.Resolve("mine.csv", _folder.Path, AppContext.BaseDirectory));
        Assert.Equal(data, DataLocation.Resolve(data, "/", AppContext.BaseDirectory));

        var e = Assert.Throws<FileNotFoundException>(() => DataLocation.Resolve("other.csv", _folder.Path, AppContext.BaseDirectory));
        Assert.Contains("CHATFINDINGS_DATA", e.Message);
        Assert.Contains(Path.Combine(_folder.Path, "other.csv"), e.Message);
    }

    [Fact]
    public void Without_the_variable_the_synthetic_data_of_the_repository_is_used()
    {
        var repo = Directory.CreateDirectory(_folder.File("repo")).FullName;
        File.WriteAllText(Path.Combine(repo, "Notebooks.sln"), "");
        var missing = Assert.Throws<FileNotFoundException>(() => DataLocation.Resolve(null, repo, repo));
        Assert.Contains(Path.Combine(repo, "data", "synthetic", "conversations.csv"), missing.Message);

        Directory.CreateDirectory(Path.Combine(repo, "data", "synthetic"));
        File.WriteAllText(Path.Combine(repo, "data", "synthetic", "conversations.csv"), "x");
        Assert.Equal(Path.Combine(repo, "data", "synthetic", "conversations.csv"), DataLocation.Resolve("  ", repo, repo));
    }
}
