using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Reads an executed notebook written by another front end (Jupyter, VS Code, or an earlier run)
/// into the same model the runner makes, so it can be rendered the same way.
/// </summary>
public static class ExecutedNotebookReader
{
    public static ExecutedNotebook Read(string path)
    {
        var document = NotebookDocument.Read(path);
        var cells = document.Cells.Where(c => c.IsCode).Select(cell =>
        {
            var where = $"cell {cell.Number}";
            int? count = cell.Json["execution_count"] is JsonValue c && c.GetValueKind() == JsonValueKind.Number ? c.GetValue<int>() : null;
            var outputs = cell.Json["outputs"] switch
            {
                null => [],
                JsonArray array => array.Select((o, i) => Output(path, o, $"{where}, output {i + 1}")).ToList(),
                _ => throw new NotebookFormatException(path, $"{where}: 'outputs' must be an array"),
            };
            return new ExecutedCell(cell, count, outputs);
        }).ToList();
        return new ExecutedNotebook(document, cells, null);
    }

    private static CellOutput Output(string path, JsonNode? output, string where)
    {
        if (output?["output_type"] is not JsonValue t || t.GetValueKind() != JsonValueKind.String)
            throw new NotebookFormatException(path, $"{where}: 'output_type' is missing");
        string Text(JsonNode? node, string what) => node switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonArray lines when lines.All(l => l is JsonValue lv && lv.GetValueKind() == JsonValueKind.String) => string.Concat(lines.Select(l => l!.GetValue<string>())),
            _ => throw new NotebookFormatException(path, $"{where}: {what} must be a string or a list of strings"),
        };
        switch (t.GetValue<string>())
        {
            case "stream":
                return new StreamOutput((string?)output["name"] ?? "stdout", Text(output["text"], "'text'"));
            case "error":
                var traceback = output["traceback"] is JsonArray lines ? lines.Select(l => (string?)l ?? "").ToList() : [];
                return new ErrorOutput((string?)output["ename"] ?? "", (string?)output["evalue"] ?? "", traceback);
            case var type and ("display_data" or "execute_result"):
                if (output["data"] is not JsonObject data) throw new NotebookFormatException(path, $"{where}: '{type}' output has no 'data' object");
                // JSON mime types hold JSON (nbformat); text types, and JSON some writers stored as text, a string or lines.
                var bundle = data.Select(p => KeyValuePair.Create(p.Key, MimeJson.IsJson(p.Key) && p.Value is JsonObject or JsonArray
                    ? p.Value.DeepClone()
                    : (JsonNode)JsonValue.Create(Text(p.Value, $"data '{p.Key}'")))).ToList();
                return new DataOutput(type == "execute_result", bundle, null);
            default:
                throw new NotebookFormatException(path, $"{where}: unknown output_type '{t.GetValue<string>()}'");
        }
    }
}
