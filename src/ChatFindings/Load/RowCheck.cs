using System.Runtime.CompilerServices;

namespace ChatFindings.Load;

/// <summary>The cells of one data row, unquoted and trimmed, as UTF-8: how each reader hands them to <see cref="RowCheck"/>.</summary>
internal interface IRowCells
{
    /// <summary>The value of the cell at a file column; valid until the next call.</summary>
    ReadOnlySpan<byte> Cell(int column);
}

/// <summary>
/// Checks the cells of one data row against the schema and stores them at a slot of the columns: the one
/// place both readers (CsvHelper's and the parallel one) check a cell, so their messages cannot drift apart.
/// </summary>
internal static class RowCheck
{
    /// <summary>
    /// Parses every mapped cell into <paramref name="slot"/> (missing cells and absent fields as missing), reporting
    /// each broken rule; <paramref name="cellRead"/> says which fields hold a usable value. True when no rule is broken.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public static bool Cells<TCells>(scoped ref TCells cells, HeaderMap header, FieldColumn[] columns, int slot, bool[] cellRead, CellErrorSink sink)
        where TCells : IRowCells, allows ref struct
    {
        var ok = !header.IsBroken;
        var map = header.FieldOfColumn;
        for (var c = 0; c < map.Length; c++)
        {
            var f = map[c];
            if (f < 0) continue; // unknown column: its values are never read (they may be free text)
            var column = columns[f];
            var cell = cells.Cell(c);
            if (column.IsMissingCell(cell))
            {
                column.SetMissing(slot);
                cellRead[f] = true;
                if (column.MissingIsError)
                {
                    sink.Column = column.Field.Name;
                    sink.Report(LoadRules.Required, "a value is required", null);
                    ok = false;
                }
                continue;
            }
            sink.Column = column.Field.Name;
            cellRead[f] = column.Parse(cell, slot, sink);
            ok &= cellRead[f];
        }
        foreach (var f in header.AbsentFields) { columns[f].SetMissing(slot); cellRead[f] = true; }
        return ok;
    }
}
