namespace ChatFindings;

/// <summary>How a published figure is compared with the value computed from the data.</summary>
public enum ClaimComparison
{
    /// <summary>"Nearly N" ("bijna"): at least 90% of N and not above N.</summary>
    Nearly,
    /// <summary>"About N" ("ongeveer"): within 10% of N either way.</summary>
    About,
    /// <summary>"More than N" ("ruim", "meer dan"): strictly above N.</summary>
    MoreThan,
    /// <summary>A direction without a figure ("very decisive"): the computed difference is above zero.</summary>
    Higher,
    /// <summary>The report gives no figure: the value is shown for context and cannot hold or fail.</summary>
    NoPublishedFigure,
}

public static class ClaimComparisonRules
{
    // The tolerance of "nearly" and "about". Journalistic roundings ("nearly 600") are read as
    // within a tenth of the figure; a wider band would let almost any value pass.
    public const double Tolerance = 0.10;

    /// <summary>Whether a point value bears out the published one; null when it cannot be judged.</summary>
    public static bool? Holds(this ClaimComparison comparison, double? published, double? computed) =>
        computed is { } x ? comparison.Judge(published, x, x) switch
        {
            Verdict.BorneOut => true,
            Verdict.NotBorneOut => false,
            _ => null,
        } : null;

    /// <summary>
    /// The verdict for a value known to lie between <paramref name="low"/> and <paramref name="high"/>
    /// (its 95% interval; both equal to the value for a count of the full register): borne out when
    /// the whole range meets the figure, not borne out when none of it does, otherwise inconclusive.
    /// </summary>
    public static Verdict Judge(this ClaimComparison comparison, double? published, double low, double high)
    {
        var band = comparison switch
        {
            ClaimComparison.Nearly when published is { } n => (Low: n * (1 - Tolerance), High: n, OpenLow: false),
            ClaimComparison.About when published is { } n => (Low: n * (1 - Tolerance), High: n * (1 + Tolerance), OpenLow: false),
            ClaimComparison.MoreThan when published is { } n => (Low: n, High: double.PositiveInfinity, OpenLow: true),
            ClaimComparison.Higher => (Low: 0.0, High: double.PositiveInfinity, OpenLow: true),
            _ => ((double Low, double High, bool OpenLow)?)null,
        };
        if (band is not { } b) return Verdict.NotAssessed;
        bool Inside(double x) => (b.OpenLow ? x > b.Low : x >= b.Low) && x <= b.High;
        if (Inside(low) && Inside(high)) return Verdict.BorneOut;
        if (high < b.Low || (b.OpenLow && high <= b.Low) || low > b.High) return Verdict.NotBorneOut;
        return Verdict.Inconclusive;
    }

    /// <summary>The word in the current language, for pages (findings.json keeps <see cref="Word"/>).</summary>
    public static string Shown(this ClaimComparison comparison) => Languages.Current != Language.Dutch ? comparison.Word() : comparison switch
    {
        ClaimComparison.Nearly => "bijna",
        ClaimComparison.About => "ongeveer",
        ClaimComparison.MoreThan => "meer dan",
        ClaimComparison.Higher => "hoger",
        _ => "geen gepubliceerd cijfer",
    };

    /// <summary>The comparison as it reads before the figure in a sentence: "more than 50%", "above 0" (not "higher 0").</summary>
    public static string BeforeFigure(this ClaimComparison comparison) =>
        comparison == ClaimComparison.Higher ? "above" : comparison.Word();

    /// <summary>The word used in findings.json and on pages.</summary>
    public static string Word(this ClaimComparison comparison) => comparison switch
    {
        ClaimComparison.Nearly => "nearly",
        ClaimComparison.About => "about",
        ClaimComparison.MoreThan => "more than",
        ClaimComparison.Higher => "higher",
        _ => "no published figure",
    };
}
