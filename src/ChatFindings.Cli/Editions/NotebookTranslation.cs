using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Editions;

/// <summary>One markdown cell's Dutch: the SHA-256 of the English source it translates, and the Dutch markdown.</summary>
public sealed record CellTranslation(string EnglishSha256, string Dutch);

/// <summary>What is wrong with the Dutch of one markdown cell: no translation, or the English changed since (stale).</summary>
public sealed record TranslationProblem(string Notebook, string CellId, int CellNumber, bool Stale)
{
    public override string ToString() => Stale
        ? $"{Notebook}: markdown cell {CellId} (cell {CellNumber}) changed after it was translated: its Dutch in notebooks/nl/{Notebook}.nl.json is stale"
        : $"{Notebook}: markdown cell {CellId} (cell {CellNumber}) has no Dutch translation in notebooks/nl/{Notebook}.nl.json";
}

/// <summary>
/// The Dutch of a notebook's markdown cells, beside the notebook in notebooks/nl/&lt;name&gt;.nl.json,
/// keyed by the nbformat cell id. Each entry stores the SHA-256 of the English it translates, so an
/// English cell edited later shows up as stale. ("strings" in the same file holds the Dutch of the
/// titles and labels the notebook's code writes; the library reads those, see NotebookStrings.)
/// </summary>
public sealed class NotebookTranslation
{
    public const string FolderName = "nl";

    private NotebookTranslation(string path, IReadOnlyDictionary<string, CellTranslation> cells)
    {
        Path = path;
        Cells = cells;
    }

    public string Path { get; }
    public IReadOnlyDictionary<string, CellTranslation> Cells { get; }

    /// <summary>The translation file of a notebook: notebooks/nl/&lt;name&gt;.nl.json beside notebooks/&lt;name&gt;.ipynb.</summary>
    public static string PathFor(string notebookPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(notebookPath)!, FolderName,
            System.IO.Path.GetFileNameWithoutExtension(notebookPath) + ".nl.json");

    /// <summary>The translation of a notebook; an empty one when the file does not exist.</summary>
    public static NotebookTranslation For(string notebookPath)
    {
        var path = PathFor(notebookPath);
        if (!File.Exists(path)) return new NotebookTranslation(path, new Dictionary<string, CellTranslation>());
        using var doc = Parse(path);
        var cells = new Dictionary<string, CellTranslation>(StringComparer.Ordinal);
        if (doc.RootElement.TryGetProperty("cells", out var items))
        {
            if (items.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}: \"cells\" must be an object keyed by cell id");
            foreach (var cell in items.EnumerateObject())
            {
                var where = $"{path}: cells.\"{cell.Name}\"";
                if (cell.Value.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where} must be an object");
                var sha = cell.Value.TryGetProperty("en_sha256", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
                if (sha.Length != 64) throw new InvalidDataException($"{where}: \"en_sha256\" must be the 64-hex SHA-256 of the English source");
                if (!cell.Value.TryGetProperty("nl", out var nl)) throw new InvalidDataException($"{where}: \"nl\" (the Dutch markdown) is missing");
                cells[cell.Name] = new CellTranslation(sha, Text(nl, where));
            }
        }
        return new NotebookTranslation(path, cells);
    }

    /// <summary>The SHA-256 (lower-case hex) of a cell's English source, line endings as stored.</summary>
    public static string Sha256(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    /// <summary>The markdown cells of <paramref name="notebook"/> without a current Dutch translation.</summary>
    public IReadOnlyList<TranslationProblem> Problems(NotebookDocument notebook) =>
        notebook.Cells.Where(c => c.Kind == "markdown").Select(c =>
        {
            var id = CellId(c);
            return !Cells.TryGetValue(id, out var t) ? new TranslationProblem(notebook.Name, id, c.Number, Stale: false)
                : t.EnglishSha256 != Sha256(c.Source) ? new TranslationProblem(notebook.Name, id, c.Number, Stale: true)
                : null;
        }).OfType<TranslationProblem>().ToList();

    /// <summary>
    /// The notebook with its markdown cells in Dutch. A stale translation is still Dutch and is used
    /// (the translation test names it); a cell without one keeps its English. Code cells are untouched.
    /// </summary>
    public NotebookDocument Apply(NotebookDocument notebook) =>
        notebook.WithMarkdown(c => Cells.TryGetValue(CellId(c), out var t) ? t.Dutch : null);

    public static string CellId(NotebookCell cell) => cell.Json["id"]?.GetValue<string>() ?? $"#{cell.Number}";

    private static string Text(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String
            ? l.GetString() : throw new InvalidDataException($"{where}: \"nl\" lines must be strings"))),
        _ => throw new InvalidDataException($"{where}: \"nl\" must be a string or a list of lines"),
    };

    private static JsonDocument Parse(string path)
    {
        try { return JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw new InvalidDataException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message}", e); }
    }
}
