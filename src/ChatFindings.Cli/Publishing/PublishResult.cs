using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>What a publish run did: every notebook's outcome, in run order, and the facts of its data.</summary>
/// <param name="Notes">One-line remarks for the user, e.g. why there is no PDF.</param>
public sealed record PublishResult(IReadOnlyList<ExecutedNotebook> Notebooks, DataProvenance Data, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<NotebookFailure> Failures => Notebooks.Select(n => n.Failure).OfType<NotebookFailure>().ToList();
    public bool Succeeded => Failures.Count == 0;
}
