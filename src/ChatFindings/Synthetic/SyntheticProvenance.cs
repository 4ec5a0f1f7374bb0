using System.Text;
using System.Text.Json;

namespace ChatFindings.Synthetic;

/// <summary>
/// The sidecar X.provenance.json written next to a generated X.csv, marking it synthetic
/// (read back by <see cref="Provenance"/>).
/// Keys in a fixed order, two-space indent, LF line endings, UTF-8 without BOM, final newline.
/// </summary>
public sealed record SyntheticProvenance(string Description, string Generator, int Seed, int Rows)
{
    public const string DefaultDescription =
        "SYNTHETIC data: generated conversations shaped like the coded Fier chat data and calibrated to published " +
        "figures. Not real conversations; no person is described. Findings computed on it illustrate the method only.";

    public static SyntheticProvenance For(SyntheticGenerator generator) =>
        new(DefaultDescription, SyntheticGenerator.Name, generator.Seed, generator.Rows);

    /// <summary>The sidecar path of a CSV: X.csv → X.provenance.json (the same rule <see cref="Provenance"/> reads by).</summary>
    public static string SidecarPath(string csvPath) => Provenance.SidecarPath(csvPath);

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteBoolean("synthetic", true);
            json.WriteString("description", Description);
            json.WriteString("generator", Generator);
            json.WriteNumber("seed", Seed);
            json.WriteNumber("rows", Rows);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public void WriteTo(string path) => File.WriteAllText(path, ToJson(), ConversationCsvWriter.Utf8NoBom);
}
