using ChatFindings;
using ChatFindings.Load;

namespace ChatFindings.Cli.Validation;

/// <summary>
/// A data file checked against the codebook, row by row, with its provenance sidecar: what
/// `validate` reports, and what publish checks before it runs anything (the same report).
/// </summary>
/// <param name="Errors">Every error: the rows' and the sidecar's.</param>
/// <param name="Sha256">The checksum of the file as read, when the check loaded it (<see cref="Load"/>).</param>
public sealed record DataValidation(string CsvPath, TableSchema Schema, LoadReport Report, IReadOnlyList<LoadError> Errors, Provenance? Provenance, string? Sha256 = null)
{
    public const int MaxErrorsShown = 50;

    /// <summary>Rules about the file as a whole: no flag can publish past them.</summary>
    private static readonly HashSet<string> FileRules =
    [
        LoadRules.File, LoadRules.Encoding, LoadRules.EmptyFile, LoadRules.MissingColumn, LoadRules.UnknownColumn,
        LoadRules.DuplicateColumn, LoadRules.ColumnOrder, LoadRules.Header, LoadRules.Provenance,
    ];

    public bool IsValid => Errors.Count == 0;

    /// <summary>Only rows were rejected (the file, its header and its sidecar are fine) and some were accepted.</summary>
    public bool OnlyRowsRejected =>
        Report.RowsRejected > 0 && Report.RowsAccepted > 0 && Errors.All(e => !FileRules.Contains(e.Rule));

    public static DataValidation Run(string csvPath, TableSchema schema)
    {
        var report = ConversationLoader.Check(csvPath, schema);
        var errors = report.Errors.ToList();
        var provenance = ProvenanceSidecar.Read(csvPath, errors);
        ProvenanceSidecar.CheckRows(provenance, csvPath, report.RowsRead, errors);
        return new DataValidation(csvPath, schema, report, errors, provenance);
    }

    /// <summary>
    /// The same check against the built-in codebook, made by loading the data set the notebooks' sessions then
    /// take from the process's cache: publish reads and hashes a large file once, not once to check and again to run.
    /// </summary>
    public static DataValidation Load(string csvPath)
    {
        var data = DatasetCache.Shared.Load(csvPath); // its report holds the rows' and the sidecar's errors
        var provenance = ProvenanceSidecar.Read(csvPath, []);
        return new DataValidation(csvPath, Codebook.Conversations, data.Report, data.Report.Errors, provenance, data.Source.Sha256);
    }

    public string Counts => $"{Report.RowsRead} rows read, {Report.RowsAccepted} accepted, {Report.RowsRejected} rejected";

    /// <summary>The report: every error (up to <see cref="MaxErrorsShown"/>) and a closing line.</summary>
    public void WriteReport(TextWriter output)
    {
        if (IsValid)
        {
            var origin = Provenance is null ? "" : Provenance.Synthetic ? " (synthetic data)" : " (real data)";
            output.WriteLine($"valid: {CsvPath}: {Counts}{origin}; schema {Schema.Source}");
            return;
        }
        foreach (var error in Errors.Take(MaxErrorsShown)) output.WriteLine(error);
        if (Errors.Count > MaxErrorsShown) output.WriteLine($"... and {Errors.Count - MaxErrorsShown} more errors");
        output.WriteLine($"invalid: {CsvPath}: {Counts}; {Errors.Count} errors; schema {Schema.Source}");
    }
}
