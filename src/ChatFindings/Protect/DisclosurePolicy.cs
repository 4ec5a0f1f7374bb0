namespace ChatFindings;

/// <summary>
/// The disclosure threshold of one run, owned by the session and carried to every place that
/// decides what may be published (tables, narrative counts, shares, claims), so no second
/// default can creep in.
/// </summary>
public sealed record DisclosurePolicy
{
    // Internal: a notebook takes the run's policy from the session (study.Policy); it cannot make a laxer one.
    internal DisclosurePolicy(int minCell)
    {
        if (minCell < 1) throw new ArgumentOutOfRangeException(nameof(minCell), minCell, "The threshold must be at least 1.");
        MinCell = minCell;
    }

    /// <summary>Counts from 1 to MinCell - 1 are not published.</summary>
    public int MinCell { get; }

    public bool IsSmall(int count) => DisclosureRule.IsSmall(count, MinCell);
}
