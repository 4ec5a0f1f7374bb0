using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Narrative;

/// <summary>
/// The complement of a list variable's category ("no sex-advertisement site named") is the total
/// less the category, not a sum of the list's cells: its count goes to the audit as that signed
/// equation, so it cannot open the category's hidden cell.
/// </summary>
public class ComplementTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation Id = new("test-sexual", "Test sexual exploitation");

    // Minors: 3 (unless told) name a sex-advertisement site (with social media: a list), 25 social media
    // only, 12 nothing. Adults: 30 a sex-advertisement site, 12 social media. Clients known for all,
    // mentioned in every other one.
    private static Population Group(int minorsWithSite = 3)
    {
        var i = 0;
        Conversation Of(int age, Platforms platforms) => Make.Conversation(age: age, platforms: platforms, clients: i++ % 2 == 0);
        var conversations = Make.Many(minorsWithSite, () => Of(15, Platforms.SexAdSite | Platforms.SocialMedia))
            .Concat(Make.Many(25, () => Of(15, Platforms.SocialMedia)))
            .Concat(Make.Many(12, () => Of(16, Platforms.None)))
            .Concat(Make.Many(30, () => Of(30, Platforms.SexAdSite)))
            .Concat(Make.Many(12, () => Of(30, Platforms.SocialMedia)))
            .ToList();
        return new Population(Id, conversations, Policy);
    }

    private static readonly CategorySelection NoSexAdSite = ConversationVariables.Platforms.IsNot("sex_ad_site");

    [Fact]
    public void A_complement_selects_the_conversations_without_the_category_and_counts_as_total_less_it()
    {
        var group = Group(minorsWithSite: 20);
        var adults = group.Count(FindingVariables.Minor.Is("adult"), NoSexAdSite);
        Assert.Equal(12, adults.Value);
        Assert.False(adults.IsWithheld);
        var equation = adults.Counted!;
        Assert.Equal(["minor=adult"], equation.Keys);
        var subtracted = Assert.Single(equation.Subtracted!);
        Assert.Contains("minor=adult", subtracted);
        Assert.Contains("=sex_ad_site", subtracted);
        // The equation survives the trip through publish's JSON.
        Assert.Equal(equation.Subtracted, SentenceCount.Parse(SentenceCount.ToJson([equation])).Single().Subtracted);

        // "Known" of a list: naming at least one category, the total less "Not known".
        var named = group.Share(ConversationVariables.Platforms.Is("sex_ad_site"), ConversationVariables.Platforms.Known());
        Assert.Equal((50, 87, 12), (named.Numerator, named.Denominator, named.Unknown));
    }

    [Fact]
    public void A_complement_that_would_open_a_hidden_cell_is_withheld_and_the_audit_catches_it()
    {
        var group = Group();
        var table = group.Table("platforms-by-minor", "Platforms by minor", ConversationVariables.Platforms, FindingVariables.Minor);
        var published = PublishedTable.Of(table, "04-online-platforms/platforms-by-minor");
        Assert.Contains(published.Cells, c => c.Key.Contains("minor=minor") && c.Key.Contains("=sex_ad_site") && c.Count is null);
        Assert.Contains(published.Cells, c => c.Key == "minor=minor" && c.Count == 40);

        // 37 minors without a sex-advertisement site: above the threshold, but 40 − 37 opens the hidden 3.
        var minors = group.Count(FindingVariables.Minor.Is("minor"), NoSexAdSite);
        Assert.Equal(37, minors.Value);
        Assert.True(minors.IsWithheld);
        Assert.Equal("a hidden number", minors.ToString());

        // Shown anyway, the signed equation (40 − hidden = 37) works the hidden 3 out, and the linked audit says so.
        var shown = new SentenceCount(new TableDescriptor("sentence", Id.Title, Id, 10, published.Descriptor.Variables),
            ["minor=minor"], 37) { Subtracted = [published.Cells.First(c => c.Key.Contains("minor=minor") && c.Key.Contains("=sex_ad_site")).Key] };
        var audit = SuppressionAudit.CheckLinked([published], [new PublishedSentence("04-online-platforms, cell 15", shown)]).Single();
        Assert.Contains(audit.Problems, p => p.Contains("worked out exactly"));
    }

    [Fact]
    public void A_share_table_of_a_complement_group_withholds_what_its_population_hides()
    {
        var group = Group().Where(FindingVariables.Minor.Is("minor"), "test-minors", "Test minors");
        var clients = new PopulationMeasure("Clients", ConversationVariables.ClientsInvolved.Is("true"), ConversationVariables.ClientsInvolved.Known());
        var table = ShareComparison.Table([new("Site", group, ConversationVariables.Platforms.Is("sex_ad_site")), new("No site", group, NoSexAdSite)], [clients]);

        // The site's 3 are hidden in the minors' platform margin; "no site" is 40 − 3, so its size is hidden too.
        Assert.Contains("No site (a hidden number)", table.Markdown);
        Assert.DoesNotContain("37", table.Markdown);
        Assert.DoesNotContain(table.Equations, e => e.Subtracted is not null);
    }

    [Fact]
    public void A_complement_of_a_list_cannot_be_intersected_into_a_sum_of_its_cells()
    {
        var group = Group();
        Assert.Throws<ArgumentException>(() => group.Count(NoSexAdSite, ConversationVariables.Platforms.Is("social_media")));
        Assert.Throws<ArgumentException>(() => group.Where(NoSexAdSite, "no-site", "No site"));
        // A single-valued variable's complement is its other categories.
        Assert.False(FindingVariables.Minor.IsNot("minor").Negated);
        Assert.Equal(["adult", Category.UnknownCode], FindingVariables.Minor.IsNot("minor").Codes);
    }
}
