using ChatFindings.Benchmarks;

return BenchmarkCommand.Execute(args, Console.Out, Console.Error);
