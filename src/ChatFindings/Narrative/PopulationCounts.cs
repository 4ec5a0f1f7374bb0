namespace ChatFindings;

/// <summary>
/// Counts and shares of a <see cref="Population"/> for sentences: each is an equation of the
/// population's tables (<see cref="SentenceCount"/>), shown only when, added to what those tables
/// publish, it narrows no hidden count (the audit decides), and carried to publish, which audits
/// it with every table of the population.
/// </summary>
public static class PopulationCounts
{
    /// <summary>
    /// The conversations of the population in the selected categories (none selected: the whole
    /// population), e.g. <c>f1.Count(ConversationVariables.Duration.Known())</c>; "a hidden number"
    /// when the population's margin (one variable) or two-way table (two) cannot show it.
    /// </summary>
    public static DisclosedCount Count(this Population population, params CategorySelection[] where)
    {
        ArgumentNullException.ThrowIfNull(population);
        var count = population.Counted(where);
        var shown = population.Publishes([count]);
        return new DisclosedCount(count.Count, population.Policy) { Counted = shown ? count : null, Hidden = !shown };
    }

    /// <summary>
    /// The share of the conversations within <paramref name="within"/> (the whole population when
    /// none) that are also in <paramref name="part"/>, e.g. <c>f1.Share(Ongoing.Is("true"), Ongoing.Known())</c>.
    /// A "known" selection (<see cref="CategorySelections.Known"/>) leaves out the unknown answers,
    /// whose effect the share reports. Withheld unless its counts are publishable together.
    /// </summary>
    public static DisclosedShare Share(this Population population, CategorySelection part, params CategorySelection[] within)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(part);
        return population.Share([.. within, part], within);
    }

    /// <summary>
    /// The share of the conversations in all of <paramref name="numerator"/> among those in all of
    /// <paramref name="within"/>. The order of the selections' variables is the order of the grid a
    /// population makes when none of its tables has them yet (rows first).
    /// </summary>
    internal static DisclosedShare Share(this Population population, IReadOnlyList<CategorySelection> numerator, IReadOnlyList<CategorySelection> within)
    {
        var counted = population.Counted(numerator);
        var denominator = population.Counted(within);
        var whole = population.Counted(within.Where(s => !s.IsKnown).ToArray());
        var unknown = whole.Count - denominator.Count;
        List<SentenceCount> counts = unknown > 0 ? [counted, denominator, whole] : [counted, denominator];
        var shown = population.Publishes(counts);
        return new DisclosedShare(counted.Count, denominator.Count, population.Policy, unknown) { Counted = shown ? counts : null, Hidden = !shown };
    }

    /// <summary>
    /// The share a population is of another that holds all its conversations, e.g.
    /// <c>f1.ShareOf(everyone)</c>: its counts are the two populations' totals, so it is shown only
    /// when both totals are, and carries both to publish.
    /// </summary>
    public static DisclosedShare ShareOf(this Population part, Population whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        var numerator = part.Counted([]);
        var denominator = whole.Counted([]);
        var inWhole = new ConversationSet();
        foreach (var c in whole.Members([])) inWhole.Add(c);
        if (part.Members([]).Any(c => !inWhole.Contains(c)))
            throw new ArgumentException($"'{part.Id.Id}' has conversations outside '{whole.Id.Id}': it is not a part of it.", nameof(whole));
        var shown = part.Publishes([numerator]) && whole.Publishes([denominator]);
        return new DisclosedShare(numerator.Count, denominator.Count, part.Policy) { Counted = shown ? [numerator, denominator] : null, Hidden = !shown };
    }
}
