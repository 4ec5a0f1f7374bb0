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

    public static string Number(double value, bool dutch = false)
    {
        var text = value.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture);
        // Dutch swaps the separators: 1,380.5 becomes 1.380,5.
        return dutch ? string.Concat(text.Select(c => c switch { ',' => '.', '.' => ',', _ => c })) : text;
    }
}
