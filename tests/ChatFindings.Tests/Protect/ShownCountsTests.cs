using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Protect;

/// <summary>
/// A population checks each sentence count together with those it showed before: two counts can
/// each leave every hidden cell wide and together narrow one. And a table made after sentences
/// counted its variables the other way round hides what they were checked against.
/// </summary>
public class ShownCountsTests
{
    private static readonly DisclosurePolicy Policy = new(10);
    private static readonly TablePopulation Id = new("test-group", "Test group");

    // Year by duration with small cells spread over rows and columns, so the table hides several
    // cells and more than one count of them can be shown alone.
    private static readonly int[,] Counts =
    {
        { 3, 25, 14, 6 },
        { 30, 4, 22, 12 },
        { 18, 20, 5, 40 },
        { 7, 35, 16, 2 },
        { 26, 8, 33, 19 },
    };

    private static readonly string[] Durations = ["lt_1y", "1_2y", "2_5y", "5y_plus"];

    private static Population Group() => new(Id, Conversations(Counts), Policy);

    /// <summary>Conversations of 2019-2023 (rows) by duration (columns), as many as each cell says.</summary>
    private static List<Conversation> Conversations(int[,] counts)
    {
        var conversations = new List<Conversation>();
        for (var y = 0; y < counts.GetLength(0); y++)
            for (var d = 0; d < counts.GetLength(1); d++)
                conversations.AddRange(Make.Many(counts[y, d], () => Make.Conversation(year: 2019 + y, duration: (Duration)d)));
        return conversations;
    }

    private static IEnumerable<CategorySelection[]> Selections() =>
        from y in Enumerable.Range(2019, 5)
        from pair in Durations.SelectMany((a, i) => Durations.Skip(i).Select(b => a == b ? new[] { a } : [a, b]))
        select new[] { ConversationVariables.Year.Is(y.ToString()), ConversationVariables.Duration.Is(pair) };

    [Fact]
    public void Two_counts_shown_alone_are_shown_together_only_when_together_they_narrow_nothing()
    {
        var alone = Selections().Where(s => !Group().Count(s).IsWithheld).Take(14).ToList();
        Assert.True(alone.Count >= 2, "the data should let some counts of hidden cells be shown alone");
        var withheldTogether = 0;
        for (var i = 0; i < alone.Count; i++)
            for (var j = i + 1; j < alone.Count; j++)
            {
                var group = Group();
                var table = PublishedTable.Of(group.Table("t", "Year by duration", ConversationVariables.Year, ConversationVariables.Duration), "t");
                var first = group.Count(alone[i]);
                var second = group.Count(alone[j]);
                Assert.False(first.IsWithheld);
                var both = new[] { first.Counted, second.Counted }.OfType<SentenceCount>().Select(c => new PublishedSentence("a sentence", c));
                // Whatever the population shows passes the audit with its table.
                Assert.True(SuppressionAudit.CheckLinked([table], both).All(r => r.Passed));
                if (second.IsWithheld) withheldTogether++;
            }
        Assert.True(withheldTogether > 0, "some pair of counts shown alone should narrow a hidden cell together");
    }

    // Protected as year by duration and as duration by year, this table hides different cells.
    private static readonly int[,] Oriented =
    {
        { 34, 27, 5, 24 },
        { 19, 4, 25, 12 },
        { 39, 20, 35, 12 },
        { 26, 31, 14, 4 },
        { 8, 33, 4, 38 },
    };

    [Fact]
    public void A_table_made_after_sentences_hides_what_they_were_checked_against()
    {
        var conversations = Conversations(Oriented);
        var failures = 0;
        foreach (var d in Durations)
            for (var y = 2019; y <= 2023; y++)
            {
                var group = new Population(Id, conversations, Policy);
                // The sentence's grid is duration by year (its first variable first): no table of them yet.
                var shown = group.Count(ConversationVariables.Duration.Is(d), ConversationVariables.Year.Is(y.ToString()));
                var table = group.Table("t", "Year by duration", ConversationVariables.Year, ConversationVariables.Duration);
                if (shown.Counted is { } c && !SuppressionAudit.CheckLinked([PublishedTable.Of(table, "t")], [new PublishedSentence("a sentence", c)]).All(r => r.Passed))
                    failures++;
            }
        Assert.Equal(0, failures);
    }
}
