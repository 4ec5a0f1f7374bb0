using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Narrative;

/// <summary>
/// Comparisons built from a population's counts (share tables, yearly comparisons, the share of a
/// population in another, registered bases) are equations of that population: what its tables
/// hide they withhold, and what they show goes to the audit with its tables.
/// </summary>
public class PopulationComparisonTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation Id = new("test-group", "Test group");

    // By year: 2019 has 3 (hidden in the margin), and 2020's 12 is hidden with it so that 2019 stays wide.
    // Help is accepted in two of every three conversations, known in all.
    private static Population Group()
    {
        var i = 0;
        var conversations = new (int Year, int N)[] { (2019, 3), (2020, 12), (2021, 30), (2022, 40), (2023, 25) }
            .SelectMany(y => Make.Many(y.N, () => Make.Conversation(year: y.Year, helpAccepted: i++ % 3 != 0)))
            .ToList();
        return new Population(Id, conversations, Policy);
    }

    private static PublishedTable ByYear(Population group) =>
        PublishedTable.Of(group.Table("by-year", "By year", ConversationVariables.Year), "01-scale/by-year");

    private static readonly PopulationMeasure Accepted =
        new("Help accepted", ConversationVariables.HelpAccepted.Is("true"), ConversationVariables.HelpAccepted.Known());

    private static PopulationGroup InYear(Population group, int year) => new(year.ToString(), group, ConversationVariables.Year.Is(year.ToString()));

    [Fact]
    public void A_share_table_withholds_a_group_its_population_hides_and_carries_the_rest_to_the_audit()
    {
        var group = Group();
        var byYear = ByYear(group);
        var table = ShareComparison.Table([InYear(group, 2020), InYear(group, 2021)], [Accepted]);

        // 2020's 12 conversations (8 accepting help) are above the threshold, yet the margin hides them:
        // the group's size and its share's base would show the hidden cell.
        Assert.Contains("| 2020 (a hidden number) |", table.Markdown);
        Assert.Contains("| Help accepted | withheld |", table.Markdown);
        Assert.DoesNotContain("of 12", table.Markdown);
        Assert.DoesNotContain(table.Equations, e => e.Keys.Any(k => k.Contains("2020")));
        // Without the population, the threshold alone would show it in the header.
        var conversations = group.Members([ConversationVariables.Year.Is("2020")]).ToList();
        Assert.Contains("| 2020 (12) |", ShareComparison.Table([new ComparedGroup("2020", conversations)], [new ShareMeasure("Help", c => c.HelpAccepted == true)], Policy).Markdown);

        // 2021 is shown, and its counts (size, base, numerator) are equations the linked audit accepts.
        Assert.Contains("| 2021 (30) |", table.Markdown);
        Assert.Contains(table.Equations, e => e.Keys.SequenceEqual(["year=2021"]) && e.Count == 30);
        Assert.Contains(table.Equations, e => e.Keys.Count == 1 && e.Keys[0].Contains("year=2021") && e.Keys[0].Contains("help_accepted=true") && e.Count == 20);
        Assert.True(SuppressionAudit.CheckLinked([byYear], table.Equations.Select(e => new PublishedSentence("05-parents, cell 11 (narrative)", e))).All(r => r.Passed));
    }

    [Fact]
    public void The_audit_catches_the_count_a_share_table_withholds()
    {
        var group = Group();
        var grid = new TableDescriptor("sentence", Id.Title, Id, 10, [VariableDescriptor.Of(ConversationVariables.Year.Variable)]);
        var leak = new PublishedSentence("05-parents, cell 11 (narrative)", new SentenceCount(grid, ["year=2020"], 12));
        Assert.False(SuppressionAudit.CheckLinked([ByYear(group)], [leak]).Single().Passed);
    }

    [Fact]
    public void A_yearly_comparison_of_shares_withholds_hidden_years_and_carries_the_shown_ones()
    {
        var group = Group();
        var reference = ReferenceFigures.Load(Repo.PathOf("data", "reference"));
        var text = PublishedComparison.ByYear(reference, "parent_share", "This data",
            year => group.Share(ConversationVariables.HelpAccepted.Is("true"), ConversationVariables.Year.Is(year.ToString()), ConversationVariables.HelpAccepted.Known()));
        var rows = text.Markdown.Split('\n').Skip(2).ToList();
        Assert.Contains(rows, r => r.StartsWith("| 2020 |") && r.Contains("withheld"));
        Assert.Contains(rows, r => r.StartsWith("| 2021 |") && !r.Contains("withheld"));
        Assert.DoesNotContain(text.Equations, e => e.Keys.Any(k => k.Contains("2019") || k.Contains("2020")));
        Assert.NotEmpty(text.Equations);
        Assert.True(SuppressionAudit.CheckLinked([ByYear(group)], text.Equations.Select(e => new PublishedSentence("01-scale, cell 9", e))).All(r => r.Passed));
    }

    [Fact]
    public void A_share_difference_of_population_shares_is_withheld_with_a_hidden_share()
    {
        var group = Group();
        DisclosedShare In(int year) => group.Share(ConversationVariables.HelpAccepted.Is("true"), ConversationVariables.Year.Is(year.ToString()), ConversationVariables.HelpAccepted.Known());
        var hidden = new ShareDifference(In(2020), In(2021));
        Assert.True(hidden.IsWithheld);
        Assert.Empty(((IPopulationEquations)hidden).Equations);
        Assert.Equal(4, ((IPopulationEquations)new ShareDifference(In(2022), In(2021))).Equations.Count());
    }

    [Fact]
    public void The_share_of_a_population_in_another_needs_both_totals_published()
    {
        var group = Group();
        var shown = group.Where(ConversationVariables.Year.Is("2021"), "in-2021", "Test group, 2021").ShareOf(group);
        Assert.False(shown.IsWithheld);
        Assert.Equal((30, 110), (shown.Numerator, shown.Denominator));
        Assert.Equal(2, shown.Counted!.Count);

        // 2020's total is a cell its parent's margin hides: the share would show it.
        var hidden = group.Where(ConversationVariables.Year.Is("2020"), "in-2020", "Test group, 2020").ShareOf(group);
        Assert.True(hidden.IsWithheld);
        Assert.Empty(((IPopulationEquations)hidden).Equations);

        var outside = new Population(new TablePopulation("other", "Other"), [Make.Conversation()], Policy);
        Assert.Throws<ArgumentException>(() => outside.ShareOf(group));
    }

    [Fact]
    public void Registered_bases_carry_the_chat_count_or_withhold_every_ratio()
    {
        var group = Group();
        var reference = ReferenceFigures.Load(Repo.PathOf("data", "reference"));
        var shown = PublishedComparison.AgainstRegisteredBases(group.Count(ConversationVariables.Year.Is("2021")), RegisteredBase.Candidates(reference));
        Assert.Equal(["year=2021"], Assert.Single(shown.Equations).Keys);

        var hidden = PublishedComparison.AgainstRegisteredBases(group.Count(ConversationVariables.Year.Is("2020")), RegisteredBase.Candidates(reference));
        Assert.Empty(hidden.Equations);
        Assert.DoesNotContain("12", hidden.Markdown.Split('\n').Skip(2).SelectMany(r => r.Split('|').Skip(3).Take(2)));
        Assert.Contains("withheld", hidden.Markdown);
    }

    [Fact]
    public void Tested_groups_must_be_separate_and_a_part_must_lie_within_its_whole()
    {
        var group = Group();
        var all = new PopulationGroup("All", group);
        // "All" holds 2021's conversations: tested together they are not separate groups.
        var overlap = Assert.Throws<ArgumentException>(() => ShareComparison.Table([InYear(group, 2021), all], [Accepted]));
        Assert.Contains("'All' shares conversations", overlap.Message);
        Assert.Contains("| All (110) |", ShareComparison.Table([InYear(group, 2021), InYear(group, 2022), all with { Tested = false }], [Accepted]).Markdown);

        // A population of the same conversations' values, made anew, is other conversations: not a part.
        var recent = group.Where(ConversationVariables.Year.Is("2022", "2023"), "recent", "Recent years");
        Assert.Equal(65, recent.ShareOf(group).Numerator);
        var copies = new Population(new TablePopulation("copies", "Copies"),
            group.Members([ConversationVariables.Year.Is("2022")]).Select(c => c with { Year = 2022 }).ToList(), Policy);
        Assert.Contains("outside 'test-group'", Assert.Throws<ArgumentException>(() => copies.ShareOf(group)).Message);
    }
}
