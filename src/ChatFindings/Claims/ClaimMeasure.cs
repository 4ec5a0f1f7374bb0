namespace ChatFindings;

/// <summary>
/// A value computed from the data for a claim, with the counts it was computed from. The counts
/// decide disclosure: if any of them is under the threshold, the value is not published. A share
/// keeps its numerator, base and unknowns (<see cref="Share"/>) and a difference of two shares its
/// two groups (<see cref="Difference"/>), so the claim can carry an interval; a count of the full
/// register says why it has none (<see cref="NoIntervalReason"/>).
/// </summary>
public sealed record ClaimMeasure(double? Value, IReadOnlyList<int> Counts, string Explanation)
{
    /// <summary>A share: matching cases, the base (where known), and the cases whose answer is unknown.</summary>
    public sealed record ShareCounts(int Numerator, int Denominator, int Unknown);

    /// <summary>A difference of two shares, first minus second.</summary>
    public sealed record DifferenceCounts(int Numerator1, int Denominator1, int Numerator2, int Denominator2);

    /// <summary>The claim's value against one candidate base (F2: each registered count the report may have used).</summary>
    public sealed record BaseRatio(string Name, int Base, double Ratio);

    public ShareCounts? Share { get; init; }
    public DifferenceCounts? Difference { get; init; }
    public IReadOnlyList<BaseRatio>? Bases { get; init; }
    public string? NoIntervalReason { get; init; }

    public static string FullRegister => Languages.Pick(
        "A count of every chat in the register, not an estimate from a sample, so it has no interval: the \"nearly\" rule reads it as it is.",
        "Een telling van alle chats in het register, geen schatting uit een steekproef, dus zonder interval: de regel voor \"bijna\" leest haar zoals ze is.");

    public static ClaimMeasure Count(int n, string explanation) => new(n, [n], explanation) { NoIntervalReason = FullRegister };

    /// <summary>
    /// A percentage numerator/denominator; no value when the denominator is zero. The complement
    /// (denominator - numerator) counts too: 97% of 100 discloses a group of 3 as surely as 3% does.
    /// <paramref name="unknown"/> is the number left out of the base because the answer is not known.
    /// </summary>
    public static ClaimMeasure Percentage(int numerator, int denominator, string explanation, int unknown = 0) =>
        new(denominator == 0 ? null : 100.0 * numerator / denominator,
            [numerator, denominator, denominator - numerator], explanation)
        { Share = new ShareCounts(numerator, denominator, unknown) };

    /// <summary>True when every count behind the value may be published under the threshold rule.</summary>
    public bool IsDisclosable(DisclosurePolicy policy) => !Counts.Any(policy.IsSmall);
}
