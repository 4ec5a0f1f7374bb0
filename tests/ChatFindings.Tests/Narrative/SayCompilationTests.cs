namespace ChatFindings.Tests.Narrative;

/// <summary>study.Say($"…") accepts disclosed values and strings; a raw number does not compile.</summary>
public class SayCompilationTests
{
    [Fact]
    public void Disclosed_counts_shares_and_strings_compile()
    {
        var errors = NarrativeCompilation.Errors(
            """return study.Say($"{study.Count(group)} in {"the group"}: {study.Share(group, c => c.IsMinor)} minors");""");
        Assert.Empty(errors);
        Assert.Empty(NarrativeCompilation.Errors(
            """return study.Say(en: $"{study.Count(group)} conversations", nl: $"{study.Count(group)} gesprekken");"""));
    }

    // CS0315/CS0311: the only AppendFormatted that takes a value requires INarrativeValue, and
    // there is no overload for numbers or object to fall back on.
    [Theory]
    [InlineData("""return study.Say($"{group.Count} conversations");""", "CS0315", "int")]
    [InlineData("""return study.Say($"{group.Count(c => c.IsMinor)} minors");""", "CS0315", "int")]
    [InlineData("""return study.Say($"{2.5} per cent");""", "CS0315", "double")]
    [InlineData("""return study.Say($"{(object)group.Count} conversations");""", "CS0311", "object")]
    [InlineData("""return study.Say(en: $"{study.Count(group)} conversations", nl: $"{group.Count} gesprekken");""", "CS0315", "int")]
    public void A_raw_number_or_object_in_the_text_is_a_compile_error(string body, string id, string type)
    {
        var error = Assert.Single(NarrativeCompilation.Errors(body));
        Assert.Equal(id, error.Id);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("NarrativeInterpolation.AppendFormatted<T>(T)", message);
        Assert.Contains($"from '{type}' to 'ChatFindings.INarrativeValue'", message);
    }

    [Fact]
    public void A_string_built_outside_the_handler_does_not_compile_either()
    {
        var error = Assert.Single(NarrativeCompilation.Errors("""return study.Say("Rows: " + group.Count);"""));
        Assert.Equal("CS1503", error.Id);
        Assert.Contains("NarrativeInterpolation", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
