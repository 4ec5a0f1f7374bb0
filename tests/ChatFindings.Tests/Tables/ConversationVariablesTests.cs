using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ChatFindings.Tests.Tables;

public class ConversationVariablesTests
{
    private static string SchemaPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "data-schema", "conversations.schema.json"));

    [Fact]
    public void Titles_codes_and_labels_match_the_codebook_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath()));
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!);
        var checkedFields = 0;
        foreach (var variable in ConversationVariables.All.Select(v => v.Variable))
        {
            if (!fields.TryGetValue(variable.Name, out var field)) continue; // age_group is derived from age
            checkedFields++;
            Assert.Equal(field.GetProperty("title").GetString(), variable.Title);
            if (field.GetProperty("type").GetString() == "boolean")
            {
                Assert.Equal(["true", "false", "unknown"], variable.Categories.Select(c => c.Code));
                Assert.Equal(["Yes", "No", "Not known"], variable.Categories.Select(c => c.Label));
                continue;
            }
            if (!field.TryGetProperty("categories", out var categories)) continue; // year
            var expected = categories.EnumerateArray()
                .Select(c => (c.GetProperty("value").GetString(), c.GetProperty("label").GetString())).ToList();
            var required = field.TryGetProperty("constraints", out var constraints)
                           && constraints.TryGetProperty("required", out var req) && req.GetBoolean();
            if (!required) expected.Add(("unknown", "Not known"));
            Assert.Equal(expected, variable.Categories.Select(c => ((string?)c.Code, (string?)c.Label)));
        }
        Assert.Equal(15, checkedFields);
    }

    [Fact]
    public void Enum_members_map_to_the_category_at_their_position()
    {
        var c = ConversationGen.Make(type: ExploitationType.Labour, duration: Duration.TwoToFiveYears, gender: null,
            perpetrators: Perpetrators.Parent | Perpetrators.Stranger, platforms: Platforms.None, ongoing: false);
        Assert.Equal("labour", Code(ConversationVariables.ExploitationType, c));
        Assert.Equal("2_5y", Code(ConversationVariables.Duration, c));
        Assert.Equal("unknown", Code(ConversationVariables.Gender, c));
        Assert.Equal("false", Code(ConversationVariables.Ongoing, c));
        Assert.Equal("unknown", Code(ConversationVariables.FirstDisclosure, c));
        Assert.Equal(["parent", "stranger"], Codes(ConversationVariables.Perpetrators, c));
        Assert.Equal(["unknown"], Codes(ConversationVariables.Platforms, c));
    }

    [Theory]
    [InlineData(6, "lt_12")]
    [InlineData(11, "lt_12")]
    [InlineData(12, "12_13")]
    [InlineData(13, "12_13")]
    [InlineData(14, "14_15")]
    [InlineData(15, "14_15")]
    [InlineData(16, "16_17")]
    [InlineData(17, "16_17")]
    [InlineData(18, "18_22")]
    [InlineData(22, "18_22")]
    [InlineData(23, "23_plus")]
    [InlineData(99, "23_plus")]
    [InlineData(null, "unknown")]
    public void Age_groups_have_the_documented_edges(int? age, string code) =>
        Assert.Equal(code, Code(ConversationVariables.AgeGroup, ConversationGen.Make(age: age)));

    [Fact]
    public void Minors_are_exactly_the_bands_below_18()
    {
        var minorBands = ConversationVariables.AgeGroup.Variable.Categories.Take(4).Select(c => c.Code);
        foreach (var age in Enumerable.Range(6, 94))
        {
            var c = ConversationGen.Make(age: age);
            Assert.Equal(c.IsMinor, minorBands.Contains(Code(ConversationVariables.AgeGroup, c)));
        }
    }

    [Fact]
    public void A_year_outside_the_table_is_an_error_naming_the_conversation()
    {
        var c = ConversationGen.Make(year: 2024);
        var error = Assert.Throws<ArgumentException>(() => ConversationVariables.Year.IndexesOf(c));
        Assert.Contains(c.ConversationId, error.Message);
        Assert.Contains("2024", error.Message);
        Assert.Equal("2024", Code(ConversationVariables.Years(2019, 2024), c));
    }

    [Fact]
    public void Single_valued_index_is_refused_for_a_list_variable() =>
        Assert.Throws<InvalidOperationException>(() => ConversationVariables.Platforms.IndexOf(ConversationGen.Make()));

    [Fact]
    public void Variables_are_found_by_name()
    {
        Assert.Same(ConversationVariables.FirstReaction, ConversationVariables.Get("first_reaction"));
        Assert.Contains("exploitation_type", Assert.Throws<ArgumentException>(() => ConversationVariables.Get("nope")).Message);
        Assert.Equal(16, ConversationVariables.All.Count);
        Assert.Equal(ConversationVariables.All.Count, ConversationVariables.All.Select(v => v.Name).Distinct().Count());
    }

    private static string Code(ConversationVariable v, Conversation c) => v.Variable.Categories[v.IndexOf(c)].Code;

    private static IEnumerable<string> Codes(ConversationVariable v, Conversation c) =>
        v.IndexesOf(c).Select(i => v.Variable.Categories[i].Code);
}
