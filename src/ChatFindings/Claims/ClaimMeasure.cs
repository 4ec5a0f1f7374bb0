namespace ChatFindings;

/// <summary>
/// A value computed from the data for a claim, with the counts it was computed from. The counts
/// decide disclosure: if any of them is under the threshold, the value is not published.
/// </summary>
public sealed record ClaimMeasure(double? Value, IReadOnlyList<int> Counts, string Explanation)
{
    public static ClaimMeasure Count(int n, string explanation) => new(n, [n], explanation);

    /// <summary>
    /// A percentage numerator/denominator; no value when the denominator is zero. The complement
    /// (denominator - numerator) counts too: 97% of 100 discloses a group of 3 as surely as 3% does.
    /// </summary>
    public static ClaimMeasure Percentage(int numerator, int denominator, string explanation) =>
        new(denominator == 0 ? null : 100.0 * numerator / denominator,
            [numerator, denominator, denominator - numerator], explanation);

    /// <summary>True when every count behind the value may be published under the threshold rule.</summary>
    public bool IsDisclosable(int minCell) => !Counts.Any(c => DisclosureRule.IsSmall(c, minCell));
}
