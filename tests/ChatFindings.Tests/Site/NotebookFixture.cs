using System.Text.Json.Nodes;

namespace ChatFindings.Tests.Site;

/// <summary>Hand-made executed notebooks (nbformat 4), written the way a Jupyter front end stores them.</summary>
internal static class NotebookFixture
{
    public static JsonObject Notebook(params JsonObject[] cells) => new()
    {
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode)c).ToArray()),
        ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" } },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    public static JsonObject Markdown(string text) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(text),
    };

    public static JsonObject Code(int count, string source, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = count,
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(source),
        ["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o).ToArray()),
    };

    public static JsonObject Display(params (string Mime, JsonNode Value)[] data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data) bundle[mime] = value;
        return new JsonObject { ["output_type"] = "display_data", ["data"] = bundle, ["metadata"] = new JsonObject() };
    }

    public static JsonObject Result(int count, string plainText) => new()
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = count,
        ["data"] = new JsonObject { ["text/plain"] = Lines(plainText) },
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject Stream(string name, string text) => new() { ["output_type"] = "stream", ["name"] = name, ["text"] = Lines(text) };

    /// <summary>A chart output as our formatter produces it: the figure as a JSON object, and the HTML table.</summary>
    public static JsonObject ChartOutput(Chart chart) => Display(
        (Chart.PlotlyMimeType, JsonNode.Parse(chart.FigureJson)!),
        ("text/html", Lines(chart.ToHtml())));

    /// <summary>nbformat stores multi-line text as a list of lines, each keeping its newline.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    public static string Write(string dir, string name, JsonObject notebook)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".ipynb");
        // Literal characters, as Jupyter writes them (System.Text.Json would otherwise write "<" as \u003C).
        var options = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(path, notebook.ToJsonString(options));
        return path;
    }
}
