using ChatFindings;

namespace ChatFindings.Cli.Commands;

/// <summary>`validate &lt;csv&gt; [--schema &lt;json&gt;]`: checks every row of a CSV against a Table Schema.</summary>
public static class ValidateCommand
{
    public const int MaxErrorsShown = 50;

    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var schemaOption = args.Option("--schema");
        args.RejectUnknown(1);
        if (args.Positional.Count == 0) throw new UsageException("validate needs the CSV file to check");
        var csvPath = args.Positional[0];

        TableSchema schema;
        try
        {
            schema = schemaOption is null ? Codebook.Conversations : TableSchema.Load(schemaOption);
        }
        catch (Exception e) when (e is SchemaException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return CommandLine.Failure;
        }
        if (!File.Exists(csvPath))
        {
            stderr.WriteLine($"error: data file not found: {csvPath}");
            return CommandLine.Failure;
        }

        var result = TableReader.Read(csvPath, schema);
        var errors = result.Report.Errors.ToList();
        var provenance = ProvenanceSidecar.Read(csvPath, errors);
        ProvenanceSidecar.CheckRows(provenance, csvPath, result.Report.RowsRead, errors);

        var r = result.Report;
        var counts = $"{r.RowsRead} rows read, {r.RowsAccepted} accepted, {r.RowsRejected} rejected";
        if (errors.Count == 0)
        {
            var origin = provenance is null ? "" : provenance.Synthetic ? " (synthetic data)" : " (real data)";
            stdout.WriteLine($"valid: {csvPath}: {counts}{origin}; schema {schema.Source}");
            return CommandLine.Success;
        }

        foreach (var error in errors.Take(MaxErrorsShown)) stdout.WriteLine(error);
        if (errors.Count > MaxErrorsShown) stdout.WriteLine($"... and {errors.Count - MaxErrorsShown} more errors");
        stdout.WriteLine($"invalid: {csvPath}: {counts}; {errors.Count} errors; schema {schema.Source}");
        return CommandLine.Failure;
    }
}
