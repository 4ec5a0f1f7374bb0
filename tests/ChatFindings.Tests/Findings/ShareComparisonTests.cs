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
        var lines = ShareComparison.Table([new("A", a), new("B", b)], [Accepted], new DisclosurePolicy(10)).Markdown.Split('\n');
        Assert.Equal("| Share (95% CI), base: where known | A (55) | B (40) | Difference, A − B (95% CI) | p (Fisher's exact) | p, Holm-adjusted |", lines[0]);
        Assert.StartsWith("| Help accepted | 75% (95% CI 60–86%; 55–82% had every unknown been no or yes) of 40 | 50% (95% CI 35–65%) of 40 | +25 points (95% CI ", lines[2]);
    }

    [Fact]
    public void Small_numerators_complements_and_bases_are_withheld()
    {
        IReadOnlyCollection<Conversation> small = [.. Make.Many(5, () => Make.Conversation(helpAccepted: true))];
        IReadOnlyCollection<Conversation> lopsided = [.. Make.Many(30, () => Make.Conversation(helpAccepted: true)), Make.Conversation(helpAccepted: false)];
        var table = ShareComparison.Table([new("Small", small), new("Lopsided", lopsided), new("Empty", [])], [Accepted], new DisclosurePolicy(10)).Markdown;
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
        var table = ShareComparison.Table([new("Group", group)], [Accepted], new DisclosurePolicy(10)).Markdown;
        Assert.Contains("| Group (41) |", table);
        Assert.Contains("| Help accepted | withheld |", table);
        Assert.DoesNotContain("of 36", table);
    }

    [Fact]
    public void Without_a_known_condition_the_base_is_the_whole_group()
    {
        var group = new[] { Make.Conversation(online: true), Make.Conversation(online: null), Make.Conversation(online: false), Make.Conversation(online: true) };
        var share = ShareComparison.Share(group, new ShareMeasure("Online", c => c.OnlineRecruitment == true), new DisclosurePolicy(1));
        Assert.Equal(2, share.Numerator);
        Assert.Equal(4, share.Denominator);
    }

    [Fact]
    public void Needs_a_group() =>
        Assert.Throws<ArgumentException>(() => ShareComparison.Table([], [Accepted], new DisclosurePolicy(10)));

    [Fact]
    public void Several_rows_are_tested_and_adjusted_together_by_Holm()
    {
        IReadOnlyCollection<Conversation> a = [.. Make.Many(30, () => Make.Conversation(helpAccepted: true, ongoing: true)), .. Make.Many(10, () => Make.Conversation(helpAccepted: false, ongoing: false))];
        IReadOnlyCollection<Conversation> b = [.. Make.Many(12, () => Make.Conversation(helpAccepted: true, ongoing: true)), .. Make.Many(28, () => Make.Conversation(helpAccepted: false, ongoing: false))];
        var ongoing = new ShareMeasure("Ongoing", c => c.Ongoing == true, c => c.Ongoing is not null);
        var table = ShareComparison.Table([new("A", a), new("B", b)], [Accepted, ongoing], new DisclosurePolicy(10)).Markdown;
        Assert.Contains("p-values adjusted for 2 comparisons by Holm's method", table);
        Assert.Contains("higher", new ShareDifference(ShareComparison.Share(a, Accepted, new(10)), ShareComparison.Share(b, Accepted, new(10))).Word.ToString());
    }

    [Fact]
    public void Overlapping_groups_must_be_marked_untested()
    {
        var shared = Make.Conversation(helpAccepted: true);
        IReadOnlyCollection<Conversation> a = [shared], all = [shared, Make.Conversation(helpAccepted: false)];
        Assert.Throws<ArgumentException>(() => ShareComparison.Table([new("A", a), new("All", all)], [Accepted], new DisclosurePolicy(1)));
        var table = ShareComparison.Table([new("A", a), new("All", all, Tested: false)], [Accepted], new DisclosurePolicy(1)).Markdown;
        Assert.DoesNotContain("Holm", table);
    }

    [Fact]
    public void A_row_with_a_withheld_share_is_not_tested()
    {
        IReadOnlyCollection<Conversation> a = [.. Make.Many(30, () => Make.Conversation(helpAccepted: true)), .. Make.Many(3, () => Make.Conversation(helpAccepted: false))];
        IReadOnlyCollection<Conversation> b = [.. Make.Many(20, () => Make.Conversation(helpAccepted: true)), .. Make.Many(20, () => Make.Conversation(helpAccepted: false))];
        var table = ShareComparison.Table([new("A", a), new("B", b)], [Accepted], new DisclosurePolicy(10)).Markdown;
        Assert.Contains("| Help accepted | withheld | 50% (95% CI 35–65%) of 40 | – | – | – |", table);
        Assert.Contains("No row could be tested", table);
    }
}
