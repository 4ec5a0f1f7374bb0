using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>What a publish run did: every notebook's outcome, in run order.</summary>
public sealed record PublishResult(IReadOnlyList<ExecutedNotebook> Notebooks, bool Synthetic)
{
    public IReadOnlyList<NotebookFailure> Failures => Notebooks.Select(n => n.Failure).OfType<NotebookFailure>().ToList();
    public bool Succeeded => Failures.Count == 0;
}
