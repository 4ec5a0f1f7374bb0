namespace ChatFindings.Cli.Commands;

public static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("validate: not built yet");
        return CommandLine.Failure;
    }
}
