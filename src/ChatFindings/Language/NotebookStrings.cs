using System.Text.Json;

namespace ChatFindings;

/// <summary>
/// The Dutch forms of the English titles and labels a notebook's code writes (table and chart
/// titles, compared groups, measures, headers), read from "strings" in its translation file
/// notebooks/nl/&lt;notebook&gt;.nl.json, and of the library's shared ones in notebooks/nl/strings.nl.json.
/// </summary>
public sealed class NotebookStrings
{
    private readonly Dictionary<string, string> _dutch;
    private readonly string _where;
    private readonly bool _strict;

    private NotebookStrings(Dictionary<string, string> dutch, string where, bool strict)
    {
        _dutch = dutch;
        _where = where;
        _strict = strict;
    }

    public static NotebookStrings None { get; } = new(new(StringComparer.Ordinal), "no translation file", strict: false);

    /// <summary>
    /// The strings of <paramref name="notebook"/> and the shared ones, from <paramref name="translationsDir"/>.
    /// <paramref name="strict"/> (publishing): a text without a Dutch form is an error; otherwise it stays English.
    /// </summary>
    public static NotebookStrings Load(string translationsDir, string notebook, bool strict)
    {
        var dutch = new Dictionary<string, string>(StringComparer.Ordinal);
        var own = Path.Combine(translationsDir, notebook + ".nl.json");
        foreach (var file in new[] { Path.Combine(translationsDir, "strings.nl.json"), own })
        {
            if (!File.Exists(file)) continue;
            foreach (var (en, nl) in Read(file)) dutch[en] = nl;
        }
        return new NotebookStrings(dutch, RelativeName(own), strict);
    }

    /// <summary>The "strings" object of a translation file: English text → Dutch text.</summary>
    public static IReadOnlyDictionary<string, string> Read(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!doc.RootElement.TryGetProperty("strings", out var strings)) return result;
        if (strings.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{file}: \"strings\" must be an object of English text to Dutch text");
        foreach (var p in strings.EnumerateObject())
            result[p.Name] = p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 0 } s
                ? s : throw new InvalidDataException($"{file}: strings.\"{p.Name}\" must be a non-empty string");
        return result;
    }

    public string Dutch(string english)
    {
        if (_dutch.TryGetValue(english, out var nl)) return nl;
        if (_strict) throw new MissingTranslationException($"{_where}: no Dutch form of \"{english}\" (add it under \"strings\")");
        return english;
    }

    public string DutchOrSame(string english) => _dutch.GetValueOrDefault(english, english);

    private static string RelativeName(string path) =>
        Path.GetFileName(Path.GetDirectoryName(path)) is { } dir ? $"notebooks/{dir}/{Path.GetFileName(path)}" : path;
}

/// <summary>A text a Dutch publish must show has no Dutch form: the message names the file and the text.</summary>
public sealed class MissingTranslationException(string message) : Exception(message);
