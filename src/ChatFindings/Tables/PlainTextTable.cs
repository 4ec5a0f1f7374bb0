using System.Text;

namespace ChatFindings;

/// <summary>A fixed-width text rendering of a table grid, for ToString while exploring.</summary>
internal static class PlainTextTable
{
    public static string Render(string title, TableAxes axes, Func<int, int, string> cell, IReadOnlyList<string> notes)
    {
        var rows = axes.RowCodes.Count;
        var columns = axes.ColumnCodes.Count;
        var header = new string[columns + 1];
        header[0] = axes.RowVariable.Title;
        for (var c = 0; c < columns; c++) header[c + 1] = axes.ColumnLabels[c];
        var lines = new List<string[]> { header };
        for (var r = 0; r < rows; r++)
        {
            var line = new string[columns + 1];
            line[0] = axes.RowLabels[r];
            for (var c = 0; c < columns; c++) line[c + 1] = cell(r, c);
            lines.Add(line);
        }

        var widths = Enumerable.Range(0, columns + 1).Select(i => lines.Max(l => l[i].Length)).ToArray();
        var text = new StringBuilder();
        text.Append(title).Append('\n');
        if (axes.ColumnVariable is { } columnVariable)
            text.Append(new string(' ', widths[0])).Append("  ").Append(columnVariable.Title).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line[0].PadRight(widths[0]));
            for (var i = 1; i < line.Length; i++) text.Append("  ").Append(line[i].PadLeft(widths[i]));
            text.Append('\n');
        }
        foreach (var note in notes) text.Append("Note: ").Append(note).Append('\n');
        return text.ToString();
    }
}
