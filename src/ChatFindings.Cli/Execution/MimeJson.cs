using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Which MIME types carry JSON. Front ends (VS Code, JupyterLab) expect those outputs as JSON
/// objects in the .ipynb, not as strings holding JSON, or their renderers show nothing.
/// </summary>
public static class MimeJson
{
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>The value as stored in the notebook: parsed JSON for JSON types, else the string.</summary>
    public static JsonNode ToNotebookValue(string mimeType, string value)
    {
        // .NET Interactive's HTML formatters write \r\n on every platform; store \n so output is the same everywhere.
        if (!IsJson(mimeType)) return JsonValue.Create(value.ReplaceLineEndings("\n"));
        try
        {
            return JsonNode.Parse(value) ?? throw new CellOutputException($"output of type {mimeType} is JSON null");
        }
        catch (JsonException e)
        {
            throw new CellOutputException($"output of type {mimeType} is not valid JSON: {e.Message}");
        }
    }
}

/// <summary>An output the runner cannot store faithfully; it fails the cell that produced it.</summary>
public sealed class CellOutputException(string message) : Exception(message);
