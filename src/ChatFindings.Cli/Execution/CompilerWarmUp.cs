using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Compiles one throwaway C# submission in a kernel of its own, on another core, while publish checks
/// the data and starts the first notebook's kernel. Why: a process's first C# submission pays the C#
/// compiler's one-time start (its types, caches and first compilation, about a second), which would
/// otherwise sit in the first notebook's first cell, on the critical path. The submission only declares
/// a local: it shows nothing and touches no shared state (formatters, console, working directory).
/// </summary>
public static class CompilerWarmUp
{
    public static Task Start() => Task.Run(async () =>
    {
        try
        {
            using var kernel = new CSharpKernel("warm-up");
            await kernel.SendAsync(new SubmitCode("var warmUp = 0;"));
        }
        catch (Exception) { } // a warm-up that fails costs nothing but its time: the notebooks report their own errors
    });
}
