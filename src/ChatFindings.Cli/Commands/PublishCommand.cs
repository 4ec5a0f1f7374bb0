namespace ChatFindings.Cli.Commands;

public static class PublishCommand
{
    public static Task<int> RunAsync(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("publish: not built yet");
        return Task.FromResult(CommandLine.Failure);
    }
}
