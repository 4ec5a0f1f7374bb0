namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// Tests that run notebooks. They run alone (not in parallel with other tests): the in-process
/// kernel changes the working directory and the process-wide .NET Interactive formatters, and
/// the child processes need both cores of a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookTestCollection
{
    public const string Name = "notebooks";
}
