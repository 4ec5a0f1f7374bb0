using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Tests.Execution;

/// <summary>
/// The notebook-side formatters. They are process-wide .NET Interactive state, so these tests run
/// alone (in the notebooks collection) and reset the formatters afterwards.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class PublicationGuardTests : IDisposable
{
    private static readonly List<Conversation> Rows = Make.Many(30, () => Make.Conversation()).ToList();

    private static FrequencyTable Unprotected() => FrequencyTable.OneWay("by-year", "By year", Rows, ConversationVariables.Year);

    private static Dataset Data() => new(Rows, new LoadReport("f.csv", 30, 30, 0, []), new DataSource("f.csv", "0", true, null));

    public void Dispose() => Formatter.ResetToDefault();

    public static TheoryData<object> RowLevelValues() =>
        new() { Rows[0], Rows, Rows.Where(r => r.Year == 2020), Data(), Unprotected(), Data().Conversations.ToArray() };

    [Theory]
    [MemberData(nameof(RowLevelValues))]
    public void Publishing_blocks_row_level_data_and_unprotected_tables_in_every_representation(object value)
    {
        PublicationGuard.Register(publishing: true);
        foreach (var mime in new[] { HtmlFormatter.MimeType, PlainTextFormatter.MimeType })
        {
            var e = Assert.Throws<PublicationBlockedException>(() => value.ToDisplayString(mime));
            Assert.StartsWith("Blocked while publishing", e.Message);
        }
    }

    [Theory]
    [MemberData(nameof(RowLevelValues))]
    public void Exploring_shows_the_same_values_under_a_notice_that_protection_is_off(object value)
    {
        PublicationGuard.Register(publishing: false);
        Assert.StartsWith("<p class=\"cf-unprotected\"><strong>Protection is off", value.ToDisplayString(HtmlFormatter.MimeType));
        Assert.StartsWith(PublicationGuard.ExploringNotice, value.ToDisplayString(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void Exploring_shows_at_most_the_first_rows()
    {
        PublicationGuard.Register(publishing: false);
        var html = Rows.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Equal(PublicationGuard.ExploreRowLimit + 1, html.Split("<tr>").Length - 1); // header + rows
        Assert.Contains($"{PublicationGuard.ExploreRowLimit} of {Rows.Count} rows shown", html);
    }

    [Fact]
    public void A_protected_table_displays_while_publishing_with_its_machine_readable_csv()
    {
        var table = DisclosureControl.Protect(Unprotected(), new DisclosurePolicy(10));
        ProtectedTableFormatting.Register(publishing: true);

        Assert.Equal(table.ToHtml(), table.ToDisplayString(HtmlFormatter.MimeType));
        var json = System.Text.Json.Nodes.JsonNode.Parse(table.ToDisplayString(PublishMimeTypes.Table))!;
        Assert.Equal("by-year", (string?)json["name"]);
        Assert.Equal(table.ToTidyCsv(), (string?)json["csv"]);
        Assert.Contains(PublishMimeTypes.Table, Formatter.GetPreferredMimeTypesFor(typeof(ProtectedTable)));

        ProtectedTableFormatting.Register(publishing: false);
        Assert.DoesNotContain(PublishMimeTypes.Table, Formatter.GetPreferredMimeTypesFor(typeof(ProtectedTable)));
    }

    private static NotebookSession Session(bool publishing) => Sessions.OnSyntheticData("guard", publishing);

    /// <summary>Values a cell might show while publishing that are not publishable: each must fail the cell.</summary>
    public static TheoryData<string> NotPublishable() =>
        ["a string", "an int", "a double", "an anonymous object", "a List<int>", "a Select of rows", "a tuple", "a DataFrame", "a dictionary"];

    private static object ValueOf(string what, NotebookSession study) => what switch
    {
        "a string" => string.Join(", ", study.Data.Conversations.Take(3).Select(c => c.Age)),
        "an int" => study.Data.Conversations.Count(c => c.HasParentExploiter),
        "a double" => study.Data.Conversations.Average(c => c.Year),
        "an anonymous object" => study.Data.Conversations.Select(c => new { c.Age, c.Gender }).First(),
        "a List<int>" => study.Data.Conversations.Select(c => c.Year).ToList(),
        "a Select of rows" => study.Data.Conversations.Select(c => new { c.Year, c.Age }),
        "a tuple" => (study.Data.Conversations.Count, "rows"),
        "a DataFrame" => FrequencyTable.OneWay("t", "T", study.Data.Conversations, ConversationVariables.Year).ToDataFrame(),
        "a dictionary" => study.Data.Conversations.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Count()),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [MemberData(nameof(NotPublishable))]
    public void Publishing_blocks_every_value_that_is_not_publishable_in_every_representation(string what)
    {
        var study = Session(publishing: true);
        var value = ValueOf(what, study);
        // What the kernel does with a cell's value: format it in each preferred MIME type.
        var e = Assert.Throws<PublicationBlockedException>(() => FormattedValue.CreateManyFromObject(value));
        Assert.StartsWith("Blocked while publishing", e.Message);
        foreach (var mime in new[] { HtmlFormatter.MimeType, PlainTextFormatter.MimeType, "application/json", "text/markdown" })
            Assert.Throws<PublicationBlockedException>(() => value.ToDisplayString(mime));
    }

    [Fact]
    public void Publishing_shows_protected_tables_charts_claims_narrative_and_the_session()
    {
        var study = Session(publishing: true);
        var table = study.Population("all", "All conversations", study.Data.Conversations).Table("by-year", "By year", ConversationVariables.Year);
        var minors = study.Data.Conversations.Where(c => c.IsMinor).ToList();
        object[] publishable =
        [
            table, table.ToChart(), study.Check(ClaimRegister.F1, ClaimMeasures.F1(study.Data.Conversations)),
            study.Say($"{study.Count(minors)} minors"), study.Provenance(), study,
        ];
        foreach (var value in publishable)
        {
            var html = FormattedValue.CreateManyFromObject(value).Single(v => v.MimeType == HtmlFormatter.MimeType).Value;
            Assert.False(string.IsNullOrWhiteSpace(html), value.GetType().Name);
        }
    }

    [Fact]
    public void Exploring_displays_plain_values_again_after_a_publishing_session()
    {
        Session(publishing: true);
        var study = Session(publishing: false);
        Assert.Equal("42", 42.ToDisplayString(PlainTextFormatter.MimeType));
        Assert.Contains("2019", study.Data.Conversations.Select(c => c.Year).ToList().ToDisplayString(HtmlFormatter.MimeType));
        Assert.StartsWith(PublicationGuard.ExploringNotice, study.Data.ToDisplayString(PlainTextFormatter.MimeType));
    }

    [Fact]
    public void The_block_message_names_what_was_shown()
    {
        Assert.Equal("a raw number (Int32; use study.Count or a protected table)", PublicationGuard.Describe(3));
        Assert.Contains("an anonymous type", PublicationGuard.Describe(new { A = 1 }));
        Assert.Equal("a sequence (List<Int32>; it may hold row-level values)", PublicationGuard.Describe(new List<int>()));
    }
}
