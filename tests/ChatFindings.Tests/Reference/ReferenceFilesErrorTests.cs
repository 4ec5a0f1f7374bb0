using ChatFindings.Tests.Synthetic;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Reference;

/// <summary>A broken reference file is reported by file and line through the schema-driven reader, not half-loaded.</summary>
public class ReferenceFilesErrorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"cf-h2-reference-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public ReferenceFilesErrorTests()
    {
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(Repo.PathOf("data", "reference"), "*.csv"))
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_bad_value_is_reported_with_file_line_and_column()
    {
        var path = Path.Combine(_dir, "registered_victims.csv");
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace(",373,", ",many,", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceFigures.Load(_dir, Repo.PathOf("data-schema")));
        var error = Assert.Single(e.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("count", error.Column);
        Assert.EndsWith("registered_victims.csv", error.File);
        Assert.Contains("registered_victims.csv:3", e.Message);
    }

    [Fact]
    public void An_unknown_category_is_rejected()
    {
        var path = Path.Combine(_dir, "chat_figures.csv");
        var text = File.ReadAllText(path).Replace(",count,about,", ",dozens,about,", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceFigures.Load(_dir, Repo.PathOf("data-schema")));
        Assert.Contains(e.Errors, err => err.Column == "unit" && err.Value == "dozens");
    }
}
