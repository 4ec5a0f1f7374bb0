namespace ChatFindings.Cli.Commands;

public static class GenerateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("generate: not built yet");
        return CommandLine.Failure;
    }
}
