namespace ChatFindings.Cli.Execution;

/// <summary>A code cell after running: its execution count (null if it never ran) and outputs.</summary>
public sealed record ExecutedCell(NotebookCell Cell, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs);

/// <summary>Why a notebook stopped: the cell (1-based, counting ALL cells, markdown included) and the error.</summary>
public sealed record NotebookFailure(string Notebook, int CellNumber, string Message)
{
    public override string ToString() =>
        $"notebook {Notebook}.ipynb, cell {CellNumber} (counting all cells from 1, markdown included): {Message}";
}

/// <summary>The result of running one notebook: every cell (code cells with outputs) and the failure, if any.</summary>
public sealed record ExecutedNotebook(NotebookDocument Source, IReadOnlyList<ExecutedCell> Cells, NotebookFailure? Failure)
{
    public string Name => Source.Name;
    public bool Succeeded => Failure is null;

    /// <summary>Every data output of the run, in cell order, with the number of the cell it came from.</summary>
    public IEnumerable<(int CellNumber, DataOutput Output)> DataOutputs =>
        Cells.SelectMany(c => c.Outputs.OfType<DataOutput>().Select(o => (c.Cell.Number, o)));

    /// <summary>The same run marked as failed at a cell, for problems found after execution (e.g. a duplicate table name).</summary>
    public ExecutedNotebook FailAt(int cellNumber, string message) =>
        Failure is not null ? this : this with { Failure = new NotebookFailure(Name, cellNumber, message) };
}
