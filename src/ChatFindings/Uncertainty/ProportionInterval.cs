using System.Globalization;

namespace ChatFindings;

/// <summary>
/// A confidence interval for a proportion or a difference of proportions, on the 0–1 scale, with
/// its level and the name of the method that made it (findings.json records both).
/// </summary>
public sealed record ProportionInterval(double Low, double High, double Level, string Method)
{
    public const double DefaultLevel = 0.95;

    /// <summary>"95% CI 36–46%": percent, no decimals, as printed beside a share.</summary>
    public string ShareText() => string.Create(CultureInfo.InvariantCulture,
        $"{LevelText} CI {100 * Low:0}–{100 * High:0}%");

    /// <summary>"95% CI −3 to +12 points": a difference, in percentage points.</summary>
    public string DifferenceText() => string.Create(CultureInfo.InvariantCulture,
        $"{LevelText} CI {100 * Low:+0;−0;0} to {100 * High:+0;−0;0} points");

    private string LevelText => string.Create(CultureInfo.InvariantCulture, $"{100 * Level:0.#}%");
}
