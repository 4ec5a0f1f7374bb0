namespace ChatFindings.Cli.Commands;

/// <summary>generate --out &lt;dir&gt; [--seed &lt;n&gt;] [--rows &lt;n&gt;]: writes a synthetic data set and its sidecar.</summary>
public static class GenerateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var outDir = args.Option("--out");
        var seed = args.IntOption("--seed", 0, int.MaxValue) ?? SyntheticGenerator.DefaultSeed;
        var rows = args.IntOption("--rows", 1, 50_000_000) ?? SyntheticGenerator.DefaultRows;
        args.RejectUnknown(0);
        if (string.IsNullOrWhiteSpace(outDir)) throw new UsageException("generate needs --out <dir>");

        string csvPath;
        try
        {
            csvPath = SyntheticDataSet.Write(outDir, seed, rows);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write to {outDir}: {e.Message}");
            return CommandLine.Failure;
        }
        stdout.WriteLine($"wrote {rows} synthetic conversations (seed {seed}) to {csvPath}");
        stdout.WriteLine($"wrote {Provenance.SidecarPath(csvPath)}");
        return CommandLine.Success;
    }
}
