using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>Notebook display of <see cref="Chart"/>; the notebook session calls <see cref="Register"/> once.</summary>
internal static class ChartFormatting
{
    /// <summary>
    /// Registers both representations. text/html comes first so front ends that cannot draw plotly
    /// (and exports without JavaScript) show the data table; VS Code and JupyterLab pick the plotly figure.
    /// </summary>
    public static void Register()
    {
        Formatter.Register<Chart>((chart, writer) => writer.Write(chart.ToHtml()), "text/html");
        Formatter.Register<Chart>((chart, writer) => writer.Write(chart.FigureJson), Chart.PlotlyMimeType);
        Formatter.Register<Chart>((chart, writer) => writer.Write(chart.ToString()), "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(Chart), "text/html", Chart.PlotlyMimeType);
    }
}
