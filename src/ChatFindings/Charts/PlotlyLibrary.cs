namespace ChatFindings;

/// <summary>plotly.js as shipped inside Plotly.NET, for pages that must draw charts with no network.</summary>
internal static class PlotlyLibrary
{
    /// <summary>The minified library (about 3.6 MB). Loads the plotting bundle on first use.</summary>
    public static string Script => PlottingBundle.PlotlyJs;

    /// <summary>e.g. "2.28.0".</summary>
    public static string Version => PlottingBundle.PlotlyJsVersion;
}
