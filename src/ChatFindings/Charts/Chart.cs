namespace ChatFindings;

/// <summary>
/// A chart of protected data. In a notebook it displays as a plotly figure
/// (application/vnd.plotly.v1+json, drawn natively by VS Code and JupyterLab) with an HTML table
/// of the same numbers as the fallback that needs no JavaScript (see <see cref="ChartFormatting"/>).
/// </summary>
public sealed class Chart : IPublishable
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private Chart(ChartData data, string figureJson)
    {
        Data = data;
        FigureJson = figureJson;
    }

    /// <summary>Renders the figure in the isolated plotting bundle.</summary>
    public static Chart From(ChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Chart(data, PlottingBundle.Render(FigureRequest.ToJson(data)));
    }

    public ChartData Data { get; }

    public string Title => Data.Title;

    /// <summary>The plotly figure: {"data": [...], "layout": {...}}.</summary>
    public string FigureJson { get; }

    /// <summary>The chart's numbers as an accessible table, suppressed values shown as their label.</summary>
    public string ToHtml() => ChartDataTable.ToHtml(Data);

    public override string ToString() => $"Chart: {Title}";
}
