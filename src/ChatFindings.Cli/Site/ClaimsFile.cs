using System.Globalization;
using System.Text.Json;

namespace ChatFindings.Cli.Site;

/// <summary>Reads findings.json (a JSON array of claim objects) into <see cref="SiteClaim"/>s.</summary>
public static class ClaimsFile
{
    public static IReadOnlyList<SiteClaim> Read(string findingsJsonPath)
    {
        using var doc = ParseFile(findingsJsonPath);
        return Read(doc, findingsJsonPath);
    }

    /// <summary>Claims already in memory (the Dutch edition's, from its own run), as findings.json would hold them.</summary>
    public static IReadOnlyList<SiteClaim> Read(IEnumerable<System.Text.Json.Nodes.JsonObject> claims, string where)
    {
        using var doc = JsonDocument.Parse(new System.Text.Json.Nodes.JsonArray(claims.Select(c => (System.Text.Json.Nodes.JsonNode?)c.DeepClone()).ToArray()).ToJsonString());
        return Read(doc, where);
    }

    private static IReadOnlyList<SiteClaim> Read(JsonDocument doc, string findingsJsonPath)
    {
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{findingsJsonPath}: the top level must be a JSON array of claims, not {doc.RootElement.ValueKind}");
        var claims = new List<SiteClaim>();
        var index = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var where = $"{findingsJsonPath}: claim {index + 1}";
            if (item.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: must be a JSON object");
            string Required(string key) => Text(item, key, where) ?? throw new InvalidDataException($"{where}: '{key}' is missing or null");
            bool? holds = item.TryGetProperty("holds", out var h) ? h.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new InvalidDataException($"{where}: 'holds' must be true, false or null, not {h.ValueKind}"),
            } : null;
            claims.Add(new SiteClaim(Required("id"), Required("notebook"), Required("statement"), Required("published"),
                Text(item, "computed_value", where), Text(item, "comparison", where) ?? "", holds, Text(item, "note", where),
                Text(item, "published_value", where), Text(item, "verdict", where), Interval(item, where), Text(item, "base", where),
                Text(item, "statement_nl", where)));
            index++;
        }
        return claims;
    }

    private static JsonDocument ParseFile(string path)
    {
        try { return JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw new InvalidDataException($"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message}", e); }
    }

    /// <summary>The interval object {low, high, level, method}, or null.</summary>
    private static ClaimInterval? Interval(JsonElement item, string where)
    {
        if (!item.TryGetProperty("interval", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: 'interval' must be an object {{low, high, level, method}} or null, not {v.ValueKind}");
        string Part(string key) => Text(v, key, where + ", interval") ?? throw new InvalidDataException($"{where}: 'interval' lacks '{key}'");
        var level = double.Parse(Part("level"), CultureInfo.InvariantCulture);
        return new ClaimInterval(Part("low"), Part("high"), level, Part("method"));
    }

    /// <summary>A scalar as display text: strings as they are, numbers as written in the file.</summary>
    private static string? Text(JsonElement item, string key, string where)
    {
        if (!item.TryGetProperty(key, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.TryGetDecimal(out var d) ? d.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new InvalidDataException($"{where}: '{key}' must be a string, a number or null, not {v.ValueKind}"),
        };
    }
}
