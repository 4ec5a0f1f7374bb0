using ChatFindings;
using ChatFindings.Schema;
using ChatFindings.Cli.Validation;

namespace ChatFindings.Cli.Commands;

/// <summary>`validate &lt;csv&gt; [--schema &lt;json&gt;]`: checks every row of a CSV against a Table Schema.</summary>
public static class ValidateCommand
{
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

        var validation = DataValidation.Run(csvPath, schema);
        validation.WriteReport(stdout);
        return validation.IsValid ? CommandLine.Success : CommandLine.Failure;
    }
}
