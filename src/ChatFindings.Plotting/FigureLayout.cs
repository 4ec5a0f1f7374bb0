using Plotly.NET;
using static ChatFindings.Plotting.FigureBuilder;

namespace ChatFindings.Plotting;

/// <summary>The layout: titles, axes, legend and colours, all from the request's theme.</summary>
internal static class FigureLayout
{
    public static Layout Build(FigureRequest request, bool horizontal, IReadOnlyList<DynamicObj.DynamicObj> annotations)
    {
        var theme = request.Theme;
        var categories = request.Categories.Select(PlotlyText.Encode).ToArray();
        var categoryAxis = Dyn(
            ("title", Dyn(("text", PlotlyText.Encode(request.XAxisTitle)), ("standoff", 12))),
            ("type", "category"),
            ("categoryorder", "array"),
            ("categoryarray", categories),
            ("showgrid", false),
            ("linecolor", theme.TextColor),
            ("ticks", "outside"),
            ("automargin", true));
        if (horizontal) categoryAxis.SetProperty("autorange", "reversed"); // first category on top, as in the table
        var valueAxis = Dyn(
            ("title", Dyn(("text", PlotlyText.Encode(request.YAxisTitle)), ("standoff", 8))),
            ("rangemode", "tozero"),
            ("gridcolor", theme.GridColor),
            ("zeroline", true),
            ("zerolinecolor", theme.TextColor),
            ("separatethousands", true),
            ("automargin", true));

        var layout = new Layout();
        layout.SetProperty("title", Dyn(("text", PlotlyText.Encode(request.Title)), ("x", 0.0), ("xanchor", "left"),
            ("font", Dyn(("size", theme.FontSize * 1.25)))));
        layout.SetProperty("font", Dyn(("family", theme.FontFamily), ("size", theme.FontSize), ("color", theme.TextColor)));
        layout.SetProperty("colorway", theme.Colors.ToArray());
        layout.SetProperty("paper_bgcolor", theme.BackgroundColor);
        layout.SetProperty("plot_bgcolor", theme.BackgroundColor);
        layout.SetProperty("xaxis", horizontal ? valueAxis : categoryAxis);
        layout.SetProperty("yaxis", horizontal ? categoryAxis : valueAxis);
        layout.SetProperty("separators", request.Separators);
        layout.SetProperty("barmode", "group");
        layout.SetProperty("bargap", Gap);
        layout.SetProperty("bargroupgap", 0.0);
        layout.SetProperty("showlegend", request.Series.Count > 1);
        layout.SetProperty("legend", Dyn(("orientation", "h"), ("x", 0.0), ("xanchor", "left"), ("y", 1.0), ("yanchor", "bottom")));
        layout.SetProperty("margin", Dyn(("l", 60), ("r", 24), ("t", request.Series.Count > 1 ? 96 : 64), ("b", 56)));
        layout.SetProperty("hoverlabel", Dyn(("font", Dyn(("family", theme.FontFamily)))));
        if (annotations.Count > 0) layout.SetProperty("annotations", annotations.ToArray());
        return layout;
    }
}
