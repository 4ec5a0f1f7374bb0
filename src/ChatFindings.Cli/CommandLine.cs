using ChatFindings.Cli.Commands;

namespace ChatFindings.Cli;

/// <summary>Dispatches a verb to its command; the one place that maps failures to exit codes.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public const string UsageText = """
        usage:
          chatfindings validate <csv> [--schema <json>]
          chatfindings generate --out <dir> [--seed <n>] [--rows <n>]
          chatfindings publish [--data <csv>] [--out <dir>] [--min-cell <n>] [--chromium <path>] [--show-code] [--no-pdf]
          chatfindings codebook [--check] [--dir <folder>]
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(UsageText);
            return args.Length == 0 ? Usage : Success;
        }
        try
        {
            var options = Arguments.Parse(args.Skip(1));
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
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(UsageText);
            return Usage;
        }
    }
}

public sealed class UsageException(string message) : Exception(message);
