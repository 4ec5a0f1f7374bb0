using ChatFindings.Cli;
using ChatFindings.Tests.Load;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Schema;

public sealed class CodebookPageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_committed_codebook_page_is_what_the_schemas_generate()
    {
        var dir = Repo.SchemaDirectory;
        var committed = Path.Combine(dir, CodebookPage.FileName);
        Assert.True(File.Exists(committed), $"{committed} is missing; run `chatfindings codebook`");
        Assert.True(CodebookPage.RenderDirectory(dir) == File.ReadAllText(committed),
            $"{committed} is stale: run `dotnet run --project src/ChatFindings.Cli -- codebook`");
    }

    [Fact]
    public void The_page_lists_every_field_and_every_category_of_every_schema()
    {
        var schemas = Directory.GetFiles(Repo.SchemaDirectory, "*.schema.json")
            .Select(f => (Path.GetFileName(f), TableSchema.Load(f))).ToList();
        var page = CodebookPage.Render(schemas);

        foreach (var (file, schema) in schemas)
        {
            Assert.Contains($"## {file}", page);
            foreach (var field in schema.Fields)
            {
                Assert.Contains($"| `{field.Name}`", page);
                foreach (var c in field.Categories) Assert.Contains($"| `{c.Value.Replace("|", "\\|")}` |", page);
            }
        }
    }

    [Fact]
    public void Schemas_appear_in_file_name_order_whatever_the_input_order()
    {
        var a = TableSchema.Parse("""{"title":"A","fields":[{"name":"x"}]}""", "a");
        var b = TableSchema.Parse("""{"title":"B","fields":[{"name":"y"}]}""", "b");
        var page = CodebookPage.Render([("b.schema.json", b), ("a.schema.json", a)]);
        Assert.Equal(page, CodebookPage.Render([("a.schema.json", a), ("b.schema.json", b)]));
        Assert.True(page.IndexOf("## a.schema.json", StringComparison.Ordinal) < page.IndexOf("## b.schema.json", StringComparison.Ordinal));
        Assert.DoesNotContain("\r", page);
    }

    [Fact]
    public void The_codebook_verb_writes_the_page_and_check_fails_when_it_is_stale()
    {
        File.Copy(Repo.ConversationsSchema, _folder.File("conversations.schema.json"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Assert.Equal(1, Run(["codebook", "--check", "--dir", _folder.Path], stdout, stderr)); // missing
        Assert.Equal(0, Run(["codebook", "--dir", _folder.Path], stdout, stderr));
        Assert.Equal(0, Run(["codebook", "--check", "--dir", _folder.Path], stdout, stderr));

        File.AppendAllText(_folder.File(CodebookPage.FileName), "edited by hand\n");
        var err = new StringWriter();
        Assert.Equal(1, Run(["codebook", "--check", "--dir", _folder.Path], stdout, err));
        Assert.Contains("stale", err.ToString());

        Assert.Equal(2, Run(["codebook", "--bogus"], stdout, stderr));
    }

    [Fact]
    public void The_codebook_verb_reports_a_broken_schema_without_a_stack_trace()
    {
        _folder.Write("bad.schema.json", "{ \"fields\": 3 }");
        var stderr = new StringWriter();
        Assert.Equal(1, Run(["codebook", "--check", "--dir", _folder.Path], new StringWriter(), stderr));
        Assert.Contains("bad.schema.json", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        CommandLine.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
}
