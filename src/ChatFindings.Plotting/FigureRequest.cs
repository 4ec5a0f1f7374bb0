using System.Text.Json.Serialization;

namespace ChatFindings.Plotting;

// The JSON shape that crosses the load-context boundary. It mirrors ChatFindings' ChartData plus
// the theme; only strings cross, so neither side shares a type with the other.

public sealed record FigureRequest(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("xAxisTitle")] string XAxisTitle,
    [property: JsonPropertyName("yAxisTitle")] string YAxisTitle,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("series")] IReadOnlyList<FigureSeries> Series,
    [property: JsonPropertyName("suppressedLabel")] string SuppressedLabel,
    [property: JsonPropertyName("theme")] FigureTheme Theme,
    [property: JsonPropertyName("language")] string? Language = null)
{
    public bool Dutch => Language == "nl";
    /// <summary>plotly's decimal and thousands separators: Dutch writes 1.380 and 12,5.</summary>
    public string Separators => Dutch ? ",." : ".,";
    public string SuppressedWord => Dutch ? "niet getoond" : "suppressed";
    public string SuppressedReason => Dutch ? "niet getoond om kleine groepen te beschermen" : "suppressed to protect small groups";
    public string Number(double value) => PlotlyText.Number(value, Dutch);
}

public sealed record FigureSeries(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("values")] IReadOnlyList<double?> Values);

public sealed record FigureTheme(
    [property: JsonPropertyName("colors")] IReadOnlyList<string> Colors,
    [property: JsonPropertyName("patterns")] IReadOnlyList<string> Patterns,
    [property: JsonPropertyName("fontFamily")] string FontFamily,
    [property: JsonPropertyName("fontSize")] double FontSize,
    [property: JsonPropertyName("textColor")] string TextColor,
    [property: JsonPropertyName("gridColor")] string GridColor,
    [property: JsonPropertyName("backgroundColor")] string BackgroundColor);
