using ChatFindings.Cli.Commands;

namespace ChatFindings.Cli;

/// <summary>Dispatches a verb to its command; the one place that maps failures to exit codes.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    /// <summary>Any command: an unexpected exception (a bug) also prints its stack trace.</summary>
    public const string VerboseSwitch = "--verbose";

    public const string UsageText = """
        usage:
          chatfindings validate <csv> [--schema <json>]
          chatfindings generate --out <dir> [--seed <n>] [--rows <n>]
          chatfindings publish [--data <csv>] [--out <dir>] [--min-cell <n>] [--chromium <path>] [--show-code] [--no-pdf]
                               [--cell-timeout <s>] [--allow-rejected-rows] [--lang en|nl|en,nl]
          chatfindings codebook [--check] [--dir <folder>]
        any command: --verbose (stack trace of an unexpected error)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(UsageText);
            return args.Length == 0 ? Usage : Success;
        }
        var verbose = args.Contains(VerboseSwitch);
        try
        {
            var options = Arguments.Parse(args.Skip(1).Where(a => a != VerboseSwitch));
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(options, stdout, stderr),
                "generate" => GenerateCommand.Run(options, stdout, stderr),
                "publish" => await PublishCommand.RunAsync(options, stdout, stderr),
                "codebook" => CodebookCommand.Run(options, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            stderr.WriteLine(UsageText);
            return Usage;
        }
        catch (CommandException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The machine said no (disk full, permissions): the user's to fix, not a bug.
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            if (verbose) stderr.WriteLine(e);
            return Failure;
        }
        catch (Exception e)
        {
            // A bug: still one line by default, but never hidden: --verbose shows where it happened.
            stderr.WriteLine($"error: unexpected {e.GetType().Name}: {OneLine(e.Message)} (a bug in chatfindings; run again with {VerboseSwitch} for the stack trace)");
            if (verbose) stderr.WriteLine(e);
            return Failure;
        }
    }

    public static string OneLine(string message) =>
        string.Join("; ", message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public sealed class UsageException(string message) : Exception(message);

/// <summary>A failure the user can act on: one line on stderr, then its exit code (1 bad input or a failed run, 2 wrong usage).</summary>
public class CommandException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
