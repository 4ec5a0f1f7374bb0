using ChatFindings.Tests.Support;
using CsCheck;

namespace ChatFindings.Tests.Findings;

public class FindingVariablesTests
{
    private static string CodeOf(ConversationVariable v, Conversation c) => v.Variable.Categories[v.IndexOf(c)].Code;

    [Theory]
    [InlineData(Perpetrators.Parent, "parent")]
    [InlineData(Perpetrators.StepOrFosterParent, "parent")]
    [InlineData(Perpetrators.Parent | Perpetrators.Stranger, "parent")]
    [InlineData(Perpetrators.OtherFamily, "other")]
    [InlineData(Perpetrators.PartnerOrLoverBoy | Perpetrators.FriendOrPeer, "other")]
    [InlineData(Perpetrators.None, "unknown")]
    public void ParentExploiter_groups_parent_cases_apart_from_other_and_unknown_exploiters(Perpetrators perpetrators, string expected) =>
        Assert.Equal(expected, CodeOf(FindingVariables.ParentExploiter, Make.Conversation(perpetrators: perpetrators)));

    [Theory]
    [InlineData(Perpetrators.None, 0, "unknown")]
    [InlineData(Perpetrators.Stranger, 1, "one")]
    [InlineData(Perpetrators.Parent | Perpetrators.OtherFamily, 2, "several")]
    [InlineData(Perpetrators.Parent | Perpetrators.Acquaintance | Perpetrators.OnlineContact, 3, "several")]
    public void SeveralExploiters_counts_the_kinds_of_exploiter_coded(Perpetrators perpetrators, int kinds, string expected)
    {
        var c = Make.Conversation(perpetrators: perpetrators);
        Assert.Equal(kinds, FindingVariables.ExploiterKinds(c));
        Assert.Equal(kinds > 1, FindingVariables.HasSeveralExploiters(c));
        Assert.Equal(expected, CodeOf(FindingVariables.SeveralExploiters, c));
    }

    [Theory]
    [InlineData(17, "minor")]
    [InlineData(18, "adult")]
    [InlineData(null, "unknown")]
    public void Minor_splits_at_18_and_keeps_unknown_ages(int? age, string expected) =>
        Assert.Equal(expected, CodeOf(FindingVariables.Minor, Make.Conversation(age: age)));

    [Fact]
    public void Every_conversation_falls_in_exactly_one_category_so_tables_account_for_all() =>
        Tables.ConversationGen.Many.Sample(data =>
        {
            foreach (var v in new[] { FindingVariables.ParentExploiter, FindingVariables.SeveralExploiters, FindingVariables.Minor })
            {
                var table = FrequencyTable.OneWay("t", "t", data, v);
                Assert.Equal(data.Length, table.GrandTotal);
            }
            Assert.Equal(data.Count(c => c.HasParentExploiter),
                data.Count(c => FindingVariables.ParentExploiter.IndexOf(c) == 0));
        });

    [Fact]
    public void A_parent_comparison_table_crosses_a_codebook_variable_with_the_parent_grouping()
    {
        var data = new[]
        {
            Make.Conversation(perpetrators: Perpetrators.Parent, firstDisclosure: true),
            Make.Conversation(perpetrators: Perpetrators.Parent, firstDisclosure: true),
            Make.Conversation(perpetrators: Perpetrators.Stranger, firstDisclosure: false),
            Make.Conversation(perpetrators: Perpetrators.None, firstDisclosure: true),
        };
        var table = FrequencyTable.TwoWay("t", "t", data, ConversationVariables.FirstDisclosure, FindingVariables.ParentExploiter);
        Assert.Equal(2, table[0, 0]); // first disclosure: yes × parent
        Assert.Equal(1, table[1, 1]); // no × other exploiters
        Assert.Equal(1, table[0, 2]); // yes × not known
    }
}
