using ChatFindings.Cli.Execution;

namespace ChatFindings.Tests.Execution;

public sealed class LoadedAssemblyReferencesTests
{
    private static readonly LoadedAssemblyReferences References =
        LoadedAssemblyReferences.From(new Dictionary<string, string> { ["ChatFindings"] = "/host/bin/ChatFindings.dll" });

    [Fact]
    public void A_reference_to_a_loaded_assembly_points_at_the_loaded_file()
    {
        Assert.Equal("#r \"/host/bin/ChatFindings.dll\"\nusing ChatFindings;",
            References.Redirect("#r \"../build/lib/ChatFindings.dll\"\nusing ChatFindings;"));
    }

    [Fact]
    public void Indentation_and_CRLF_line_ends_are_kept()
    {
        Assert.Equal("  #r \"/host/bin/ChatFindings.dll\"\r\nx",
            References.Redirect("  #r \"..\\build\\lib\\chatfindings.dll\"\r\nx"));
    }

    [Theory]
    [InlineData("#r \"../build/lib/Other.dll\"")]
    [InlineData("#r \"nuget: ChatFindings.dll\"")]
    [InlineData("// #r \"../build/lib/ChatFindings.dll\"")]
    [InlineData("var s = \"#r \\\"ChatFindings.dll\\\"\";")]
    public void Anything_else_is_left_alone(string code) => Assert.Equal(code, References.Redirect(code));

    [Fact]
    public void The_default_context_lists_the_library_where_this_process_loaded_it()
    {
        var references = LoadedAssemblyReferences.FromDefaultContext(typeof(NotebookSession).Assembly);
        Assert.Equal($"#r \"{typeof(NotebookSession).Assembly.Location}\"", references.Redirect("#r \"x/ChatFindings.dll\""));
    }
}
