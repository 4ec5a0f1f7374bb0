using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace ChatFindings.Cli.Execution;

/// <summary>Runs one notebook and returns what it did; the seam publish is tested through with canned runs.</summary>
public interface INotebookExecutor
{
    Task<ExecutedNotebook> RunAsync(NotebookDocument notebook, CancellationToken cancel = default);
}

/// <summary>
/// Runs one notebook, cell by cell, in a fresh in-process C# kernel, with the notebook's folder
/// as working directory (as Jupyter and VS Code do). The first failing cell stops the notebook;
/// so does a cell that runs longer than the rules' timeout.
/// </summary>
public sealed class NotebookRunner(LoadedAssemblyReferences references, RunRules rules) : INotebookExecutor
{
    public async Task<ExecutedNotebook> RunAsync(NotebookDocument notebook, CancellationToken cancel = default)
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!);
        var kernel = KernelFactory.Create();
        var abandoned = false;
        try
        {
            var cells = new List<ExecutedCell>();
            NotebookFailure? failure = null;
            var executionCount = 0;
            foreach (var cell in notebook.Cells)
            {
                if (!cell.IsCode) continue;
                if (failure is not null)
                {
                    cells.Add(new ExecutedCell(cell, null, []));
                    continue;
                }
                executionCount++;
                var collector = new CellOutputCollector(rules.Publishing);
                var submission = kernel.SendAsync(new SubmitCode(references.Redirect(cell.Source), KernelFactory.CSharpKernelName), cancel);
                if (await Task.WhenAny(submission, Task.Delay(rules.CellTimeout, cancel)) != submission)
                {
                    // A running C# submission cannot be stopped from outside: leave it and its kernel behind.
                    abandoned = true;
                    collector.Fail("CellTimeout", $"the cell did not finish within {rules.CellTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} s (--cell-timeout) and was abandoned");
                }
                else
                {
                    foreach (var e in (await submission).Events)
                    {
                        try { collector.Add(e); }
                        catch (CellOutputException problem) { collector.Fail("CellOutputException", problem.Message); }
                    }
                }
                cells.Add(new ExecutedCell(cell, executionCount, collector.Outputs));
                if (collector.Error is { } error)
                    failure = new NotebookFailure(notebook.Name, cell.Number, error.Value);
            }
            return new ExecutedNotebook(notebook, cells, failure);
        }
        finally
        {
            if (!abandoned) kernel.Dispose();
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }
}
