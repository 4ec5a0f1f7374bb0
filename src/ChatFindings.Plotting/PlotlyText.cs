namespace ChatFindings.Plotting;

/// <summary>
/// plotly.js reads titles, tick labels, hover text and annotations as pseudo-HTML, so a label
/// such as "&lt;10" or "A &amp; B" from the data must reach it entity-encoded or it is taken for markup.
/// </summary>
internal static class PlotlyText
{
    public static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Number(double value) =>
        value.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture);
}
