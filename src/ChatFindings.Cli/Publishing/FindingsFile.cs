using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>findings.json: every claim output of every notebook, in notebook order then cell order.</summary>
public static class FindingsFile
{
    /// <summary>
    /// The claims of one executed notebook, keys in the documented order. A claim output that is
    /// not an object with every documented key fails the notebook at that cell.
    /// </summary>
    public static (IReadOnlyList<JsonObject> Claims, ExecutedNotebook Run) Collect(ExecutedNotebook run)
    {
        var claims = new List<JsonObject>();
        foreach (var (cell, output) in run.DataOutputs)
        {
            if (output.Get(PublishMimeTypes.Claim) is not { } value) continue;
            if (value is not JsonObject claim)
                return (claims, run.FailAt(cell, $"a {PublishMimeTypes.Claim} output must be a JSON object"));
            var missing = PublishMimeTypes.ClaimKeys.Where(k => !claim.ContainsKey(k)).ToList();
            if (missing.Count > 0)
                return (claims, run.FailAt(cell, $"a claim output lacks the key(s) {string.Join(", ", missing)}"));
            claims.Add(Ordered(claim));
        }
        return (claims, run);
    }

    /// <summary>The documented keys first, in their order, then any others sorted.</summary>
    private static JsonObject Ordered(JsonObject claim)
    {
        var ordered = new JsonObject();
        foreach (var key in PublishMimeTypes.ClaimKeys) ordered[key] = claim[key]?.DeepClone();
        foreach (var (key, value) in claim.Where(p => !PublishMimeTypes.ClaimKeys.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            ordered[key] = value?.DeepClone();
        return ordered;
    }

    public static string ToJson(IEnumerable<JsonObject> claims) =>
        ArtifactJson.Serialize(new JsonArray(claims.Select(c => (JsonNode?)c.DeepClone()).ToArray()));
}
