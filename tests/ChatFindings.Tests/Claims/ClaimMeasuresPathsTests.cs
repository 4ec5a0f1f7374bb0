using ChatFindings.Tests.Tables;
using CsCheck;
using Xunit.Sdk;

namespace ChatFindings.Tests.Claims;

/// <summary>
/// The claim measures walk a data set's list, an array or a list by index and any other sequence through its
/// enumerator; these hold the indexed walk to the enumerated one, on generated data with years outside the study period.
/// </summary>
public sealed class ClaimMeasuresPathsTests
{
    // Every fifth conversation moved out of 2019-2023, so the period test has rows to leave out.
    private static Conversation[] WithOtherYears(Conversation[] generated) =>
        generated.Select((c, i) => i % 5 == 0 ? c with { Year = i % 10 == 0 ? 2018 : 2024 } : c).ToArray();

    private static IEnumerable<(string Name, ClaimMeasure Measure)> Measures(IEnumerable<Conversation> data) =>
    [
        ("F1", ClaimMeasures.F1(data)),
        ("F2", ClaimMeasures.F2(data, [new RegisteredBase("a", 7, false, ""), new RegisteredBase("b", 3, false, "")])),
        ("F3", ClaimMeasures.F3(data)),
        ("F4", ClaimMeasures.F4(data)),
        ("F5", ClaimMeasures.F5(data)),
        ("F6", ClaimMeasures.F6(data)),
        ("F7", ClaimMeasures.F7(data)),
    ];

    private static void AssertSameMeasures(IEnumerable<Conversation> expected, IEnumerable<Conversation> actual)
    {
        foreach (var ((name, e), (_, a)) in Measures(expected).Zip(Measures(actual)))
        {
            Assert.True(e.Counts.SequenceEqual(a.Counts), $"{name}: counts {string.Join(",", e.Counts)} <> {string.Join(",", a.Counts)}");
            Assert.True(Equals(e.Value, a.Value), $"{name}: value {e.Value} <> {a.Value}");
            Assert.Equal(e.Bases?.Select(b => b.Ratio), a.Bases?.Select(b => b.Ratio));
        }
        // The group against its definition: any sequence is copied to an array first, so both would take one path.
        Assert.Equal(expected.Where(ClaimMeasures.IsMinorVictim).Select(c => c.ConversationId), ClaimMeasures.MinorVictims(actual).Select(c => c.ConversationId));
    }

    [Fact]
    public void Measures_of_a_data_set_an_array_and_a_list_equal_those_of_the_same_rows_enumerated()
    {
        ConversationGen.Many.Sample(generated =>
        {
            var data = ConversationGen.AsDataSet(WithOtherYears(generated));
            AssertSameMeasures(ConversationGen.RowByRow(data), data);
            var subset = data.Where((_, i) => i % 3 != 1).ToArray(); // an array of the data set's own rows, as a population holds
            AssertSameMeasures(ConversationGen.RowByRow(subset), subset);
            AssertSameMeasures(ConversationGen.RowByRow(subset), subset.ToList());
            var separate = WithOtherYears(generated); // each conversation its own one-row store
            AssertSameMeasures(ConversationGen.RowByRow(separate), separate);
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void The_comparison_sees_one_conversation_changed()
    {
        var data = ConversationGen.AsDataSet([ConversationGen.Make(age: 15), ConversationGen.Make(age: 16, duration: Duration.TwoToFiveYears)]);
        var planted = data.Select((c, i) => i == 1 ? c with { Age = 18 } : c).ToArray(); // no longer a minor
        Assert.ThrowsAny<XunitException>(() => AssertSameMeasures(ConversationGen.RowByRow(data), planted));
    }

    [Fact]
    public void The_F1_group_is_in_data_order_and_may_be_walked_again()
    {
        var data = ConversationGen.AsDataSet([ConversationGen.Make(age: 12), ConversationGen.Make(age: 30), ConversationGen.Make(age: 17)]);
        var group = ClaimMeasures.MinorVictims(ConversationGen.RowByRow(data));
        Assert.Equal([data[0].ConversationId, data[2].ConversationId], group.Select(c => c.ConversationId));
        Assert.Equal(2, group.Count());
    }
}
