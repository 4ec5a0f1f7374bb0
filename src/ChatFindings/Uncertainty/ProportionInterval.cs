namespace ChatFindings;

/// <summary>
/// A confidence interval for a proportion or a difference of proportions, on the 0–1 scale, with
/// its level and the name of the method that made it (findings.json records both).
/// </summary>
public sealed record ProportionInterval(double Low, double High, double Level, string Method)
{
    public const double DefaultLevel = 0.95;

    /// <summary>"95% CI 36–46%" (Dutch "95%-BI 36–46%"): percent, no decimals, as printed beside a share.</summary>
    public string ShareText() => string.Create(Languages.Culture,
        $"{LevelText} {100 * Low:0}–{100 * High:0}%");

    /// <summary>"95% CI −3 to +12 points" (Dutch "95%-BI −3 tot +12 procentpunten"): a difference, in percentage points.</summary>
    public string DifferenceText() => string.Create(Languages.Culture,
        $"{LevelText} {100 * Low:+0;−0;0} {Languages.Pick("to", "tot")} {100 * High:+0;−0;0} {Languages.Pick("points", "procentpunten")}");

    // "BI" is the Dutch abbreviation of betrouwbaarheidsinterval (confidence interval).
    private string LevelText => string.Create(Languages.Culture, $"{100 * Level:0.#}%") + Languages.Pick(" CI", "-BI");
}
