using System.Globalization;

namespace ChatFindings;

/// <summary>
/// A share of conversations matching a condition, among those where it is known (all, when
/// <see cref="Known"/> is null). One row of a <see cref="ShareComparison"/> of conversation lists,
/// which no population audits: internal, for tests of the statistics only.
/// </summary>
internal sealed record ShareMeasure(string Label, Func<Conversation, bool> Matches, Func<Conversation, bool>? Known = null);

/// <summary>
/// One group of conversations to compare, named for the column header. A group that overlaps the
/// others (all cases beside minors and adults) is shown for context with <paramref name="Tested"/>
/// false and left out of the test, which needs separate groups.
/// </summary>
internal sealed record ComparedGroup(string Name, IReadOnlyCollection<Conversation> Conversations, bool Tested = true);

/// <summary>
/// One group of a population to compare: the conversations of <paramref name="Population"/> in
/// the categories <paramref name="Where"/> (all of them when null), e.g. the F1 group's sexual cases.
/// </summary>
public sealed record PopulationGroup(string Name, Population Population, CategorySelection? Where = null, bool Tested = true);

/// <summary>
/// A share as categories of a population: the conversations in <paramref name="Part"/> among those
/// in <paramref name="Known"/> (all, when null). One row of a <see cref="ShareComparison"/> of
/// <see cref="PopulationGroup"/>s.
/// </summary>
public sealed record PopulationMeasure(string Label, CategorySelection Part, CategorySelection? Known = null);

/// <summary>
/// Shares side by side for a few groups (parent cases against the rest, supportive first reactions
/// against others): one row per measure, one column per group, each cell a
/// <see cref="DisclosedShare"/> with its 95% interval and base, so the same disclosure rule applies
/// as in a table. Each row whose tested groups are all shown gets a test: for two groups the
/// difference with its Newcombe interval and Fisher's exact p; for more, Pearson's chi-square
/// (Monte Carlo p when an expected count is under 5) with Cramér's V. The p-values of the rows are
/// adjusted together by Holm's method, and the note under the table says for how many.
/// </summary>
public static class ShareComparison
{
    /// <summary>
    /// Shares of groups of populations (<see cref="PopulationGroup"/>): every group size, share and
    /// base is a count of its population (<see cref="PopulationCounts"/>), shown only when the audit
    /// of the population's tables allows it, and carried to publish, which audits it with them.
    /// </summary>
    public static NarrativeText Table(IReadOnlyList<PopulationGroup> groups, IEnumerable<PopulationMeasure> measures)
    {
        var listed = measures.ToList();
        if (groups.Count == 0) throw new ArgumentException("Give at least one group to compare.", nameof(groups));
        return Table(groups.Select(g => new Compared(g.Name, g.Tested, g.Population.Count(Within(g)), g.Population.Members(Within(g)),
                i => g.Population.Share([listed[i].Part, .. Within(g)], [.. Known(listed[i]), .. Within(g)]))).ToList(),
            listed.Select(m => m.Label).ToList(), groups[0].Population.Policy);
    }

    private static CategorySelection[] Within(PopulationGroup group) => group.Where is { } w ? [w] : [];

    // The measure's variable first: a grid the population makes for these counts is "measure by
    // group", as the notebooks' tables of the same variables are.
    private static CategorySelection[] Known(PopulationMeasure measure) => measure.Known is { } k ? [k] : [];

    /// <summary>
    /// Shares of groups given as conversations: counts no population's audit sees, so only the
    /// threshold rule protects them. Internal: notebooks compare groups of a population, so that
    /// their counts are audited (a list category's complement too: <see cref="CategorySelections.IsNot"/>).
    /// </summary>
    internal static NarrativeText Table(IReadOnlyList<ComparedGroup> groups, IEnumerable<ShareMeasure> measures, DisclosurePolicy policy)
    {
        var listed = measures.ToList();
        return Table(groups.Select(g => new Compared(g.Name, g.Tested, new DisclosedCount(g.Conversations.Count, policy), g.Conversations,
                i => Share(g.Conversations, listed[i], policy))).ToList(),
            listed.Select(m => m.Label).ToList(), policy);
    }

    /// <summary>The share of one group of conversations, under the threshold rule only.</summary>
    internal static DisclosedShare Share(IEnumerable<Conversation> group, ShareMeasure measure, DisclosurePolicy policy) =>
        DisclosedShare.Of(group, measure.Matches, measure.Known, policy);

    /// <summary>A group as the table shows it: its size, its members (to check that tested groups are separate) and its share of each measure.</summary>
    private sealed record Compared(string Name, bool Tested, DisclosedCount Size, IEnumerable<Conversation> Members, Func<int, DisclosedShare> ShareOf);

    private static NarrativeText Table(IReadOnlyList<Compared> groups, IReadOnlyList<string> labels, DisclosurePolicy policy)
    {
        if (groups.Count == 0) throw new ArgumentException("Give at least one group to compare.", nameof(groups));
        var tested = groups.Where(g => g.Tested).ToList();
        RequireSeparate(tested);
        var equations = new List<SentenceCount>();
        var rows = labels.Select((label, i) => Row(groups, tested, label, groups.ToDictionary(g => g, g => g.ShareOf(i)), policy, equations)).ToList();

        var headers = new List<string> { Languages.Pick("Share (95% CI), base: where known", "Aandeel (95%-BI), basis: waar bekend") };
        headers.AddRange(groups.Select(g => $"{Languages.Text(g.Name)} ({g.Size})"));
        equations.AddRange(groups.SelectMany(g => ((IPopulationEquations)g.Size).Equations));
        var pairwise = tested.Count == 2;
        if (tested.Count >= 2)
            headers.AddRange(pairwise
                ? [Languages.Pick($"Difference, {tested[0].Name} − {tested[1].Name} (95% CI)",
                      $"Verschil, {Languages.Text(tested[0].Name)} − {Languages.Text(tested[1].Name)} (95%-BI)"),
                   Languages.Pick("p (Fisher's exact)", "p (exacte toets van Fisher)")]
                : ["Cramér's V", Languages.Pick("p (chi-square)", "p (chikwadraattoets)")]);
        var testedRows = rows.Where(r => r.P is not null).ToList();
        var adjusted = HolmAdjustment.Adjust(testedRows.Select(r => r.P!.Value).ToList());
        if (tested.Count >= 2) headers.Add(Languages.Pick("p, Holm-adjusted", "p, gecorrigeerd volgens Holm"));

        var table = NarrativeText.Table(headers, rows.Select(r =>
        {
            var cells = new List<string> { Languages.Text(r.Label) };
            cells.AddRange(r.Cells);
            if (tested.Count >= 2)
            {
                cells.Add(r.Effect ?? "–");
                cells.Add(r.P is { } p ? PText(p) : "–");
                var i = testedRows.IndexOf(r);
                cells.Add(i >= 0 ? PText(adjusted[i]) : "–");
            }
            return (IReadOnlyList<string>)cells;
        }));
        var text = tested.Count < 2 ? table : new NarrativeText(table.Markdown + "\n\n" + Note(testedRows.Count, pairwise, rows.Any(r => r.Method?.Contains("Monte Carlo") == true)));
        return text.With(equations);
    }

    private sealed record ComparedRow(string Label, IReadOnlyList<string> Cells, string? Effect, double? P, string? Method);

    private static ComparedRow Row(IReadOnlyList<Compared> groups, IReadOnlyList<Compared> tested, string label, Dictionary<Compared, DisclosedShare> shares,
        DisclosurePolicy policy, List<SentenceCount> equations)
    {
        var cells = groups.Select(g => Cell(g, shares[g], policy)).ToList();
        // A cell shown shows its share's counts: they go to the audit with the population's tables.
        equations.AddRange(groups.Where(g => IsShown(g, shares[g], policy)).SelectMany(g => ((IPopulationEquations)shares[g]).Equations));
        // A test only from shown counts: every tested group's cell must be published.
        if (tested.Count < 2 || tested.Any(g => !IsShown(g, shares[g], policy)))
            return new ComparedRow(label, cells, null, null, null);
        if (tested.Count == 2)
        {
            DisclosedShare a = shares[tested[0]], b = shares[tested[1]];
            var p = FisherExactTest.TwoSided(a.Numerator, a.Denominator - a.Numerator, b.Numerator, b.Denominator - b.Numerator);
            return new ComparedRow(label, cells, new ShareDifference(a, b).ToString(), p, "Fisher");
        }
        var counts = new int[tested.Count, 2];
        for (var i = 0; i < tested.Count; i++)
        {
            counts[i, 0] = shares[tested[i]].Numerator;
            counts[i, 1] = shares[tested[i]].Denominator - shares[tested[i]].Numerator;
        }
        if (Enumerable.Range(0, 2).Any(j => Enumerable.Range(0, tested.Count).All(i => counts[i, j] == 0)))
            return new ComparedRow(label, cells, null, null, null);   // all yes or all no: nothing to test
        var test = ChiSquareTest.Of(counts);
        return new ComparedRow(label, cells, test.CramersV.ToString("0.00", Languages.Culture), test.PValue, test.Method);
    }

    // The header shows the group's size and the cell its base, so their difference (the unknowns)
    // is disclosed too: 36 known of 41 gives away a group of 5 as surely as a table cell would.
    private static bool IsShown(Compared group, DisclosedShare share, DisclosurePolicy policy) =>
        !share.IsWithheld && !group.Size.IsWithheld && !policy.IsSmall(group.Size.Value - share.Denominator);

    private static string Cell(Compared group, DisclosedShare share, DisclosurePolicy policy) =>
        share.Denominator == 0 ? Languages.Pick("no cases", "geen gevallen")
        : !IsShown(group, share, policy) ? Languages.Pick("withheld", "niet getoond")
        // The base goes with the share: 40% of 12 and 40% of 400 are not the same evidence.
        : $"{share} {Languages.Pick("of", "van")} {new DisclosedCount(share.Denominator, policy)}";

    private static string PText(double p) => p < 0.001 ? (0.001).ToString("<0.000", Languages.Culture) : p.ToString("0.000", Languages.Culture);

    private static string Note(int tests, bool pairwise, bool monteCarlo)
    {
        var replicates = ChiSquareTest.Replicates.ToString("N0", Languages.Culture);
        var method = pairwise
            ? Languages.Pick("Difference: Newcombe's hybrid score interval; p: Fisher's exact test, two-sided.",
                "Verschil: hybride score-interval van Newcombe; p: exacte toets van Fisher, tweezijdig.")
            : Languages.Pick("Effect size: Cramér's V; p: Pearson's chi-square test", "Effectgrootte: Cramérs V; p: chikwadraattoets van Pearson")
                + (monteCarlo ? Languages.Pick($", by Monte Carlo ({replicates} tables) where an expected count is under 5.",
                    $", met Monte Carlo ({replicates} tabellen) waar een verwacht aantal onder 5 ligt.") : ".");
        var adjustment = tests switch
        {
            0 => Languages.Pick("No row could be tested: a share in every row is withheld.", "Geen rij kon worden getoetst: in elke rij is een aandeel niet getoond."),
            1 => Languages.Pick("One comparison, so Holm's adjustment leaves its p-value as it is.", "Eén vergelijking, dus de correctie volgens Holm laat de p-waarde zoals ze is."),
            _ => Languages.Pick($"p-values adjusted for {tests} comparisons by Holm's method.", $"p-waarden gecorrigeerd voor {tests} vergelijkingen volgens de methode van Holm."),
        };
        return Languages.Pick(
            $"*Shares with their 95% Wilson score interval and, where answers are unknown, the share of the whole group had every unknown been no or yes. {method} {adjustment} A row is tested only when all its shares are shown.*",
            $"*Aandelen met hun 95%-betrouwbaarheidsinterval (Wilson-score) en, waar antwoorden onbekend zijn, het aandeel van de hele groep als elk onbekend antwoord nee of ja was geweest. {method} {adjustment} Een rij wordt alleen getoetst als al haar aandelen getoond worden.*");
    }

    private static void RequireSeparate(IReadOnlyList<Compared> tested)
    {
        var seen = new ConversationSet();
        foreach (var g in tested)
            foreach (var c in g.Members)
                if (!seen.Add(c))
                    throw new ArgumentException($"The group '{g.Name}' shares conversations with another tested group; mark an overlapping group Tested: false.", nameof(tested));
    }
}
