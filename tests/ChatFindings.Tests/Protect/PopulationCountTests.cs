using ChatFindings.Tests.Tables;
using CsCheck;

namespace ChatFindings.Tests.Protect;

/// <summary>
/// A population counts a sentence's selections from category bits it makes once per variable; on
/// random conversations each count equals the count of the conversations the selections match, one
/// by one, for single-valued and list variables, "known" selections and a list's complement.
/// </summary>
public class PopulationCountTests
{
    private static readonly ConversationVariable[] Variables =
        [ConversationVariables.Duration, ConversationVariables.Ongoing, ConversationVariables.Platforms, FindingVariables.ParentExploiter, FindingVariables.Minor];

    private static IEnumerable<CategorySelection> Selections(ConversationVariable v)
    {
        var first = v.Variable.Categories[0].Code;
        yield return v.Is(first);
        if (v.Variable.Categories.Any(c => c.Code == Category.UnknownCode)) yield return v.Known();
        if (v.Variable.IsMultiValued) yield return v.IsNot(first);
        else if (v.Variable.Categories.Count > 2) yield return v.Is(first, v.Variable.Categories[1].Code);
    }

    // Made conversations (each its own row), a data set's rows (bits from its byte columns), and every
    // other row of a data set (the columns read through the views' rows).
    public enum Rows { Made, DataSet, PartOfDataSet }

    private static IReadOnlyList<Conversation> As(Rows rows, Conversation[] made)
    {
        if (rows == Rows.Made) return made;
        var data = new Dataset(made, new LoadReport("generated.csv", made.Length, made.Length, 0, []), new DataSource("generated.csv", "", true, null)).Conversations;
        return rows == Rows.DataSet ? data : data.Where((_, i) => i % 2 == 0).ToList();
    }

    [Theory]
    [InlineData(Rows.Made)]
    [InlineData(Rows.DataSet)]
    [InlineData(Rows.PartOfDataSet)]
    public void Every_count_equals_the_conversations_its_selections_match(Rows rows)
    {
        var pairs = Variables.SelectMany((a, i) => Variables.Skip(i + 1).Select(b => (a, b))).ToList();
        ConversationGen.Many.Sample(made =>
        {
            var conversations = As(rows, made);
            var population = new Population(new TablePopulation("test-counts", "Test counts"), conversations, new DisclosurePolicy(10));
            foreach (var v in Variables)
            foreach (var s in Selections(v))
                Assert.True(conversations.Count(s.Matches) == population.Counted([s]).Count, $"{s}");
            foreach (var (a, b) in pairs)
            foreach (var sa in Selections(a))
            foreach (var sb in Selections(b))
                Assert.True(conversations.Count(c => sa.Matches(c) && sb.Matches(c)) == population.Counted([sa, sb]).Count, $"{sa} and {sb}");
        }, iter: 60);
    }
}
