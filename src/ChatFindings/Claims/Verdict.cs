namespace ChatFindings;

/// <summary>What the data say about a claim of the report.</summary>
public enum Verdict
{
    /// <summary>The value (its whole 95% interval, where it has one) meets the published figure.</summary>
    BorneOut,
    /// <summary>The value (its whole 95% interval, where it has one) misses the published figure.</summary>
    NotBorneOut,
    /// <summary>The interval reaches both sides of the figure, or the figure's own base is unknown (F2).</summary>
    Inconclusive,
    /// <summary>No published figure to compare with, or the value is withheld or cannot be computed.</summary>
    NotAssessed,
}

public static class VerdictText
{
    /// <summary>The code findings.json carries: borne_out, not_borne_out, inconclusive, not_assessed.</summary>
    public static string Code(this Verdict v) => v switch
    {
        Verdict.BorneOut => "borne_out",
        Verdict.NotBorneOut => "not_borne_out",
        Verdict.Inconclusive => "inconclusive",
        _ => "not_assessed",
    };

    /// <summary>The English words a page shows.</summary>
    public static string Words(this Verdict v) => v.Code().Replace('_', ' ');

    /// <summary>The words in the current language (docs/glossary.md has the Dutch).</summary>
    public static string Shown(this Verdict v) => Languages.Current != Language.Dutch ? v.Words() : v switch
    {
        Verdict.BorneOut => "bevestigd",
        Verdict.NotBorneOut => "niet bevestigd",
        Verdict.Inconclusive => "onbeslist",
        _ => "niet beoordeeld",
    };

    /// <summary>findings.json's <c>holds</c>: true only when borne out, false only when not, else null.</summary>
    public static bool? Holds(this Verdict v) => v switch
    {
        Verdict.BorneOut => true,
        Verdict.NotBorneOut => false,
        _ => null,
    };
}
