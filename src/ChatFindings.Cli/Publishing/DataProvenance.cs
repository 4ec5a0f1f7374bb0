using ChatFindings.Cli.Validation;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// The facts about the data that artifacts state: synthetic or real, its description, the years it
/// covers and how many rows were accepted and rejected. Taken from the sessions' markers (what the
/// notebooks actually read); only when no notebook got as far as its marker, from publish's own check.
/// </summary>
public sealed record DataProvenance(bool Synthetic, string Description, string Period, int RowsAccepted, int RowsRejected)
{
    public const string RealDataDescription = "Coded conversations (real data: no provenance sidecar marks this file as synthetic).";

    public static string SidecarPath(string csvPath) => Provenance.SidecarPath(csvPath);

    public static DataProvenance From(SessionFacts session) =>
        new(session.Synthetic, Describe(session.Synthetic, session.DataDescription), session.Period, session.RowsAccepted, session.RowsRejected);

    public static DataProvenance From(DataValidation check)
    {
        var synthetic = check.Provenance?.Synthetic ?? false;
        return new(synthetic, Describe(synthetic, check.Provenance?.Description),
            "unknown (no notebook ran far enough to report it)", check.Report.RowsAccepted, check.Report.RowsRejected);
    }

    private static string Describe(bool synthetic, string? description) =>
        description ?? (synthetic ? "Synthetic data (the sidecar gives no description)." : RealDataDescription);
}

/// <summary>An input publish cannot use, or an artifact it cannot write; exit 1 with the file named.</summary>
public sealed class PublishInputException(string message) : CommandException(message, CommandLine.Failure);

/// <summary>The data failed publish's check (the same as `validate`); the report goes out before the error line.</summary>
public sealed class RejectedDataException(DataValidation check, string message) : CommandException(message, CommandLine.Failure)
{
    public DataValidation Check { get; } = check;
}
