using Microsoft.DotNet.Interactive.Commands;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Runs one notebook, cell by cell, in a fresh in-process C# kernel, with the notebook's folder
/// as working directory (as Jupyter and VS Code do). The first failing cell stops the notebook.
/// </summary>
public sealed class NotebookRunner(LoadedAssemblyReferences references)
{
    public async Task<ExecutedNotebook> RunAsync(NotebookDocument notebook, CancellationToken cancel = default)
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!);
        try
        {
            using var kernel = KernelFactory.Create();
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
                var collector = new CellOutputCollector();
                var result = await kernel.SendAsync(new SubmitCode(references.Redirect(cell.Source), KernelFactory.CSharpKernelName), cancel);
                foreach (var e in result.Events)
                {
                    try { collector.Add(e); }
                    catch (CellOutputException problem) { collector.Fail("CellOutputException", problem.Message); }
                }
                cells.Add(new ExecutedCell(cell, executionCount, collector.Outputs));
                if (collector.Error is { } error)
                    failure = new NotebookFailure(notebook.Name, cell.Number, error.Value);
            }
            return new ExecutedNotebook(notebook, cells, failure);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }
}
