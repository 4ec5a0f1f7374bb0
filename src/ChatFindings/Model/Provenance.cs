namespace ChatFindings;

/// <summary>
/// The sidecar X.provenance.json next to a data file X.csv: whether the data is synthetic and how it was made.
/// No sidecar means real data.
/// </summary>
public sealed record Provenance(bool Synthetic, string? Description, string? Generator, long? Seed, int? Rows)
{
    public static string SidecarPath(string csvPath) =>
        Path.Combine(Path.GetDirectoryName(csvPath) ?? "", Path.GetFileNameWithoutExtension(csvPath) + ".provenance.json");
}
