using System.Buffers;
using System.Runtime.CompilerServices;

namespace ChatFindings;

/// <summary>
/// Counts a frequency table straight from the columns of a <see cref="ConversationStore"/>: each variable's code
/// per row as a byte (<see cref="ColumnCodes"/>), a histogram of the codes (of code pairs, two-way), then the
/// grid from the histogram. Used when the conversations are a data set's list or an array or list of one data
/// set's conversations and both variables are built-in; otherwise <see cref="FrequencyTable"/> goes row by row.
/// </summary>
internal static class FrequencyTableColumns
{
    /// <summary>The grid with margins (as <see cref="FrequencyTable"/> lays it out), or null when the columns cannot be used.</summary>
    public static int[,]? TryCount(IEnumerable<Conversation> conversations, ConversationVariable rows, ConversationVariable? columns)
    {
        if (rows.Columns is null || columns is { Columns: null }) return null;
        if (!RowSelection.TryOf(conversations, out var selection) || selection.OneStore() is not { } store) return null;
        return Count(store, selection, rows, columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a cold process counts a few tables once: skip the slow first tier
    private static int[,]? Count(ConversationStore store, RowSelection selection, ConversationVariable rows, ConversationVariable? columns)
    {
        var n = selection.Count;
        var rowCodes = ArrayPool<byte>.Shared.Rent(Math.Max(1, n));
        var columnCodes = columns is null ? null : ArrayPool<byte>.Shared.Rent(Math.Max(1, n));
        try
        {
            if (!rows.Columns!.TryFill(store, selection, rowCodes)) return null;
            if (columns is not null && !columns.Columns!.TryFill(store, selection, columnCodes)) return null;
            // Cell (row code, column code) of the histogram is row code * column codes + column code.
            var width = columns?.Columns!.CodeCount ?? 1;
            var histogram = new int[rows.Columns.CodeCount * width];
            if (columnCodes is null)
                for (var i = 0; i < n; i++) histogram[rowCodes[i]]++;
            else
                for (var i = 0; i < n; i++) histogram[rowCodes[i] * width + columnCodes[i]]++;
            return Grid(histogram, width, rows, columns);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rowCodes);
            if (columnCodes is not null) ArrayPool<byte>.Shared.Return(columnCodes);
        }
    }

    /// <summary>
    /// Every conversation with a pair of codes counts in each cell of its row and column categories, in the margin of
    /// each, and once in the grand total: the row-by-row rule, applied to all conversations with those codes at once.
    /// </summary>
    private static int[,] Grid(int[] histogram, int width, ConversationVariable rows, ConversationVariable? columns)
    {
        var rowCount = rows.Variable.Categories.Count;
        var columnCount = columns?.Variable.Categories.Count ?? 0;
        var grid = new int[rowCount + 1, columns is null ? 1 : columnCount + 1];
        Span<int> rowBuffer = stackalloc int[32], columnBuffer = stackalloc int[32];
        for (var key = 0; key < histogram.Length; key++)
        {
            var k = histogram[key];
            if (k == 0) continue;
            if (columns is null)
            {
                foreach (var r in Categories(rows, key, rowBuffer)) grid[r, 0] += k;
                grid[rowCount, 0] += k;
                continue;
            }
            var rowIndexes = Categories(rows, key / width, rowBuffer);
            var columnIndexes = Categories(columns, key % width, columnBuffer);
            foreach (var r in rowIndexes)
            {
                foreach (var c in columnIndexes) grid[r, c] += k;
                grid[r, columnCount] += k;
            }
            foreach (var c in columnIndexes) grid[rowCount, c] += k;
            grid[rowCount, columnCount] += k;
        }
        return grid;
    }

    /// <summary>The categories of a code as bits (bit i: category i), as <see cref="Categories"/> lists them.</summary>
    internal static ulong CategoryBits(ConversationVariable variable, int code)
    {
        Span<int> buffer = stackalloc int[32];
        var bits = 0UL;
        foreach (var i in Categories(variable, code, buffer)) bits |= 1UL << i;
        return bits;
    }

    /// <summary>The categories of a code: itself for a single-valued variable; its flags, or "Not known" for none, for a list.</summary>
    private static ReadOnlySpan<int> Categories(ConversationVariable variable, int code, Span<int> buffer)
    {
        if (!variable.Variable.IsMultiValued) { buffer[0] = code; return buffer[..1]; }
        var known = variable.Variable.Categories.Count - 1;
        if (code == 0) { buffer[0] = known; return buffer[..1]; }
        var count = 0;
        for (var i = 0; i < known; i++)
            if ((code & (1 << i)) != 0) buffer[count++] = i;
        return buffer[..count];
    }
}
