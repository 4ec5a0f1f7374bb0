using ChatFindings.Cli.Publishing;
using Spectre.Console;

namespace ChatFindings.Cli.Commands;

/// <summary>
/// <c>publish [--data &lt;csv&gt;] [--out &lt;dir&gt;] [--min-cell &lt;n&gt;] [--chromium &lt;path&gt;] [--show-code] [--no-pdf]
/// [--cell-timeout &lt;s&gt;] [--allow-rejected-rows] [--lang en|nl|en,nl]</c>: runs every notebook on the data and writes the artifacts.
/// Exit 0 when every notebook ran green, 1 when one failed or an input is unusable (the message
/// names the notebook and cell, or the file), 2 for an --out it must not write into.
/// </summary>
public static class PublishCommand
{
    /// <summary>Test-only: run the notebooks of another folder (e.g. failing fixtures). Not in the usage text.</summary>
    internal const string NotebooksOption = "--notebooks";

    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var data = args.Option("--data");
        var outDir = args.Option("--out");
        var minCell = args.IntOption("--min-cell", 1, 1000) ?? PublishOptions.DefaultMinCell;
        var notebooks = args.Option(NotebooksOption);
        var chromium = args.Option("--chromium");
        var showCode = args.Switch("--show-code");
        var noPdf = args.Switch("--no-pdf");
        var cellTimeout = args.IntOption("--cell-timeout", 1, 86_400) ?? Execution.RunRules.DefaultCellTimeoutSeconds;
        var allowRejected = args.Switch("--allow-rejected-rows");
        var languages = args.Option("--lang") is { } lang ? PublishOptions.ParseLanguages(lang) : null;
        args.RejectUnknown(maxPositional: 0);

        try
        {
            var root = Locate(() => DataLocation.RepoRoot);
            var options = new PublishOptions(
                RepoRoot: root,
                DataPath: Path.GetFullPath(data ?? Locate(DataLocation.Resolve)),
                OutDir: Path.GetFullPath(outDir ?? Path.Combine(root, PublishOptions.DefaultOutDir)),
                MinCell: minCell,
                NotebooksDir: Path.GetFullPath(notebooks ?? Path.Combine(root, PublishOptions.DefaultNotebooksDir)),
                ChromiumPath: chromium, ShowCodeInPdf: showCode, NoPdf: noPdf,
                CellTimeoutSeconds: cellTimeout, AllowRejectedRows: allowRejected, Editions: languages);
            stdout.WriteLine($"publish: data {options.Relative(options.DataPath)}, min cell {minCell}, out {options.OutDir}");

            var result = await RunWithProgressAsync(options, stdout);
            foreach (var note in result.Notes) stdout.WriteLine(note);
            var rejected = result.Data.RowsRejected > 0
                ? $"; {result.Data.RowsRejected} data rows rejected and left out (--allow-rejected-rows)" : "";
            if (result.Succeeded)
            {
                stdout.WriteLine($"publish: {result.Notebooks.Count} notebooks ran; artifacts in {options.OutDir}{rejected}");
                return CommandLine.Success;
            }
            stderr.WriteLine($"publish failed: {result.Failures.Count} of {result.Notebooks.Count} notebooks failed (the others ran; artifacts in {options.OutDir}{rejected}):");
            foreach (var failure in result.Failures) stderr.WriteLine($"  {failure}");
            return CommandLine.Failure;
        }
        catch (RejectedDataException e)
        {
            e.Check.WriteReport(stdout);
            throw;
        }
    }

    /// <summary>DataLocation's "not found" errors are input errors here (exit 1), with its message.</summary>
    private static string Locate(Func<string> find)
    {
        try { return find(); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw new PublishInputException(e.Message); }
    }

    /// <summary>A live status line on a terminal; plain lines when output is redirected (logs, tests).</summary>
    private static async Task<PublishResult> RunWithProgressAsync(PublishOptions options, TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        if (!terminal) return await new PublishPipeline(options, new PlainProgress(stdout)).RunAsync();
        var console = AnsiConsole.Console;
        return await console.Status().StartAsync("starting", ctx =>
            new PublishPipeline(options, new TerminalProgress(console, ctx)).RunAsync());
    }
}
