using System.Text.Json;

namespace ChatFindings.Cli.Site;

/// <summary>The cells of an executed nbformat 4 notebook, as far as a page needs them.</summary>
public sealed record NotebookFile(string Path, IReadOnlyList<NotebookCell> Cells)
{
    public static NotebookFile Read(string path)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw new InvalidDataException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message}", e); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nbformat", out var format) ||
                format.ValueKind != JsonValueKind.Number || format.GetInt32() != 4)
                throw new InvalidDataException($"{path}: not an nbformat 4 notebook (top-level 'nbformat' must be 4)");
            if (!root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException($"{path}: 'cells' must be an array");
            var result = new List<NotebookCell>();
            var number = 0;
            foreach (var cell in cells.EnumerateArray())
            {
                number++;
                result.Add(ReadCell(cell, $"{path}: cell {number}"));
            }
            return new NotebookFile(path, result);
        }
    }

    private static NotebookCell ReadCell(JsonElement cell, string where)
    {
        var type = cell.TryGetProperty("cell_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! :
            throw new InvalidDataException($"{where}: 'cell_type' is missing");
        var source = cell.TryGetProperty("source", out var s) ? MultilineText(s, $"{where}: 'source'") :
            throw new InvalidDataException($"{where}: 'source' is missing");
        int? count = cell.TryGetProperty("execution_count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
        var outputs = new List<CellOutput>();
        if (type == "code" && cell.TryGetProperty("outputs", out var outs))
        {
            if (outs.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{where}: 'outputs' must be an array");
            var n = 0;
            foreach (var o in outs.EnumerateArray()) outputs.Add(ReadOutput(o, $"{where}, output {++n}"));
        }
        return new NotebookCell(type, source, count, outputs);
    }

    private static CellOutput ReadOutput(JsonElement output, string where)
    {
        var type = output.TryGetProperty("output_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! :
            throw new InvalidDataException($"{where}: 'output_type' is missing");
        switch (type)
        {
            case "stream":
                var name = output.TryGetProperty("name", out var n) ? n.GetString() ?? "stdout" : "stdout";
                var text = output.TryGetProperty("text", out var tx) ? MultilineText(tx, $"{where}: 'text'") : "";
                return new CellOutput(type, new Dictionary<string, string> { ["text/plain"] = text }, name);
            case "error":
                var ename = output.TryGetProperty("ename", out var en) ? en.GetString() : null;
                var evalue = output.TryGetProperty("evalue", out var ev) ? ev.GetString() : null;
                var traceback = output.TryGetProperty("traceback", out var tb) && tb.ValueKind == JsonValueKind.Array
                    ? string.Join("\n", tb.EnumerateArray().Select(l => l.GetString())) : "";
                return new CellOutput(type, new Dictionary<string, string> { ["text/plain"] = $"{ename}: {evalue}\n{traceback}".TrimEnd() }, null);
            case "display_data" or "execute_result":
                if (!output.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                    throw new InvalidDataException($"{where}: '{type}' output has no 'data' object");
                var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var p in data.EnumerateObject())
                    // JSON mime types hold a JSON object (nbformat), but some writers store a string: accept both.
                    bundle[p.Name] = IsJsonMime(p.Name) && p.Value.ValueKind != JsonValueKind.String
                        ? p.Value.GetRawText()
                        : MultilineText(p.Value, $"{where}: data '{p.Name}'");
                return new CellOutput(type, bundle, null);
            default:
                throw new InvalidDataException($"{where}: unknown output_type '{type}'");
        }
    }

    public static bool IsJsonMime(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>nbformat's multiline string: a string, or a list of strings to concatenate.</summary>
    private static string MultilineText(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String
            ? l.GetString() : throw new InvalidDataException($"{where}: list items must be strings"))),
        _ => throw new InvalidDataException($"{where}: must be a string or a list of strings, not {value.ValueKind}"),
    };
}

/// <summary>A markdown, code or raw cell with its outputs (code cells only).</summary>
public sealed record NotebookCell(string CellType, string Source, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs);

/// <summary>One output: its kind, and its representations by mime type (stream and error text under text/plain).</summary>
public sealed record CellOutput(string OutputType, IReadOnlyDictionary<string, string> Data, string? StreamName);
