using System.Text.Json;

namespace ChatFindings.Load;

/// <summary>Reads the provenance sidecar of a data file into the model's <see cref="Provenance"/>.</summary>
public static class ProvenanceSidecar
{
    /// <summary>
    /// Reads the sidecar of a data file. Returns null when there is none; problems are added to <paramref name="errors"/>
    /// and then the data is treated as synthetic, so no page can present data of unknown origin as real.
    /// </summary>
    public static Provenance? Read(string csvPath, ICollection<LoadError> errors)
    {
        var path = Provenance.SidecarPath(csvPath);
        if (!File.Exists(path)) return null;
        Provenance Broken(int line, string? property, string message)
        {
            errors.Add(new LoadError(path, line, property, null, LoadRules.Provenance, message + "; the data is treated as synthetic"));
            return new Provenance(true, null, null, null, null);
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Broken(1, null, "the sidecar must be a JSON object");
            if (!root.TryGetProperty("synthetic", out var s) || s.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                return Broken(1, "synthetic", "'synthetic' must be true or false");
            string? Text(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            long? Whole(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;
            foreach (var key in new[] { "seed", "rows" })
                if (root.TryGetProperty(key, out var v) && Whole(key) is null && v.ValueKind != JsonValueKind.Null)
                    return Broken(1, key, $"'{key}' must be a whole number");
            var rows = Whole("rows");
            return new Provenance(s.GetBoolean(), Text("description"), Text("generator"), Whole("seed"),
                rows is null ? null : (int)Math.Clamp(rows.Value, 0, int.MaxValue));
        }
        catch (JsonException e)
        {
            return Broken((int)(e.LineNumber ?? 0) + 1, null, "not valid JSON");
        }
        catch (IOException e)
        {
            return Broken(0, null, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Adds an error when the sidecar's row count disagrees with the rows read.</summary>
    public static void CheckRows(Provenance? provenance, string csvPath, int rowsRead, ICollection<LoadError> errors)
    {
        if (provenance?.Rows is { } rows && rows != rowsRead)
            errors.Add(new LoadError(Provenance.SidecarPath(csvPath), 1, "rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LoadRules.Provenance, $"the sidecar says {rows} rows, the data file has {rowsRead}"));
    }
}
