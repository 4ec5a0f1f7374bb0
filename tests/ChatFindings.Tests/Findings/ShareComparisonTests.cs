using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Findings;

public class ShareComparisonTests
{
    private static readonly ShareMeasure Accepted = new("Help accepted", c => c.HelpAccepted == true, c => c.HelpAccepted is not null);

    [Fact]
    public void Each_cell_is_the_share_among_the_known_with_its_base()
    {
        IReadOnlyCollection<Conversation> a =
        [
            .. Make.Many(30, () => Make.Conversation(helpAccepted: true)),
            .. Make.Many(10, () => Make.Conversation(helpAccepted: false)),
            .. Make.Many(15, () => Make.Conversation(helpAccepted: null)),
        ];
        IReadOnlyCollection<Conversation> b = [.. Make.Many(20, () => Make.Conversation(helpAccepted: false)), .. Make.Many(20, () => Make.Conversation(helpAccepted: true))];
        var lines = ShareComparison.Table([new("A", a), new("B", b)], [Accepted], minCell: 10).Markdown.Split('\n');
        Assert.Equal("| Share (base: where known) | A (55) | B (40) |", lines[0]);
        Assert.Equal("| Help accepted | 75% of 40 | 50% of 40 |", lines[2]);
    }

    [Fact]
    public void Small_numerators_complements_and_bases_are_withheld()
    {
        IReadOnlyCollection<Conversation> small = [.. Make.Many(5, () => Make.Conversation(helpAccepted: true))];
        IReadOnlyCollection<Conversation> lopsided = [.. Make.Many(30, () => Make.Conversation(helpAccepted: true)), Make.Conversation(helpAccepted: false)];
        var table = ShareComparison.Table([new("Small", small), new("Lopsided", lopsided), new("Empty", [])], [Accepted], minCell: 10).Markdown;
        Assert.Contains("| Small (<10) | Lopsided (31) | Empty (0) |", table);
        Assert.Contains("| Help accepted | withheld | withheld | no cases |", table);
        Assert.DoesNotContain("97%", table);
    }

    [Fact]
    public void A_small_number_of_unknowns_is_not_given_away_by_the_base()
    {
        IReadOnlyCollection<Conversation> group =
        [
            .. Make.Many(10, () => Make.Conversation(helpAccepted: true)),
            .. Make.Many(26, () => Make.Conversation(helpAccepted: false)),
            .. Make.Many(5, () => Make.Conversation(helpAccepted: null)),
        ];
        var table = ShareComparison.Table([new("Group", group)], [Accepted], minCell: 10).Markdown;
        Assert.Contains("| Group (41) |", table);
        Assert.Contains("| Help accepted | withheld |", table);
        Assert.DoesNotContain("of 36", table);
    }

    [Fact]
    public void Without_a_known_condition_the_base_is_the_whole_group()
    {
        var group = new[] { Make.Conversation(online: true), Make.Conversation(online: null), Make.Conversation(online: false), Make.Conversation(online: true) };
        var share = ShareComparison.Share(group, new ShareMeasure("Online", c => c.OnlineRecruitment == true), minCell: 1);
        Assert.Equal(2, share.Numerator);
        Assert.Equal(4, share.Denominator);
    }

    [Fact]
    public void Needs_a_group() =>
        Assert.Throws<ArgumentException>(() => ShareComparison.Table([], [Accepted], 10));
}
