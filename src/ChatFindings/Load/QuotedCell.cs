using System.Runtime.CompilerServices;

namespace ChatFindings.Load;

/// <summary>
/// The quoting rules of the parallel reader's cells, as CsvHelper reads them with TableReader's options: spaces
/// and tabs around a value are trimmed, a quoted value is unquoted ("" is one quote) and trimmed inside too.
/// Sep hands over the raw text; a cell these rules call malformed makes the parallel reader decline the file,
/// so that CsvHelper reads it and names the quoting problem.
/// </summary>
internal static class QuotedCell
{
    /// <summary>Whether a raw cell is unquoted without any quote, or one quoted value with only doubled quotes inside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell of a load
    public static bool IsWellFormed(ReadOnlySpan<char> raw)
    {
        var t = raw.Trim(" \t");
        if (t.IndexOf('"') < 0) return true;
        if (t.Length < 2 || t[0] != '"' || t[^1] != '"') return false;
        var inner = t[1..^1];
        while (true)
        {
            var q = inner.IndexOf('"');
            if (q < 0) return true;
            if (q + 1 >= inner.Length || inner[q + 1] != '"') return false;
            inner = inner[(q + 2)..];
        }
    }

    /// <summary>The value of a well-formed raw cell (as UTF-8), unquoted in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell of a load
    public static Span<byte> Value(Span<byte> raw)
    {
        var t = Trim(raw);
        if (t.Length < 2 || t[0] != (byte)'"') return t;
        var inner = t[1..^1];
        var length = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            inner[length++] = inner[i];
            if (inner[i] == (byte)'"') i++; // the second of a doubled quote
        }
        return Trim(inner[..length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell of a load
    private static Span<byte> Trim(Span<byte> s)
    {
        var start = 0;
        while (start < s.Length && s[start] is (byte)' ' or (byte)'\t') start++;
        var end = s.Length;
        while (end > start && s[end - 1] is (byte)' ' or (byte)'\t') end--;
        return s[start..end];
    }

    /// <summary>The line breaks inside a row's text (CR LF, LF and a lone CR each end a line), for its first line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every cell of a load
    public static int LineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') count++;
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) count++;
        }
        return count;
    }
}
