namespace ChatFindings.Cli.Execution;

/// <summary>A code cell after running: its execution count (null if it never ran) and outputs.</summary>
public sealed record ExecutedCell(NotebookCell Cell, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs);

/// <summary>Why a notebook stopped: the cell (1-based, counting ALL cells, markdown included) and the error.</summary>
public sealed record NotebookFailure(string Notebook, int CellNumber, string Message)
{
    public override string ToString() =>
        $"notebook {Notebook}.ipynb, cell {CellNumber} (counting all cells from 1, markdown included): {Message}";
}

/// <summary>
/// An executed notebook: the one model publish keeps in memory from the run to the artifacts. The
/// runner makes it, publish checks and transforms it (chart images added), the site and the PDF
/// render it, and <see cref="ExecutedNotebookWriter"/> writes it once. <see cref="Cells"/> holds the
/// code cells; markdown and raw cells are those of <see cref="Source"/>.
/// </summary>
public sealed record ExecutedNotebook(NotebookDocument Source, IReadOnlyList<ExecutedCell> Cells, NotebookFailure? Failure)
{
    public string Name => Source.Name;
    public bool Succeeded => Failure is null;

    /// <summary>Every cell in document order, with its run when it is a code cell.</summary>
    public IEnumerable<(NotebookCell Cell, ExecutedCell? Run)> AllCells
    {
        get
        {
            var runs = Cells.ToDictionary(c => c.Cell.Number);
            return Source.Cells.Select(c => (c, runs.GetValueOrDefault(c.Number)));
        }
    }

    /// <summary>Every data output of the run, in cell order, with the number of the cell it came from.</summary>
    public IEnumerable<(int CellNumber, DataOutput Output)> DataOutputs =>
        Cells.SelectMany(c => c.Outputs.OfType<DataOutput>().Select(o => (c.Cell.Number, o)));

    /// <summary>The same run marked as failed at a cell, for problems found after execution (e.g. a duplicate table name).</summary>
    public ExecutedNotebook FailAt(int cellNumber, string message) =>
        Failure is not null ? this : this with { Failure = new NotebookFailure(Name, cellNumber, message) };

    /// <summary>The same run with each data output passed through <paramref name="change"/> (e.g. a chart's image added).</summary>
    public ExecutedNotebook MapData(Func<DataOutput, DataOutput> change) => this with
    {
        Cells = Cells.Select(c => c with { Outputs = c.Outputs.Select(o => o is DataOutput d ? change(d) : o).ToList() }).ToList(),
    };
}
