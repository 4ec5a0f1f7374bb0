using System.Text;

namespace ChatFindings.Load;

/// <summary>Collects the errors of one file; knows the line and column being checked so checks need not.</summary>
internal sealed class CellErrorSink(string file, List<LoadError> errors)
{
    public const int MaxValueLength = 60;

    public string File { get; } = file;
    public List<LoadError> Errors { get; } = errors;
    public int Line { get; set; }
    public string? Column { get; set; }

    public void Report(string rule, string message, string? value) =>
        Errors.Add(new LoadError(File, Line, Column, value, rule, message));

    public void ReportCell(string rule, string message, ReadOnlySpan<byte> cell) => Report(rule, message, ForMessage(cell));

    /// <summary>A cell as it may appear in a message: decoded, control characters made visible, shortened.</summary>
    public static string ForMessage(ReadOnlySpan<byte> cell)
    {
        var text = Encoding.UTF8.GetString(cell.Length > MaxValueLength * 4 ? cell[..(MaxValueLength * 4)] : cell);
        var sb = new StringBuilder(Math.Min(text.Length, MaxValueLength + 1));
        foreach (var ch in text)
        {
            if (sb.Length >= MaxValueLength) { sb.Append('…'); break; }
            sb.Append(char.IsControl(ch) ? '\uFFFD' : ch);
        }
        return sb.ToString();
    }
}
