using System.Text.Unicode;
using CsvHelper;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// Reads any CSV described by a <see cref="TableSchema"/>: every data row is either accepted (typed, in
/// <see cref="TableReadResult.Rows"/>) or rejected with file, line, column, value and rule. Never throws for bad data.
/// </summary>
/// <remarks>
/// Accepts UTF-8 with or without BOM, CRLF or LF, comma or semicolon (from the header line), quoted fields
/// (also across lines), and spaces around values. Blank lines carry no data and are passed over.
/// Line numbers are physical lines of the file, counted by CsvHelper, so a quoted line break does not shift them.
/// </remarks>
public static class TableReader
{
    public static TableReadResult Read(string csvPath, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<LoadError>();
        var sink = new CellErrorSink(csvPath, errors);
        var unstorable = StorageLimits.Problems(schema);
        if (unstorable.Count > 0)
        {
            foreach (var (field, problem) in unstorable)
            {
                sink.Column = field;
                sink.Report(LoadRules.Schema, $"schema {schema.Source}: {problem}", null);
            }
            return Finish(schema, csvPath, [], [], 0, 0, errors);
        }
        var columns = FieldColumn.ForSchema(schema);

        FileStream stream;
        try
        {
            stream = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read: {e.Message}";
            sink.Line = 0;
            sink.Report(LoadRules.File, why, null);
            return Finish(schema, csvPath, columns, [], 0, 0, errors);
        }

        using (stream)
        {
            var prefix = new byte[(int)Math.Min(stream.Length, CsvFileProbe.PrefixLength)];
            stream.ReadExactly(prefix);
            var probe = CsvFileProbe.Inspect(prefix, prefix.Length == stream.Length);
            if (probe.Problem is not null)
            {
                sink.Line = probe.ProblemLine;
                sink.Report(probe.Rule!, probe.Problem, null);
                return Finish(schema, csvPath, columns, [], 0, 0, errors);
            }
            stream.Position = 0;
            return ReadRows(stream, probe.Separator, schema, columns, sink);
        }
    }

    // One call runs the loop over every row: compile it optimized at once rather than through on-stack replacement.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static TableReadResult ReadRows(Stream stream, char separator, TableSchema schema, FieldColumn[] columns, CellErrorSink sink)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false, // the header is checked here, against the schema, with its line number
            Separator = separator,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            SkipEmptyLines = true,
            OnMalformedRecord = malformed.Enqueue,
        };

        var lines = Array.Empty<int>();
        int rowsRead = 0, accepted = 0;
        var fileLength = stream.Length;
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        HeaderMap? header = null;
        var indexes = UniqueIndex.For(schema);
        var cellRead = new bool[columns.Length];
        var keys = new FieldColumnKeys(columns);
        var lastLine = 1;
        try
        {
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                lastLine = line;
                sink.Line = line;
                sink.Column = null;
                var quoteProblem = TakeMalformed(malformed, line);

                if (header is null)
                {
                    if (quoteProblem is not null || !IsText(csv.RawRecord))
                    {
                        sink.Report(quoteProblem is null ? LoadRules.Encoding : QuoteRule(quoteProblem.Value), "the header line is malformed", null);
                        sink.Report(LoadRules.Header, "no data row can be checked because the header line cannot be read", null);
                        header = HeaderMap.Unreadable;
                        continue;
                    }
                    var names = new string[csv.FieldCount];
                    for (var c = 0; c < names.Length; c++) names[c] = csv.GetString(c) ?? "";
                    header = HeaderMap.Build(names, schema, sink);
                    continue;
                }

                rowsRead++;
                if (lines.Length == 0)
                {
                    var expected = EstimateRows(fileLength, csv.RawRecord.Length);
                    Reserve(columns, ref lines, expected);
                    foreach (var index in indexes) index.Reserve(expected);
                }
                if (accepted >= lines.Length) Reserve(columns, ref lines, Math.Max(16, lines.Length * 2));

                if (quoteProblem is not null)
                {
                    ReportQuote(quoteProblem.Value, csv.RawRecord, line, sink);
                    continue;
                }
                if (!IsText(csv.RawRecord))
                {
                    sink.Report(LoadRules.Encoding, "the row is not UTF-8 text (invalid bytes or NUL); save the file as UTF-8", null);
                    continue;
                }
                if (header.IsUnreadable) continue;
                if (csv.FieldCount != header.ColumnCount)
                {
                    sink.Report(LoadRules.FieldCount, FieldCountMessage(csv.FieldCount, header.ColumnCount), null);
                    continue;
                }

                var cells = new CsvHelperCells(csv);
                var ok = RowCheck.Cells(ref cells, header, columns, accepted, cellRead, sink);
                foreach (var index in indexes) ok &= index.Check(keys, cellRead, accepted, lines, sink);
                foreach (var index in indexes) index.RowDone(keys, ok);

                if (ok) lines[accepted++] = line;
            }
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            sink.Line = lastLine;
            sink.Column = null;
            sink.Report(LoadRules.File, $"reading stopped after line {lastLine}: {e.Message}", null);
        }

        if (header is null)
        {
            sink.Line = 1;
            sink.Report(LoadRules.EmptyFile, "the file is empty: no header line", null);
        }
        return Finish(schema, sink.File, columns, lines, rowsRead, accepted, sink.Errors);
    }

    private readonly struct CsvHelperCells(CsvReader csv) : IRowCells
    {
        public ReadOnlySpan<byte> Cell(int column) => csv.GetSpan(column);
    }

    internal static string FieldCountMessage(int fields, int headerFields) => $"the row has {fields} fields, the header has {headerFields}";

    private static bool IsText(ReadOnlySpan<byte> raw) => raw.IndexOf((byte)0) < 0 && Utf8.IsValid(raw);

    private static CsvMalformedRecord? TakeMalformed(Queue<CsvMalformedRecord> queue, int line)
    {
        CsvMalformedRecord? found = null;
        // CsvHelper reports a malformed record just before returning it; earlier ones were skipped records.
        while (queue.Count > 0 && queue.Peek().LineNumber <= line)
        {
            var m = queue.Dequeue();
            if (m.LineNumber == line) found ??= m;
        }
        return found;
    }

    private static string QuoteRule(CsvMalformedRecord m) =>
        m.Reason == CsvMalformedReason.UnterminatedQuote ? LoadRules.UnclosedQuote : LoadRules.Quote;

    private static void ReportQuote(CsvMalformedRecord m, ReadOnlySpan<byte> raw, int line, CellErrorSink sink)
    {
        switch (m.Reason)
        {
            case CsvMalformedReason.UnterminatedQuote:
                var last = line + CsvFileProbe.LineOf(raw, raw.Length) - 1;
                sink.Report(LoadRules.UnclosedQuote,
                    last > line ? $"a quoted field opened on this line is never closed (it runs to line {last}, the end of the file)"
                                : "a quoted field opened on this line is never closed", null);
                break;
            case CsvMalformedReason.StrayQuote:
                sink.Report(LoadRules.Quote, "a quote inside an unquoted field (quote the whole field and double the quote)", null);
                break;
            case CsvMalformedReason.TextAfterClosingQuote:
                sink.Report(LoadRules.Quote, "text after the closing quote of a field", null);
                break;
            default:
                sink.Report(LoadRules.Quote, $"malformed row ({m.Reason})", null);
                break;
        }
    }

    private static int EstimateRows(long fileLength, int firstRowLength) =>
        (int)Math.Clamp(fileLength / Math.Max(1, firstRowLength + 1) * 11 / 10 + 16, 16, 1 << 26);

    private static void Reserve(FieldColumn[] columns, ref int[] lines, int capacity)
    {
        foreach (var c in columns) c.EnsureCapacity(capacity);
        Array.Resize(ref lines, capacity);
    }

    private static TableReadResult Finish(TableSchema schema, string file, FieldColumn[] columns, int[] lines,
        int rowsRead, int accepted, List<LoadError> errors)
    {
        var report = new LoadReport(file, rowsRead, accepted, rowsRead - accepted, errors);
        return new TableReadResult(schema, report, new TableData(schema, columns, lines, accepted));
    }
}
