namespace ChatFindings;

/// <summary>
/// A share of conversations matching a condition, among those where it is known (all, when
/// <see cref="Known"/> is null). One row of a <see cref="ShareComparison"/>.
/// </summary>
public sealed record ShareMeasure(string Label, Func<Conversation, bool> Matches, Func<Conversation, bool>? Known = null);

/// <summary>One group of conversations to compare, named for the column header.</summary>
public sealed record ComparedGroup(string Name, IReadOnlyCollection<Conversation> Conversations);

/// <summary>
/// Shares side by side for a few groups (parent cases against the rest, supportive first reactions
/// against others): one row per measure, one column per group, each cell a
/// <see cref="DisclosedShare"/> with its base, so the same disclosure rule applies as in a table.
/// </summary>
public static class ShareComparison
{
    public static NarrativeText Table(IReadOnlyList<ComparedGroup> groups, IEnumerable<ShareMeasure> measures, int minCell)
    {
        if (groups.Count == 0) throw new ArgumentException("Give at least one group to compare.", nameof(groups));
        var headers = new List<string> { Languages.Pick("Share (base: where known)", "Aandeel (basis: waar bekend)") };
        headers.AddRange(groups.Select(g => $"{Languages.Text(g.Name)} ({new DisclosedCount(g.Conversations.Count, minCell)})"));
        return NarrativeText.Table(headers, measures.Select(m => (IReadOnlyList<string>)
            [Languages.Text(m.Label), .. groups.Select(g => Cell(g, m, minCell))]));
    }

    // The header shows the group's size and the cell its base, so their difference (the unknowns)
    // is disclosed too: 36 known of 41 gives away a group of 5 as surely as a table cell would.
    private static string Cell(ComparedGroup group, ShareMeasure measure, int minCell)
    {
        var share = Share(group.Conversations, measure, minCell);
        var unknown = group.Conversations.Count - share.Denominator;
        return DisclosureRule.IsSmall(unknown, minCell) && share.Denominator > 0 ? Withheld : Cell(share);
    }

    /// <summary>The share of one group, under the threshold rule.</summary>
    public static DisclosedShare Share(IEnumerable<Conversation> group, ShareMeasure measure, int minCell) =>
        DisclosedShare.Of(group, measure.Matches, measure.Known, minCell);

    // The base goes with the share: 40% of 12 and 40% of 400 are not the same evidence.
    private static string Cell(DisclosedShare share) => share.Percent is { } p
        ? string.Create(Languages.Culture, $"{p:0}% {Languages.Pick("of", "van")} {new DisclosedCount(share.Denominator, share.MinCell)}")
        : share.Denominator == 0 ? Languages.Pick("no cases", "geen gevallen") : Withheld;

    private static string Withheld => Languages.Pick("withheld", "niet getoond");
}
