using System.Text.Json;
using ChatFindings.Cli;

namespace ChatFindings.Tests.Synthetic;

public class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"cf-h2-generate-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Writes_the_csv_and_a_synthetic_sidecar_and_exits_0()
    {
        var (code, stdout, _) = await Run("generate", "--out", _dir, "--seed", "5", "--rows", "40");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("conversations.csv", stdout);
        Assert.Equal(41, File.ReadAllLines(Path.Combine(_dir, "conversations.csv")).Length);

        var sidecar = File.ReadAllText(Path.Combine(_dir, "conversations.provenance.json"));
        Assert.DoesNotContain('\r', sidecar);
        using var doc = JsonDocument.Parse(sidecar);
        Assert.True(doc.RootElement.GetProperty("synthetic").GetBoolean());
        Assert.Equal(5, doc.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(40, doc.RootElement.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Defaults_are_the_default_seed_and_row_count()
    {
        var (code, _, _) = await Run("generate", "--out", _dir);
        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(ConversationCsvWriter.ToCsv(new SyntheticGenerator().Generate()), File.ReadAllText(Path.Combine(_dir, "conversations.csv")));
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("generate", "--seed", "3")]
    [InlineData("generate", "--out", "x", "--rows", "0")]
    [InlineData("generate", "--out", "x", "--rows", "many")]
    [InlineData("generate", "--out", "x", "--seed", "-1")]
    [InlineData("generate", "--out", "x", "--colour", "red")]
    [InlineData("generate", "--out", "x", "extra")]
    [InlineData("generate", "--out")]
    public async Task Wrong_usage_exits_2_with_a_message(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.Equal(CommandLine.Usage, code);
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_made_exits_1()
    {
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "");
        var (code, _, stderr) = await Run("generate", "--out", Path.Combine(file, "sub"), "--rows", "5");
        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("cannot write", stderr);
    }
}
