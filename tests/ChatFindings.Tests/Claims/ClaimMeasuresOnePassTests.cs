using ChatFindings.Tests.Tables;
using CsCheck;

namespace ChatFindings.Tests.Claims;

/// <summary>
/// The claim measures count in one pass; these hold them to the definitions written as filtered lists
/// (the groups, those with a known answer, those answering yes), on generated data.
/// </summary>
public sealed class ClaimMeasuresOnePassTests
{
    private static void AssertShare(ClaimMeasure measure, List<Conversation> group, Func<Conversation, bool?> answer)
    {
        var known = group.Where(c => answer(c) is not null).ToList();
        var expected = ClaimMeasure.Percentage(known.Count(c => answer(c) == true), known.Count, measure.Explanation, group.Count - known.Count);
        Assert.Equal(expected.Value, measure.Value);
        Assert.Equal(expected.Counts, measure.Counts);
        Assert.Equal(expected.Share, measure.Share);
    }

    [Fact]
    public void Shares_and_the_difference_equal_their_list_definitions()
    {
        ConversationGen.Many.Sample(data =>
        {
            var minors = data.Where(ClaimMeasures.IsMinorVictim).ToList();
            AssertShare(ClaimMeasures.F3(data), minors, c => c.Duration is null ? null : c.Duration >= Duration.OneToTwoYears);
            AssertShare(ClaimMeasures.F4(data), minors, c => c.OnlineRecruitment);
            AssertShare(ClaimMeasures.F6(data), data.Where(c => StudyPeriod.Contains(c.Year) && ClaimMeasures.IsSexualExploitation(c)).ToList(), c => c.ClientsInvolved);

            var known = data.Where(c => StudyPeriod.Contains(c.Year) && c.FirstReaction is not null && c.HelpAccepted is not null).ToList();
            var supportive = known.Where(c => c.FirstReaction == Reaction.Supportive).ToList();
            var other = known.Where(c => c.FirstReaction != Reaction.Supportive).ToList();
            int s = supportive.Count(c => c.HelpAccepted == true), o = other.Count(c => c.HelpAccepted == true);
            var f7 = ClaimMeasures.F7(data);
            Assert.Equal([s, supportive.Count - s, o, other.Count - o], f7.Counts);
            Assert.Equal(supportive.Count == 0 || other.Count == 0 ? null : 100.0 * s / supportive.Count - 100.0 * o / other.Count, f7.Value);
        }, iter: 200, threads: 1);
    }
}
