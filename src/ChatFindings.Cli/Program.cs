using ChatFindings.Cli;
using ChatFindings.Cli.Commands;

// Exit codes (fixed contract): 0 success; 1 invalid data or a failed notebook; 2 wrong usage.
return await CommandLine.RunAsync(args, Console.Out, Console.Error);
