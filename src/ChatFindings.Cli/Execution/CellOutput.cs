using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Execution;

/// <summary>One output of an executed code cell, in the shapes nbformat 4 knows.</summary>
public abstract record CellOutput;

/// <summary>Text written to stdout or stderr; consecutive writes to one stream are merged.</summary>
public sealed record StreamOutput(string Stream, string Text) : CellOutput;

/// <summary>
/// A displayed value (display_data) or the cell's value (execute_result), one entry per MIME type.
/// JSON MIME types hold parsed JSON; every other type holds a string.
/// </summary>
public sealed record DataOutput(bool IsResult, IReadOnlyList<KeyValuePair<string, JsonNode>> Data, string? ValueId) : CellOutput
{
    public JsonNode? Get(string mimeType) => Data.FirstOrDefault(d => d.Key == mimeType).Value;

    public bool Has(string mimeType) => Data.Any(d => d.Key == mimeType);

    /// <summary>
    /// The representation as text: a string as it is; JSON as it stands in the written .ipynb
    /// (keys sorted, indented at its depth there), so a page shows the same bytes as one made from the file.
    /// </summary>
    public string? Text(string mimeType) => Get(mimeType) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var json => ExecutedNotebookWriter.Serialize(json).TrimEnd('\n').Replace("\n", "\n" + new string(' ', ExecutedNotebookWriter.DataValueDepth), StringComparison.Ordinal),
    };

    /// <summary>The same output with one representation added, or replaced when it is there.</summary>
    public DataOutput With(string mimeType, JsonNode value) => this with
    {
        Data = [.. Data.Where(d => d.Key != mimeType), KeyValuePair.Create(mimeType, value)],
    };
}

/// <summary>The error that stopped the cell.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
