using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Tests.Execution;

/// <summary>
/// The notebook-side formatters. They are process-wide .NET Interactive state, so these tests run
/// alone (in the notebooks collection) and reset the formatters afterwards.
/// </summary>
[Collection(NotebookTestCollection.Name)]
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
}
