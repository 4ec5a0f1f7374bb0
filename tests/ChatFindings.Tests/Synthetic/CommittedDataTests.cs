using System.Text.Json;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Synthetic;

/// <summary>data/synthetic/ is exactly what the generator writes with the default seed and row count.</summary>
public class CommittedDataTests
{
    [Fact]
    public void Regenerating_with_the_default_seed_reproduces_the_committed_files_byte_for_byte()
    {
        var committed = Repo.PathOf("data", "synthetic");
        var fresh = Path.Combine(Path.GetTempPath(), $"cf-h2-committed-{Environment.ProcessId}");
        try
        {
            var csv = SyntheticDataSet.Write(fresh);
            Assert.Equal(File.ReadAllBytes(Path.Combine(committed, "conversations.csv")), File.ReadAllBytes(csv));
            Assert.Equal(File.ReadAllBytes(Path.Combine(committed, "conversations.provenance.json")),
                File.ReadAllBytes(Provenance.SidecarPath(csv)));
        }
        finally { Directory.Delete(fresh, recursive: true); }
    }

    [Fact]
    public void The_committed_sidecar_marks_the_data_synthetic()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.PathOf("data", "synthetic", "conversations.provenance.json")));
        var root = doc.RootElement;
        Assert.Equal(["synthetic", "description", "generator", "seed", "rows"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal(SyntheticGenerator.DefaultSeed, root.GetProperty("seed").GetInt32());
        Assert.Equal(SyntheticGenerator.DefaultRows, root.GetProperty("rows").GetInt32());
        Assert.Equal(SyntheticGenerator.Name, root.GetProperty("generator").GetString());
    }

    [Fact]
    public void The_readme_says_plainly_that_the_data_is_synthetic()
    {
        var readme = File.ReadAllText(Repo.PathOf("data", "synthetic", "README.md"));
        Assert.Contains("synthetic", readme, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not real", readme, StringComparison.OrdinalIgnoreCase);
    }
}
