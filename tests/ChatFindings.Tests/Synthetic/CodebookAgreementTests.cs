using System.Text.Json;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Synthetic;

/// <summary>The writer's columns and category codes agree with data-schema/conversations.schema.json.</summary>
public class CodebookAgreementTests
{
    private static readonly JsonElement[] Fields = LoadFields();

    private static JsonElement[] LoadFields()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Repo.PathOf("data-schema", "conversations.schema.json")));
        return doc.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.Clone()).ToArray();
    }

    private static string[] CategoriesOf(string field) =>
        Fields.Single(f => f.GetProperty("name").GetString() == field)
            .GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToArray();

    [Fact]
    public void Columns_are_the_schema_fields_in_schema_order() =>
        Assert.Equal(Fields.Select(f => f.GetProperty("name").GetString()!), ConversationCsvWriter.Columns);

    public static TheoryData<string, string[], int> CodeTables() => new()
    {
        { "reporter", CategoryCodes.Reporter, Enum.GetValues<Reporter>().Length },
        { "gender", CategoryCodes.Gender, Enum.GetValues<Gender>().Length },
        { "exploitation_type", CategoryCodes.ExploitationType, Enum.GetValues<ExploitationType>().Length },
        { "perpetrators", CategoryCodes.Perpetrators, Enum.GetValues<Perpetrators>().Length - 1 }, // minus None
        { "duration", CategoryCodes.Duration, Enum.GetValues<Duration>().Length },
        { "platforms", CategoryCodes.Platforms, Enum.GetValues<Platforms>().Length - 1 },
        { "first_confidant", CategoryCodes.Confidant, Enum.GetValues<Confidant>().Length },
        { "first_reaction", CategoryCodes.Reaction, Enum.GetValues<Reaction>().Length },
    };

    [Theory]
    [MemberData(nameof(CodeTables))]
    public void Codes_are_the_schema_categories_in_order_one_per_enum_member(string field, string[] codes, int members)
    {
        Assert.Equal(CategoriesOf(field), codes);
        Assert.Equal(members, codes.Length);
    }

    [Fact]
    public void Named_members_map_to_their_codes()
    {
        Assert.Equal("sexual_and_criminal", CategoryCodes.Code(ExploitationType.SexualAndCriminal));
        Assert.Equal("1_2y", CategoryCodes.Code(Duration.OneToTwoYears));
        Assert.Equal("5y_plus", CategoryCodes.Code(Duration.FiveYearsOrMore));
        Assert.Equal("third_party", CategoryCodes.Code(Reporter.ThirdParty));
        Assert.Equal("no_action", CategoryCodes.Code(Reaction.NoAction));
        Assert.Equal("parent|step_or_foster_parent", CategoryCodes.Join(Perpetrators.StepOrFosterParent | Perpetrators.Parent));
        Assert.Equal("", CategoryCodes.Join(Platforms.None));
    }
}
