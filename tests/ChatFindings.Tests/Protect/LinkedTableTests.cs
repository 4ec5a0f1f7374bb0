using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Protect;

/// <summary>Tables of one population protected one by one can open each other's hidden counts; protected as a population they cannot.</summary>
public class LinkedTableTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation Id = new("test-group", "Test group");

    // Years 2019-2023 by reporter: 2019 is rare (3 victims). Alone, the one-way table pairs it with
    // 2021 (11, the smallest year of at least 7); the two-way table pairs it with the 12 victims of
    // 2020 in its victim column, and then hides 2020's total since that row has nothing else to
    // hide. The one-way table publishes that total: 12 - 0 gives the hidden 12 back.
    private static List<Conversation> Conversations() =>
        new (int Year, int Victims, int ThirdParty)[] { (2019, 3, 0), (2020, 12, 0), (2021, 0, 11), (2022, 40, 20), (2023, 30, 25) }
            .SelectMany(y => Make.Many(y.Victims, () => Make.Conversation(year: y.Year, reporter: Reporter.Victim))
                .Concat(Make.Many(y.ThirdParty, () => Make.Conversation(year: y.Year, reporter: Reporter.ThirdParty))))
            .ToList();

    [Fact]
    public void Protected_each_alone_the_pair_leaks_and_protected_as_a_population_it_does_not()
    {
        var rows = Conversations();
        var oneWay = FrequencyTable.OneWay("by-year", "By year", rows, ConversationVariables.Year);
        var twoWay = FrequencyTable.TwoWay("by-year-and-reporter", "By year and reporter", rows, ConversationVariables.Year, ConversationVariables.Reporter);

        // Each alone passes its own audit, yet together the margins of one open the other.
        var alone = new[] { DisclosureControl.Protect(oneWay, Policy, Id, null), DisclosureControl.Protect(twoWay, Policy, Id, null) };
        Assert.All(alone, t => Assert.True(SuppressionAudit.Check(t).Passed));
        var together = SuppressionAudit.CheckLinked(alone.Select(t => PublishedTable.Of(t))).Single();
        Assert.False(together.Passed);
        Assert.Contains(together.Problems, p => p.Contains("by-year") && p.Contains("by-year-and-reporter"));

        var population = new Population(Id, rows, Policy);
        var linked = new[] { population.Table("by-year", "By year", ConversationVariables.Year),
                             population.Table("by-year-and-reporter", "By year and reporter", ConversationVariables.Year, ConversationVariables.Reporter) };
        var audit = SuppressionAudit.CheckLinked(linked.Select(t => PublishedTable.Of(t))).Single();
        Assert.True(audit.Passed, audit.ToString());
        Assert.Equal("test-group", audit.TableName);
        // The shared margin (the year totals) has one pattern in both tables.
        for (var r = 0; r < linked[0].RowCount; r++)
            Assert.Equal(linked[0][r, 0].Suppressed, linked[1][r, linked[1].ColumnCount - 1].Suppressed);
    }

    [Fact]
    public void Tables_that_disagree_on_a_shared_count_are_not_one_population()
    {
        var rows = Conversations();
        var population = new Population(Id, rows, Policy);
        var other = new Population(Id, rows.Where(c => c.Year != 2023).ToList(), Policy);
        var audit = SuppressionAudit.CheckLinked([
            PublishedTable.Of(population.Table("by-year", "By year", ConversationVariables.Year), "a/by-year"),
            PublishedTable.Of(other.Table("by-year", "By year", ConversationVariables.Year), "b/by-year")]).Single();
        Assert.Contains(audit.Problems, p => p.Contains("are they really one population?"));
    }
}
