using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace ChatFindings.Tests.Charts;

public class PlottingIsolationTests
{
    [Fact]
    public void Charts_render_on_the_bundled_FSharp_Core_10_1_while_the_default_context_holds_another()
    {
        // The test project references FSharp.Core 10.0 (as the stock kernels load it): put it in the default context first.
        var defaultFSharp = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName("FSharp.Core"));
        Assert.Equal(new Version(10, 0, 0, 0), defaultFSharp.GetName().Version);

        var chart = Chart.From(new ChartData("T", "x", "y", ["a"], [new ChartSeries("s", [3])], "<10"));
        Assert.Contains("\"data\"", chart.FigureJson);

        using var identity = JsonDocument.Parse(PlottingBundle.Identity());
        Assert.Equal("10.1.0.0", identity.RootElement.GetProperty("fsharpCore").GetString());
        Assert.Equal("ChatFindings.Plotting", identity.RootElement.GetProperty("loadContext").GetString());

        var bundled = PlottingBundle.Context.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");
        Assert.NotSame(defaultFSharp, bundled);
        Assert.Equal(new Version(10, 1, 0, 0), bundled.GetName().Version);
        var plotly = PlottingBundle.Context.Assemblies.Single(a => a.GetName().Name == "Plotly.NET");
        Assert.Same(PlottingBundle.Context, AssemblyLoadContext.GetLoadContext(plotly));
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name == "Plotly.NET");
    }

    [Fact]
    public void The_bundle_carries_plotting_and_its_dependencies_and_plotly_js()
    {
        Assert.Contains("Plotly.NET", PlottingBundle.Context.BundledAssemblies);
        Assert.Contains("FSharp.Core", PlottingBundle.Context.BundledAssemblies);
        Assert.Contains("DynamicObj", PlottingBundle.Context.BundledAssemblies);
        Assert.Equal("2.28.0", PlotlyLibrary.Version);
        Assert.StartsWith("/**", PlotlyLibrary.Script.TrimStart());
        Assert.True(PlotlyLibrary.Script.Length > 1_000_000);
        Assert.Contains("newPlot", PlotlyLibrary.Script);
    }

    [Fact]
    public void Rendering_is_thread_safe_and_deterministic()
    {
        var data = new ChartData("T", "x", "y", ["a", "b"], [new ChartSeries("s", [3, null])], "<10");
        var figures = Enumerable.Range(0, 8).AsParallel().Select(_ => Chart.From(data).FigureJson).ToList();
        Assert.Single(figures.Distinct());
    }
}
