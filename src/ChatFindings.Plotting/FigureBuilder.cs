using Plotly.NET;

namespace ChatFindings.Plotting;

/// <summary>
/// Builds the Plotly.NET chart for a request. Traces and layout are set through Plotly.NET's
/// dynamic object model because a suppressed value must be a JSON null (a gap), which the typed
/// Chart.Column/Bar/Line helpers cannot express (their values must be IConvertible).
/// </summary>
internal static class FigureBuilder
{
    // Fixed so the position of each bar in a group is known and a suppressed bar's label can sit in its slot.
    private const double BarGap = 0.2;

    public static GenericChart Build(FigureRequest request)
    {
        Validate(request);
        var horizontal = request.Kind == "bar";
        var charts = request.Series.Select((series, i) =>
            GenericChart.ofTraceObject(false, SeriesTrace(request, series, i))).ToList();
        var chart = Chart.combine(charts);
        return Chart.withLayout(FigureLayout.Build(request, horizontal, SuppressedMarks(request, horizontal))).Invoke(chart);
    }

    private static void Validate(FigureRequest request)
    {
        if (request.Kind is not ("column" or "bar" or "line"))
            throw new ArgumentException($"chart kind '{request.Kind}' is not one of column, bar, line");
        if (request.Series.Count == 0) throw new ArgumentException($"chart '{request.Title}' has no series");
        foreach (var s in request.Series)
            if (s.Values.Count != request.Categories.Count)
                throw new ArgumentException($"chart '{request.Title}': series '{s.Name}' has {s.Values.Count} values for {request.Categories.Count} categories");
    }

    private static Trace2D SeriesTrace(FigureRequest request, FigureSeries series, int index)
    {
        var theme = request.Theme;
        var color = theme.Colors[index % theme.Colors.Count];
        var categories = request.Categories.Select(PlotlyText.Encode).ToArray();
        // Boxed so a suppressed value serialises as null: plotly draws nothing there.
        var values = series.Values.Select(v => v is { } d ? (object)d : null).ToArray();
        var hover = series.Values.Select((v, j) =>
            $"{PlotlyText.Encode(series.Name)}<br>{categories[j]}: " +
            (v is { } d ? request.Number(d) : $"{PlotlyText.Encode(request.SuppressedLabel)} ({request.SuppressedWord})")).ToArray();

        var trace = new Trace2D(request.Kind == "line" ? "scatter" : "bar");
        trace.SetProperty("name", PlotlyText.Encode(series.Name));
        trace.SetProperty("hovertext", hover);
        trace.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
        switch (request.Kind)
        {
            case "column":
                trace.SetProperty("x", categories);
                trace.SetProperty("y", values);
                break;
            case "bar":
                trace.SetProperty("orientation", "h");
                trace.SetProperty("y", categories);
                trace.SetProperty("x", values);
                break;
            default:
                trace.SetProperty("x", categories);
                trace.SetProperty("y", values);
                trace.SetProperty("mode", "lines+markers");
                trace.SetProperty("connectgaps", false);
                trace.SetProperty("line", Dyn(("color", color), ("width", 2.5), ("dash", LineDash(index))));
                trace.SetProperty("marker", Dyn(("color", color), ("size", 8), ("symbol", MarkerSymbol(index))));
                return trace;
        }
        // Bars: the value is printed on the bar, and a fill pattern tells series apart in greyscale.
        trace.SetProperty("text", series.Values.Select(v => v is { } d ? request.Number(d) : "").ToArray());
        trace.SetProperty("textposition", "outside");
        trace.SetProperty("cliponaxis", false);
        trace.SetProperty("marker", Dyn(
            ("color", color),
            ("line", Dyn(("color", theme.TextColor), ("width", 0.75))),
            ("pattern", Dyn(("shape", theme.Patterns[index % theme.Patterns.Count]), ("fillmode", "overlay"),
                ("fgcolor", "#ffffff"), ("fgopacity", 0.6), ("size", 7), ("solidity", 0.35)))));
        return trace;
    }

    /// <summary>One label per suppressed value, in the slot where its bar or point would be.</summary>
    private static IReadOnlyList<DynamicObj.DynamicObj> SuppressedMarks(FigureRequest request, bool horizontal)
    {
        var marks = new List<DynamicObj.DynamicObj>();
        var n = request.Series.Count;
        var label = PlotlyText.Encode(request.SuppressedLabel);
        for (var i = 0; i < n; i++)
        {
            var series = request.Series[i];
            for (var j = 0; j < request.Categories.Count; j++)
            {
                if (series.Values[j] is not null) continue;
                var hover = $"{PlotlyText.Encode(series.Name)}, {PlotlyText.Encode(request.Categories[j])}: {label} ({request.SuppressedReason})";
                var font = Dyn(("color", request.Theme.TextColor), ("size", request.Theme.FontSize * 0.85));
                if (request.Kind == "line")
                {
                    // No bar slot: stack the labels of the series just above the category axis.
                    marks.Add(Dyn(("x", (double)j), ("y", 0.02 + 0.07 * i), ("xref", "x"), ("yref", "paper"),
                        ("text", label), ("hovertext", hover), ("showarrow", false), ("yanchor", "bottom"), ("font", font)));
                    continue;
                }
                // Numbers on a category axis are category positions; offset to this series' bar in the group.
                var slot = j - (1 - BarGap) / 2 + (i + 0.5) * (1 - BarGap) / n;
                marks.Add(horizontal
                    ? Dyn(("x", 0.0), ("y", slot), ("xref", "x"), ("yref", "y"), ("text", label), ("hovertext", hover),
                        ("showarrow", false), ("xanchor", "left"), ("font", font))
                    : Dyn(("x", slot), ("y", 0.0), ("xref", "x"), ("yref", "y"), ("text", label), ("hovertext", hover),
                        ("showarrow", false), ("yanchor", "bottom"), ("font", font)));
            }
        }
        return marks;
    }

    internal static double Gap => BarGap;

    private static string LineDash(int index) => new[] { "solid", "dash", "dot", "dashdot" }[index % 4];

    private static string MarkerSymbol(int index) => new[] { "circle", "square", "diamond", "triangle-up", "cross", "x" }[index % 6];

    internal static DynamicObj.DynamicObj Dyn(params (string Name, object Value)[] properties)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties) obj.SetProperty(name, value);
        return obj;
    }
}
