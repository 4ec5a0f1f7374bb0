using System.Text.RegularExpressions;
using ChatFindings.Tests.Support;
using Mono.Cecil;
using NetArchTest.Rules;

namespace ChatFindings.Tests.Architecture;

/// <summary>
/// The folders of src/ChatFindings as layers, each with the layers it may reference: the data flows
/// upward (model and schema, load, tables, protect, charts and narrative, claims, publish), and only
/// the session and formatting layer (Publish) knows the notebook kernel. docs/architecture.md draws it.
/// </summary>
internal static partial class LibraryLayers
{
    public const string Publish = "Publish";

    public static readonly IReadOnlyDictionary<string, string[]> MayReference = new Dictionary<string, string[]>
    {
        ["Language"] = [],
        ["Model"] = [],
        ["Schema"] = [],
        ["Uncertainty"] = ["Language"],
        ["Load"] = ["Model", "Schema"],
        ["Synthetic"] = ["Model", "Schema", "Language"],
        ["Reference"] = ["Model", "Schema", "Load", "Language"],
        ["Tables"] = ["Model", "Schema", "Language"],
        ["Protect"] = ["Model", "Schema", "Tables", "Language"],
        ["Charts"] = ["Model", "Schema", "Tables", "Protect", "Language"],
        ["Narrative"] = ["Model", "Schema", "Uncertainty", "Reference", "Tables", "Protect", "Synthetic", "Language"],
        ["Claims"] = ["Model", "Schema", "Uncertainty", "Reference", "Tables", "Protect", "Narrative", "Language"],
        [Publish] = ["Model", "Schema", "Uncertainty", "Load", "Synthetic", "Reference", "Tables", "Protect", "Charts", "Narrative", "Claims", "Language"],
    };

    public static System.Reflection.Assembly Library => typeof(NotebookSession).Assembly;

    private static readonly string SourceRoot = Repo.PathOf("src", "ChatFindings");

    /// <summary>Every type of the library (nested ones by their outermost type) with the folder it is declared in.</summary>
    public static IReadOnlyDictionary<string, string> FolderOfType { get; } = MapFolders();

    public static string FolderOf(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return FolderOfType.TryGetValue(type.FullName, out var folder) ? folder : "(unplaced)";
    }

    private static Dictionary<string, string> MapFolders()
    {
        // The PDB names the file of each type with code; enums and interfaces have none, so their
        // declarations are found in the source.
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var folder = FolderOfFile(file);
            if (folder is null) continue;
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text).Groups[1].Value;
            foreach (Match m in Declaration().Matches(text)) declared.TryAdd($"{ns}.{m.Groups[1].Value}", folder);
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in Types.InAssembly(Library).GetTypes().Where(t => !t.FullName.Contains('/')))
        {
            var name = Regex.Replace(type.FullName, "`\\d+$", "");
            // Generated code (a [GeneratedRegex]) has its file under obj/: the declaration decides.
            var folder = (type.SourceFilePath is { Length: > 0 } path ? FolderOfFile(path) : null) ?? declared.GetValueOrDefault(name);
            if (folder is not null) map[type.FullName] = folder;
        }
        return map;
    }

    private static string? FolderOfFile(string path)
    {
        var relative = Path.GetRelativePath(SourceRoot, path);
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 && parts[0] is not ("obj" or "bin") ? parts[0] : null;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\b(?:enum|interface|class|struct|record(?: struct| class)?)\s+([A-Za-z_]\w*)")]
    private static partial Regex Declaration();
}
