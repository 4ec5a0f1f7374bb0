using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Writes an executed notebook as nbformat 4 JSON, the way nbformat itself does (keys sorted,
/// one-space indent, text as lists of lines), so the same run always gives the same bytes.
/// </summary>
public static class ExecutedNotebookWriter
{
    /// <summary>How deep a data value's key stands in the written file: root, cells, cell, outputs, output, data.</summary>
    public const int DataValueDepth = 6;

    public static void Write(string path, ExecutedNotebook run) =>
        Publishing.ArtifactJson.Write(path, ToJson(run));

    public static string ToJson(ExecutedNotebook run)
    {
        var executed = run.Cells.ToDictionary(c => c.Cell.Number);
        var root = (JsonObject)run.Source.Root.DeepClone();
        var cells = new JsonArray();
        foreach (var cell in run.Source.Cells)
        {
            var json = (JsonObject)cell.Json.DeepClone();
            json["source"] = Lines(cell.Source);
            if (cell.IsCode)
            {
                var done = executed[cell.Number];
                json["execution_count"] = done.ExecutionCount;
                json["outputs"] = new JsonArray(done.Outputs.Select(o => ToJson(o, done.ExecutionCount)).ToArray());
            }
            cells.Add(json);
        }
        root["cells"] = cells;
        return Serialize(root);
    }

    public static JsonNode ToJson(CellOutput output, int? executionCount) => output switch
    {
        StreamOutput s => new JsonObject
        {
            ["output_type"] = "stream",
            ["name"] = s.Stream,
            ["text"] = Lines(s.Text),
        },
        DataOutput d => DataJson(d, executionCount),
        ErrorOutput e => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = e.Name,
            ["evalue"] = e.Value,
            ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name),
    };

    private static JsonObject DataJson(DataOutput d, int? executionCount)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in d.Data)
            data[mime] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Lines(v.GetValue<string>()) : value.DeepClone();
        var json = new JsonObject
        {
            ["output_type"] = d.IsResult ? "execute_result" : "display_data",
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        };
        if (d.IsResult) json["execution_count"] = executionCount;
        return json;
    }

    /// <summary>nbformat's multi-line string: a list of lines, each keeping its newline.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Sorted keys at every level, one-space indent, \n line ends, non-ASCII kept readable.</summary>
    public static string Serialize(JsonNode node)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 1,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            WriteSorted(writer, node);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a) WriteSorted(writer, item);
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
