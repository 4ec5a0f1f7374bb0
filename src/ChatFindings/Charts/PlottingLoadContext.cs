using System.Reflection;
using System.Runtime.Loader;

namespace ChatFindings;

/// <summary>
/// Loads the plotting bundle (ChatFindings.Plotting, Plotly.NET, FSharp.Core 10.1, DynamicObj, ...)
/// from this assembly's embedded resources "plotting/*.dll" into a context of its own. The stock
/// notebook kernels already hold FSharp.Core 10.0 in the default context, which Plotly.NET 6
/// cannot use; here the bundle's assemblies win for the names it carries and everything else
/// (the framework, System.Text.Json) comes from the default context. Never unloaded: a chart
/// may be rendered at any time in a session.
/// </summary>
internal sealed class PlottingLoadContext : AssemblyLoadContext
{
    private const string ResourcePrefix = "plotting/";
    private readonly Assembly _host;
    private readonly IReadOnlyDictionary<string, string> _bundle;

    public PlottingLoadContext(Assembly host) : base("ChatFindings.Plotting", isCollectible: false)
    {
        _host = host;
        _bundle = host.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..^".dll".Length], n => n, StringComparer.OrdinalIgnoreCase);
        if (!_bundle.ContainsKey("ChatFindings.Plotting"))
            throw new InvalidOperationException(
                $"{host.GetName().Name} carries no plotting bundle (resource {ResourcePrefix}ChatFindings.Plotting.dll); was it built with the EmbedPlottingBundle target?");
    }

    /// <summary>Names of the assemblies the bundle carries, sorted.</summary>
    public IEnumerable<string> BundledAssemblies => _bundle.Keys.Order(StringComparer.Ordinal);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || !_bundle.TryGetValue(assemblyName.Name, out var resource)) return null;
        using var stream = _host.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"resource {resource} vanished from {_host.GetName().Name}");
        return LoadFromStream(stream);
    }
}
