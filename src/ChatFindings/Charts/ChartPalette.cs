namespace ChatFindings;

/// <summary>
/// The one chart theme: the Okabe–Ito colours (safe for the common colour-vision deficiencies),
/// ordered so neighbouring series also differ in lightness, plus a fill pattern per series so
/// bars stay distinguishable in greyscale print. System fonts only: pages load no web fonts.
/// </summary>
internal static class ChartPalette
{
    public static IReadOnlyList<string> Colors { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];

    /// <summary>plotly bar pattern shapes, one per series in the order of <see cref="Colors"/>.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["", "/", ".", "x", "\\", "+", "-", "|"];

    public const string FontFamily =
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif";

    public const double FontSize = 13;
    public const string TextColor = "#1a1a1a";
    public const string GridColor = "#d9d9d9";
    public const string BackgroundColor = "#ffffff";
}
