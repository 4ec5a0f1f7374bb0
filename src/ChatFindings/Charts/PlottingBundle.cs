using System.Reflection;

namespace ChatFindings;

/// <summary>
/// The bridge to ChatFindings.Plotting's FigureRenderer inside <see cref="PlottingLoadContext"/>.
/// Created once, on first use, thread-safely; only strings go in and out.
/// </summary>
internal static class PlottingBundle
{
    private sealed record Bridge(PlottingLoadContext Context, Func<string, string> Render, Lazy<string> PlotlyJs, string PlotlyJsVersion, Func<string> Identity);

    private static readonly Lazy<Bridge> Instance = new(Open, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PlottingLoadContext Context => Instance.Value.Context;

    /// <summary>Figure JSON ({"data", "layout"}) for a figure request JSON.</summary>
    public static string Render(string figureRequestJson) => Instance.Value.Render(figureRequestJson);

    public static string PlotlyJs => Instance.Value.PlotlyJs.Value;

    public static string PlotlyJsVersion => Instance.Value.PlotlyJsVersion;

    /// <summary>JSON telling which Plotly.NET and FSharp.Core the bundle runs on, and in which load context.</summary>
    public static string Identity() => Instance.Value.Identity();

    private static Bridge Open()
    {
        var context = new PlottingLoadContext(typeof(PlottingBundle).Assembly);
        var assembly = context.LoadFromAssemblyName(new AssemblyName("ChatFindings.Plotting"));
        var renderer = assembly.GetType("ChatFindings.Plotting.FigureRenderer", throwOnError: true)!;
        MethodInfo Method(string name, params Type[] parameters) =>
            renderer.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new MissingMethodException(renderer.FullName, name);
        var render = Method("Render", typeof(string));
        var identity = Method("Identity");
        return new Bridge(
            context,
            json => Invoke(render, json),
            new Lazy<string>(() => Invoke(Method("PlotlyJs"))), // 3.6 MB: only pages need it
            Invoke(Method("PlotlyJsVersion")),
            () => Invoke(identity));
    }

    private static string Invoke(MethodInfo method, params object[] arguments)
    {
        try
        {
            return (string)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // Rethrow the renderer's own error (e.g. an invalid chart) rather than the reflection wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
