using System.Reflection;
using System.Text.Json;
using Plotly.NET;

namespace ChatFindings.Plotting;

/// <summary>
/// The only entry point of the plotting bundle. ChatFindings loads this assembly, Plotly.NET and
/// FSharp.Core 10.1 into their own AssemblyLoadContext and calls these methods by reflection, so
/// every parameter and result is a string: no type crosses the boundary.
/// </summary>
public static class FigureRenderer
{
    private const string PlotlyJsResource = "Plotly.NET.plotly-2.28.0.min.js";

    /// <summary>Turns a <see cref="FigureRequest"/> (JSON) into a plotly figure: {"data": [...], "layout": {...}}.</summary>
    public static string Render(string figureRequestJson)
    {
        var request = JsonSerializer.Deserialize<FigureRequest>(figureRequestJson)
            ?? throw new ArgumentException("figure request is JSON null", nameof(figureRequestJson));
        GenericChart chart = FigureBuilder.Build(request);
        return GenericChart.toFigureJson(chart);
    }

    /// <summary>The plotly.js library Plotly.NET embeds, so pages can inline it instead of using a CDN.</summary>
    public static string PlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(PlotlyJsResource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {PlotlyJsResource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The version of the embedded plotly.js, read from its resource name.</summary>
    public static string PlotlyJsVersion() =>
        PlotlyJsResource["Plotly.NET.plotly-".Length..^".min.js".Length];

    /// <summary>Where Plotly.NET and its FSharp.Core came from, for the isolation test.</summary>
    public static string Identity()
    {
        var plotly = typeof(GenericChart).Assembly;
        var fsharp = typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly;
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["plotly"] = plotly.GetName().Version!.ToString(),
            ["fsharpCore"] = fsharp.GetName().Version!.ToString(),
            ["fsharpCoreFileVersion"] = fsharp.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version ?? "",
            ["loadContext"] = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(fsharp)?.Name ?? "",
        });
    }
}
