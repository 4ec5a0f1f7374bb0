using ChatFindings.Tests.Tables;
using CsCheck;

namespace ChatFindings.Tests.Protect;

/// <summary>From conversations to published table: every pair of codebook variables, list fields included.</summary>
public class ConversationTableProtectionTests
{
    [Fact]
    public void Tables_of_random_conversations_protect_and_pass_the_audit() =>
        Gen.Select(ConversationGen.Many, Gen.Int[0, ConversationVariables.All.Count - 1], Gen.Int[0, ConversationVariables.All.Count - 1])
            .Sample((conversations, i, j) =>
            {
                var rows = ConversationVariables.All[i];
                var columns = ConversationVariables.All[i == j ? (j + 1) % ConversationVariables.All.Count : j]; // a variable by itself is refused
                foreach (var table in new[]
                         {
                             FrequencyTable.OneWay("one", "One", conversations, rows),
                             FrequencyTable.TwoWay("two", "Two", conversations, rows, columns),
                         })
                {
                    var t = DisclosureControl.Protect(table, new DisclosurePolicy(5));
                    var audit = SuppressionAudit.Check(t);
                    Assert.True(audit.Passed, audit.ToString());
                    Assert.Equal(table.GrandTotal is 0 or >= 5 ? table.GrandTotal : null, t[t.RowCount - 1, t.ColumnCount - 1].Count);
                }
            }, iter: 300);

    [Fact]
    public void A_list_field_is_protected_as_if_its_rows_added_up()
    {
        // Rows a, b, c, unknown count 30, 4, 25, 0 of 50 conversations (59 mentions). The 4 is
        // primary; 50 - 55 says nothing exact, but a reader who assumes one exploiter per
        // conversation would read it as 4 - 9, so the 4 gets a partner as in an additive table.
        var list = new Variable("perpetrators", "Exploiters", [new("a", "A"), new("b", "B"), new("c", "C"), Category.Unknown], isMultiValued: true);
        var t = DisclosureControl.Protect(FrequencyTable.FromCounts("by-exploiter", "By exploiter", list, [30, 4, 25, 0], 50), new DisclosurePolicy(10));
        Assert.Equal([(1, 0), (2, 0)], Tables.SuppressedCells(t));
        Assert.Equal(50, t[4, 0].Count);
    }
}
