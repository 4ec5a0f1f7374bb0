namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Whether a data file is synthetic and how it is described, from its sidecar X.provenance.json
/// (no sidecar: real data). The runner needs this before any notebook runs, to label table files,
/// the manifest and the pages.
/// </summary>
public sealed record DataProvenance(bool Synthetic, string Description)
{
    public const string RealDataDescription = "Coded conversations (real data: no provenance sidecar marks this file as synthetic).";

    public static string SidecarPath(string csvPath) => Provenance.SidecarPath(csvPath);

    /// <summary>A sidecar that cannot be read stops publish: a page must not guess where its data came from.</summary>
    public static DataProvenance Read(string csvPath)
    {
        var errors = new List<LoadError>();
        var provenance = ProvenanceSidecar.Read(csvPath, errors);
        if (errors.Count > 0) throw new PublishInputException(string.Join("\n", errors));
        if (provenance is null) return new DataProvenance(false, RealDataDescription);
        return new DataProvenance(provenance.Synthetic,
            provenance.Description ?? (provenance.Synthetic ? "Synthetic data (the sidecar gives no description)." : RealDataDescription));
    }
}

/// <summary>An input publish cannot use, or an artifact it cannot write; exit 1 with the file named.</summary>
public sealed class PublishInputException(string message) : Exception(message);
