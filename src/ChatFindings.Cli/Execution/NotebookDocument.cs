using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Execution;

/// <summary>One cell of a notebook as stored: its kind, source and the JSON it came from.</summary>
public sealed record NotebookCell(int Number, string Kind, string Source, JsonObject Json)
{
    public bool IsCode => Kind == "code";
}

/// <summary>
/// A Jupyter notebook (nbformat 4) read as JSON. We keep the document's own JSON so markdown
/// cells, ids and metadata are written back unchanged; only code cell outputs are replaced.
/// </summary>
public sealed class NotebookDocument
{
    private NotebookDocument(string path, JsonObject root, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    public string Path { get; }

    /// <summary>File name without extension, e.g. "00-data-and-methods".</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public JsonObject Root { get; }

    /// <summary>All cells in order; <see cref="NotebookCell.Number"/> is 1-based over all cells.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    public static NotebookDocument Read(string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}");
        }
        if (node is not JsonObject root) throw new NotebookFormatException(path, "the top level is not a JSON object");
        if (root["nbformat"]?.GetValueKind() != JsonValueKind.Number || root["nbformat"]!.GetValue<int>() != 4)
            throw new NotebookFormatException(path, "only nbformat 4 notebooks are supported");
        if (root["cells"] is not JsonArray cellArray) throw new NotebookFormatException(path, "no 'cells' array");

        var cells = new List<NotebookCell>();
        foreach (var (item, index) in cellArray.Select((c, i) => (c, i)))
        {
            if (item is not JsonObject cell) throw new NotebookFormatException(path, $"cell {index + 1} is not a JSON object");
            var kind = cell["cell_type"]?.GetValue<string>() ?? throw new NotebookFormatException(path, $"cell {index + 1} has no cell_type");
            cells.Add(new NotebookCell(index + 1, kind, ReadSource(path, index + 1, cell["source"]), cell));
        }
        return new NotebookDocument(path, root, cells);
    }

    /// <summary>
    /// The same notebook with some markdown cells' text replaced (the Dutch edition): <paramref name="text"/>
    /// gives a cell's new source, or null to keep it. The cell JSON is copied; the original is unchanged.
    /// </summary>
    public NotebookDocument WithMarkdown(Func<NotebookCell, string?> text)
    {
        var root = (JsonObject)Root.DeepClone();
        var array = (JsonArray)root["cells"]!;
        var cells = Cells.Select(c =>
        {
            var json = (JsonObject)array[c.Number - 1]!;
            if (c.Kind != "markdown" || text(c) is not { } source) return c with { Json = json };
            json["source"] = source;
            return c with { Source = source, Json = json };
        }).ToList();
        return new NotebookDocument(Path, root, cells);
    }

    /// <summary>nbformat stores text either as one string or as a list of lines.</summary>
    internal static string ReadSource(string path, int cellNumber, JsonNode? source) => source switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        _ => throw new NotebookFormatException(path, $"cell {cellNumber}: 'source' is neither a string nor a list of strings"),
    };
}

public sealed class NotebookFormatException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    public string NotebookPath { get; } = path;
}
