using System.Text;
using ChatFindings.Cli;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Load;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int code, string stdout, string stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_valid_file_exits_0_with_a_one_line_summary()
    {
        var path = _folder.Write("c.csv", ConversationCsv.File(ConversationCsv.Row("A1"), ConversationCsv.Row("A2")));
        var (code, stdout, _) = Run("validate", path, "--schema", Repo.ConversationsSchema);
        Assert.Equal(0, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("valid:", stdout);
        Assert.Contains("2 rows read, 2 accepted", stdout);
    }

    [Fact]
    public void A_Dutch_spreadsheet_export_validates()
    {
        var text = ConversationCsv.Header(';') + "\r\n" +
                   ConversationCsv.Row("NL-1", ';', ("ongoing", "ja"), ("first_disclosure", "Nee"), ("perpetrators", "parent|stranger")) + "\r\n" +
                   ConversationCsv.Row("NL-2", ';', ("police_report", "JA"), ("platforms", "\"social_media|gaming\"")) + "\r\n";
        var path = _folder.Write("export.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var (code, stdout, stderr) = Run("validate", path, "--schema", Repo.ConversationsSchema);
        Assert.True(code == 0, stdout + stderr);
    }

    [Fact]
    public void An_invalid_file_exits_1_and_lists_errors_with_lines()
    {
        var path = _folder.Write("c.csv", ConversationCsv.File(ConversationCsv.Row("A1", ',', ("age", "5")), ConversationCsv.Row("A2")));
        var (code, stdout, _) = Run("validate", path, "--schema", Repo.ConversationsSchema);
        Assert.Equal(1, code);
        Assert.Contains($"{path}:2, column age, value '5'", stdout);
        Assert.Contains("[minimum]", stdout);
        Assert.Contains("invalid:", stdout);
    }

    [Fact]
    public void Only_the_first_50_errors_are_listed()
    {
        var rows = Enumerable.Range(1, 60).Select(i => ConversationCsv.Row($"A{i}", ',', ("year", "1900"))).ToArray();
        var (code, stdout, _) = Run("validate", _folder.Write("c.csv", ConversationCsv.File(rows)), "--schema", Repo.ConversationsSchema);
        Assert.Equal(1, code);
        Assert.Equal(50, stdout.Split('\n').Count(l => l.Contains("[minimum]")));
        Assert.Contains("... and 10 more errors", stdout);
    }

    [Fact]
    public void A_schema_can_be_given()
    {
        var schema = _folder.Write("ids.schema.json", """{"fields":[{"name":"id","constraints":{"required":true}}]}""");
        Assert.Equal(0, Run("validate", _folder.Write("ids.csv", "id\nx\n"), "--schema", schema).code);
        Assert.Equal(1, Run("validate", _folder.Write("ids2.csv", "id\n\"\"\n"), "--schema", schema).code);
    }

    [Fact]
    public void A_missing_file_or_schema_exits_1_with_a_message_not_a_stack_trace()
    {
        var (code, _, stderr) = Run("validate", _folder.File("none.csv"), "--schema", Repo.ConversationsSchema);
        Assert.Equal(1, code);
        Assert.Contains("none.csv", stderr);
        Assert.DoesNotContain("   at ", stderr);

        var csv = _folder.Write("c.csv", "id\nx\n");
        (code, _, stderr) = Run("validate", csv, "--schema", _folder.File("none.schema.json"));
        Assert.Equal(1, code);
        Assert.Contains("none.schema.json", stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "a.csv", "b.csv")]
    [InlineData("validate", "a.csv", "--colour", "red")]
    [InlineData("validate", "a.csv", "--schema")]
    public void Wrong_usage_exits_2(params string[] args) => Assert.Equal(2, Run(args).code);
}
