using System.Text.Unicode;

namespace ChatFindings.Load;

/// <summary>
/// Looks at the start of a file before the CSV reader does: is it empty, is it UTF-8 text at all,
/// and which separator does its header line use.
/// </summary>
internal static class CsvFileProbe
{
    public const int PrefixLength = 64 * 1024;

    public sealed record Result(char Separator, string? Problem, string? Rule, int ProblemLine);

    public static Result Inspect(ReadOnlySpan<byte> prefix, bool wholeFile)
    {
        if (prefix.StartsWith("\uFEFF"u8)) prefix = prefix[3..];
        else if (prefix.StartsWith([(byte)0xFF, (byte)0xFE]) || prefix.StartsWith([(byte)0xFE, (byte)0xFF]))
            return Fail("the file is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\")", LoadRules.Encoding, 1);

        if (prefix.Trim(" \t\r\n"u8).IsEmpty)
            return Fail("the file is empty: no header line", LoadRules.EmptyFile, 1);

        var nul = prefix.IndexOf((byte)0);
        if (nul >= 0)
            return Fail("not a text file: it contains NUL bytes (binary data)", LoadRules.Encoding, LineOf(prefix, nul));

        // A multi-byte character may be cut at the end of the prefix; only complete text is judged.
        var checkable = wholeFile ? prefix : TrimIncompleteTail(prefix);
        if (!Utf8.IsValid(checkable))
        {
            var bad = FirstInvalidByte(checkable);
            return Fail($"not UTF-8 text: invalid byte 0x{checkable[bad]:X2} at byte {bad + 1}; save the file as UTF-8 (\"CSV UTF-8\")",
                LoadRules.Encoding, LineOf(checkable, bad));
        }
        return new Result(DetectSeparator(prefix), null, null, 0);
    }

    private static Result Fail(string problem, string rule, int line) => new(',', problem, rule, line);

    /// <summary>Semicolon when the header line has more semicolons than commas outside quotes (Dutch spreadsheet exports), else comma.</summary>
    internal static char DetectSeparator(ReadOnlySpan<byte> text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in text)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (!quoted && b is (byte)'\n' or (byte)'\r') break;
            else if (!quoted && b == (byte)',') commas++;
            else if (!quoted && b == (byte)';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static ReadOnlySpan<byte> TrimIncompleteTail(ReadOnlySpan<byte> s)
    {
        // Step back over at most 3 continuation bytes to the start of the last character.
        var i = s.Length - 1;
        var back = 0;
        while (i >= 0 && back < 3 && (s[i] & 0xC0) == 0x80) { i--; back++; }
        if (i < 0 || s[i] < 0xC0) return s;
        var need = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2;
        return s.Length - i < need ? s[..i] : s;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> s)
    {
        var chars = new char[s.Length + 1];
        var status = Utf8.ToUtf16(s, chars, out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    /// <summary>The 1-based physical line of a byte offset (CR LF, LF and lone CR each end a line).</summary>
    internal static int LineOf(ReadOnlySpan<byte> s, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < s.Length; i++)
        {
            if (s[i] == (byte)'\n') line++;
            else if (s[i] == (byte)'\r' && (i + 1 >= s.Length || s[i + 1] != (byte)'\n')) line++;
        }
        return line;
    }
}
