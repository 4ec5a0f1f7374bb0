using System.Text.Json;

namespace ChatFindings;

/// <summary>
/// Writes the JSON that ChatFindings.Plotting's FigureRenderer reads: the chart data plus the
/// theme from <see cref="ChartPalette"/>. Keep the property names in step with
/// src/ChatFindings.Plotting/FigureRequest.cs.
/// </summary>
internal static class FigureRequest
{
    public static string ToJson(ChartData data) => JsonSerializer.Serialize(new
    {
        kind = data.Kind switch { ChartKind.Column => "column", ChartKind.Bar => "bar", _ => "line" },
        title = data.Title,
        xAxisTitle = data.XAxisTitle,
        yAxisTitle = data.YAxisTitle,
        categories = data.Categories,
        series = data.Series.Select(s => new { name = s.Name, values = s.Values }),
        suppressedLabel = data.SuppressedLabel,
        language = Languages.Current.Code(),
        theme = new
        {
            colors = ChartPalette.Colors,
            patterns = ChartPalette.Patterns,
            fontFamily = ChartPalette.FontFamily,
            fontSize = ChartPalette.FontSize,
            textColor = ChartPalette.TextColor,
            gridColor = ChartPalette.GridColor,
            backgroundColor = ChartPalette.BackgroundColor,
        },
    });
}
