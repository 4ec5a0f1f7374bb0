using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Protect;

/// <summary>A population cut from another by one variable's categories: its total is those cells of the parent's margin, and the audit links the two.</summary>
public class NestedPopulationTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation ParentId = new("test-group", "Test group");

    // Online recruitment: 12 yes, 20 no, 3 unknown. The parent's margin hides the 3 and, to keep
    // it wide, the 12 (then 0..15). The 12 online cases: 2 in 2020, 10 in 2021.
    private static List<Conversation> Conversations() =>
        Make.Many(2, () => Make.Conversation(year: 2020, online: true))
            .Concat(Make.Many(10, () => Make.Conversation(year: 2021, online: true)))
            .Concat(Make.Many(20, () => Make.Conversation(year: 2021, online: false)))
            .Concat(Make.Many(3, () => Make.Conversation(year: 2022, online: null)))
            .ToList();

    [Fact]
    public void Protected_alone_the_nested_table_opens_the_parents_margin_and_protected_as_nested_it_does_not()
    {
        var rows = Conversations();
        var parent = new Population(ParentId, rows, Policy);
        var byOnline = parent.Table("by-online", "By online recruitment", ConversationVariables.OnlineRecruitment);
        Assert.True(byOnline[0, 0].Suppressed && byOnline[2, 0].Suppressed && !byOnline[1, 0].Suppressed);

        var online = parent.Where(ConversationVariables.OnlineRecruitment.Is("true"), "test-online", "Online cases of the test group");
        Assert.Equal(new PopulationFilter(ParentId, VariableDescriptor.Of(ConversationVariables.OnlineRecruitment.Variable), ["true"]), online.Id.Within);
        Assert.Equal(ParentId, online.Id.Root);

        // Alone: 2 and 10 hidden, the total 12 shown; it passes its own audit.
        var alone = DisclosureControl.Protect(
            FrequencyTable.OneWay("by-year", "By year", rows.Where(c => c.OnlineRecruitment == true), ConversationVariables.Year), Policy, online.Id, null);
        Assert.True(SuppressionAudit.Check(alone).Passed);
        Assert.Equal(12, alone[alone.RowCount - 1, 0].Count);
        // Together the 12 is the parent's hidden "yes", and 35 - 20 - 12 gives the hidden 3 back.
        var leak = SuppressionAudit.CheckLinked([PublishedTable.Of(byOnline, "a/by-online"), PublishedTable.Of(alone, "b/by-year")]).Single();
        Assert.False(leak.Passed);
        Assert.Contains(leak.Problems, p => p.Contains("cell 'unknown' of a/by-online") && p.Contains("worked out exactly"));

        // Nested: the total follows the parent's pattern (hidden), and the year cells are kept wide
        // with the parent's margin in the system, so the 10 is hidden as well.
        var nested = online.Table("by-year", "By year", ConversationVariables.Year);
        Assert.True(nested[nested.RowCount - 1, 0].Suppressed);
        var audit = SuppressionAudit.CheckLinked([PublishedTable.Of(byOnline, "a/by-online"), PublishedTable.Of(nested, "b/by-year")]).Single();
        Assert.True(audit.Passed, audit.ToString());
        Assert.Equal("test-group", audit.TableName);
    }

    [Fact]
    public void The_nested_total_is_an_equation_of_the_parents_margin()
    {
        var rows = Conversations();
        var parent = new Population(ParentId, rows, Policy);
        var online = parent.Where(ConversationVariables.OnlineRecruitment.Is("true"), "test-online", "Online cases of the test group");
        // The nested population's count of its total is hidden because the parent hides its "yes".
        Assert.True(online.Count().IsWithheld);

        // A nested table that publishes a total other than the parent's cell contradicts it.
        var byOnline = PublishedTable.Of(parent.Table("by-online", "By online recruitment", ConversationVariables.OnlineRecruitment), "a/by-online");
        var descriptor = new TableDescriptor("by-year", "By year", online.Id, 10, [VariableDescriptor.Of(ConversationVariables.Year.Variable)]);
        var csv = "row_variable,row_value,column_variable,column_value,count,flag\n" +
                  string.Concat(ConversationVariables.Year.Variable.Categories.Select(c => $"year,{c.Code},,,0,\n")) + "year,Total,,,40,\n";
        var wrong = PublishedTable.FromCsv("b/by-year", csv.Replace("year,2021,,,0,", "year,2021,,,40,"), descriptor);
        var audit = SuppressionAudit.CheckLinked([byOnline, wrong]).Single();
        Assert.Contains(audit.Problems, p => p.Contains("contradict"));
    }
}
