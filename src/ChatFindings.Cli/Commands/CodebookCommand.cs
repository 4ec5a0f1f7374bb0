namespace ChatFindings.Cli.Commands;

public static class CodebookCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("codebook: not built yet");
        return CommandLine.Failure;
    }
}
