using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Points a notebook's <c>#r "…/X.dll"</c> at the copy of X this process already has loaded.
/// </summary>
/// <remarks>
/// Why: the notebooks reference the library as <c>#r "../build/lib/ChatFindings.dll"</c>, but this
/// runner already has ChatFindings.dll (same identity, another path: the Cli's bin folder) in the
/// default load context. Tried here: Roslyn compiles the cell against the build/lib file, yet at run
/// time the identity binds to the copy already loaded (AssemblyLoadContext.GetLoadContext says
/// "Default", Location says the Cli's bin) — no error, but the cell compiles against one file and
/// runs against another. If build/lib is stale that gives confusing compile errors or
/// MissingMethodException. Compiling against the loaded file instead makes compile time and run time
/// agree, and publish always runs the library it was built with. The cell source saved in the
/// executed notebook is not changed; only what the kernel is sent.
/// </remarks>
public sealed partial class LoadedAssemblyReferences
{
    private readonly IReadOnlyDictionary<string, string> _locationBySimpleName;

    private LoadedAssemblyReferences(IReadOnlyDictionary<string, string> locationBySimpleName) =>
        _locationBySimpleName = locationBySimpleName;

    /// <summary>Assemblies in the default load context that came from a file.</summary>
    public static LoadedAssemblyReferences FromDefaultContext(params Assembly[] mustInclude)
    {
        // Touch the given assemblies so they are loaded before we look.
        foreach (var a in mustInclude) _ = a.FullName;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in AssemblyLoadContext.Default.Assemblies)
        {
            if (a.IsDynamic || string.IsNullOrEmpty(a.Location)) continue;
            map.TryAdd(a.GetName().Name!, a.Location);
        }
        return new LoadedAssemblyReferences(map);
    }

    public static LoadedAssemblyReferences From(IReadOnlyDictionary<string, string> locationBySimpleName) =>
        new(new Dictionary<string, string>(locationBySimpleName, StringComparer.OrdinalIgnoreCase));

    /// <summary>The code with every <c>#r "path"</c> to an already-loaded assembly redirected.</summary>
    public string Redirect(string code) => ReferenceLine().Replace(code, m =>
    {
        var path = m.Groups["path"].Value;
        if (path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) return m.Value;
        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        return _locationBySimpleName.TryGetValue(name, out var loaded)
            ? $"{m.Groups["lead"].Value}#r \"{loaded}\"{m.Groups["tail"].Value}"
            : m.Value;
    });

    [GeneratedRegex("""^(?<lead>[ \t]*)#r[ \t]+"(?<path>[^"\r\n]+\.dll)"(?<tail>[ \t]*\r?)$""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLine();
}
