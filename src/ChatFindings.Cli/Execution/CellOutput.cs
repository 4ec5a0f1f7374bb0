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
}

/// <summary>The error that stopped the cell.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
