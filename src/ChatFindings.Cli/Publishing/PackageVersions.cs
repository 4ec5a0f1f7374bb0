using System.Reflection;
using System.Xml.Linq;

namespace ChatFindings.Cli.Publishing;

/// <summary>The package versions a run used: the central pins in Directory.Packages.props.</summary>
public static class PackageVersions
{
    /// <summary>
    /// Read from Directory.Packages.props at the repository root (the one place versions are
    /// pinned); without it, from the informational versions of the loaded assemblies.
    /// </summary>
    public static SortedDictionary<string, string> Read(string repoRoot)
    {
        var props = Path.Combine(repoRoot, "Directory.Packages.props");
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(props))
        {
            foreach (var p in XDocument.Load(props).Descendants("PackageVersion"))
            {
                var name = (string?)p.Attribute("Include");
                var version = (string?)p.Attribute("Version");
                if (name is not null && version is not null) versions[name] = version;
            }
            return versions;
        }
        foreach (var a in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic))
        {
            var name = a.GetName().Name;
            var version = a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
            if (name is not null && version is not null && !name.StartsWith("System.", StringComparison.Ordinal))
                versions.TryAdd(name, version);
        }
        return versions;
    }
}
