namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// Tests that run notebooks. They run alone (not in parallel with other tests): the in-process
/// kernel changes the working directory and the process-wide .NET Interactive formatters, and
/// the child processes need both cores of a small machine. They share ONE publish of the shipped
/// data (<see cref="PublishedArtifacts"/>): publishing is the expensive step, its checks are cheap.
/// Every class in it carries the trait Category=EndToEnd, so `dotnet test --filter "Category!=EndToEnd"`
/// runs the unit tests alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookTestCollection : ICollectionFixture<PublishedArtifacts>
{
    public const string Name = "notebooks";
}

/// <summary>
/// In-process tests that change process-wide state (environment variables, formatters, the
/// working directory) but run no notebook: alone, like the notebook tests, without their publish.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "process state";
}
