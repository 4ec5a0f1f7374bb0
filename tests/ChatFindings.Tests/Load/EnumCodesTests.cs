using ChatFindings.Tests.Support;
namespace ChatFindings.Tests.Load;

/// <summary>The loader maps category i to enum member i, so the enums must list the codebook's codes in order.</summary>
public sealed class EnumCodesTests
{
    private static readonly TableSchema Codebook = TableSchema.Load(Repo.ConversationsSchema);

    public static TheoryData<string, string[]> Fields => new()
    {
        { "reporter", EnumCodes.Of<Reporter>().ToArray() },
        { "gender", EnumCodes.Of<Gender>().ToArray() },
        { "exploitation_type", EnumCodes.Of<ExploitationType>().ToArray() },
        { "perpetrators", EnumCodes.Of<Perpetrators>().ToArray() },
        { "duration", EnumCodes.Of<Duration>().ToArray() },
        { "platforms", EnumCodes.Of<Platforms>().ToArray() },
        { "first_confidant", EnumCodes.Of<Confidant>().ToArray() },
        { "first_reaction", EnumCodes.Of<Reaction>().ToArray() },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Enum_members_stand_for_the_schema_categories_in_order(string field, string[] enumCodes) =>
        Assert.Equal(Codebook[field].Categories.Select(c => c.Value), enumCodes);

    [Fact]
    public void Every_enum_member_except_a_flags_None_names_its_code()
    {
        Assert.Equal(Enum.GetValues<Duration>().Length, EnumCodes.Of<Duration>().Count);
        Assert.Equal(Enum.GetValues<Perpetrators>().Length - 1, EnumCodes.Of<Perpetrators>().Count);
        Assert.Equal("1_2y", EnumCodes.Of<Duration>()[(int)Duration.OneToTwoYears]);
    }

    [Fact]
    public void Reordered_categories_are_refused()
    {
        var json = File.ReadAllText(Repo.ConversationsSchema)
            .Replace("\"value\": \"victim\"", "\"value\": \"TMP\"")
            .Replace("\"value\": \"third_party\"", "\"value\": \"victim\"")
            .Replace("\"value\": \"TMP\"", "\"value\": \"third_party\"");
        var schema = TableSchema.Parse(json, "swapped");
        var e = Assert.Throws<SchemaException>(() => EnumBinding.Verify<Reporter>(schema, schema["reporter"]));
        Assert.Contains("same order", e.Message);
    }
}
