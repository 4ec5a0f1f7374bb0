using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// Reads a conversations CSV with Sep on all cores, straight into a <see cref="ConversationStore"/>: workers check
/// each row's cells with the same column checks as <see cref="TableReader"/> (<see cref="RowCheck"/>) and hand
/// back a value per row; one writer takes the rows in file order, checks the ids' uniqueness and appends them.
/// No object or string per row, and the same report: file, line, column, value and rule of every error.
/// </summary>
/// <remarks>
/// When each reader runs: <see cref="ConversationLoader"/> tries this one first, for every file. It declines
/// (returns null) for what only CsvHelper reports as today: a file the probe faults (empty, not UTF-8, NUL
/// bytes, UTF-16), a row with malformed quoting, invalid UTF-8 or NUL anywhere in it, a header that does not
/// match the schema, a schema with a unique key other than the id, or a read error (also a row longer than
/// Sep takes). Then <see cref="TableReader"/> (CsvHelper) reads the whole file again. Well-formed files, with
/// or without rejected rows, stay here.
/// </remarks>
internal sealed class ParallelConversationReader
{
    public sealed record Result(ConversationStore Store, LoadReport Report);

    private readonly string _path;
    private readonly TableSchema _schema;
    private readonly ConversationColumns _bound;
    private readonly char _separator;
    private HeaderMap _header = HeaderMap.Unreadable;
    private int _headerEnd; // the line after the header: rows before it are the header and blank lines (Sep's RowIndex restarts per batch)
    private volatile bool _declined;

    private ParallelConversationReader(string path, TableSchema schema, ConversationColumns bound, char separator)
    {
        _path = path;
        _schema = schema;
        _bound = bound;
        _separator = separator;
    }

    /// <summary>The file read into a store with its report, or null when the file is one for CsvHelper.</summary>
    public static Result? TryRead(string csvPath, TableSchema schema, ConversationColumns bound)
    {
        if (StorageLimits.Problems(schema).Count > 0) return null;
        var indexes = UniqueIndex.For(schema);
        if (indexes.Any(i => i.Fields.Count != 1 || i.Fields[0] != bound.Id)) return null;
        try
        {
            if (Probe(csvPath) is not { } probe) return null;
            var reader = new ParallelConversationReader(csvPath, schema, bound, probe.Separator);
            return reader.ReadHeader(probe.Length, out var estimate) ? reader.ReadRows(indexes, estimate) : null;
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            return null;
        }
    }

    private static bool IsReadFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or InvalidDataException => true,
        NotSupportedException => true, // Sep: a row beyond its longest (a quote never closed) or too many columns
        AggregateException a => a.InnerExceptions.All(IsReadFailure),
        _ => false,
    };

    private static (char Separator, long Length)? Probe(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var prefix = new byte[(int)Math.Min(stream.Length, CsvFileProbe.PrefixLength)];
        stream.ReadExactly(prefix);
        var probe = CsvFileProbe.Inspect(prefix, prefix.Length == stream.Length);
        return probe.Problem is null ? (probe.Separator, stream.Length) : null;
    }

    private SepReader Open() =>
        Sep.New(_separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false })
            // Invalid bytes decode to U+FFFD, which makes the reader decline; a UTF-8 BOM is skipped.
            .From(new StreamReader(_path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true,
                new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan }));

    /// <summary>
    /// Reads the header (the first non-blank row, as CsvHelper skips blank lines), then sizes the store from the
    /// rows after it: the file's length over the average length of up to <see cref="SampleRows"/> rows.
    /// </summary>
    private bool ReadHeader(long fileLength, out (int Rows, int IdBytes) estimate)
    {
        estimate = (16, 8);
        using var reader = Open();
        var names = new List<string>();
        var buffer = new byte[256];
        long sampled = 0, chars = 0, idChars = 0;
        while (reader.MoveNext() && sampled < SampleRows)
        {
            var row = reader.Current;
            if (IsBlank(row)) continue;
            if (!_header.IsUnreadable)
            {
                sampled++;
                chars += row.Span.Length + 1;
                var id = Array.IndexOf(_header.FieldOfColumn, _bound.Id);
                if (id >= 0 && id < row.ColCount) idChars += row[id].Span.Length;
                continue;
            }
            if (!IsPlain(row)) return false;
            for (var c = 0; c < row.ColCount; c++) names.Add(Encoding.UTF8.GetString(Utf8Value(row[c].Span, ref buffer)));
            _headerEnd = row.LineNumberToExcl;
            var sink = new CellErrorSink(_path, []) { Line = StartLine(row) };
            _header = HeaderMap.Build(names, _schema, sink);
            if (_header.IsBroken) return false;
        }
        if (sampled > 0)
        {
            // A twentieth more than the sample predicts, so that the columns rarely grow (a copy of each) at the end.
            var rows = sampled < SampleRows ? sampled : fileLength * sampled / chars * 21 / 20;
            estimate = ((int)Math.Clamp(rows + 16, 16, Array.MaxLength / 8), (int)Math.Clamp(idChars / sampled + 1, 1, 64));
        }
        return !_header.IsUnreadable;
    }

    private const int SampleRows = 1000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
    private Result? ReadRows(List<UniqueIndex> indexes, (int Rows, int IdBytes) estimate)
    {
        var errors = new List<LoadError>();
        var sink = new CellErrorSink(_path, errors);
        var store = new ConversationStore(estimate.Rows, estimate.IdBytes);
        var keys = new StoreIds(store);
        var cellRead = new bool[_schema.Fields.Count];
        var lines = new RowLines();
        foreach (var index in indexes) index.Reserve(estimate.Rows);
        var rowsRead = 0;

        using var workers = new ThreadLocal<Worker>(() => new Worker(this));
        using var reader = Open();
        foreach (var parsed in reader.ParallelEnumerate(row => workers.Value!.Parse(row)))
        {
            if (parsed.Kind == RowKind.Skip) continue;
            if (parsed.Kind == RowKind.Decline) { _declined = true; return null; }
            rowsRead++;
            sink.Line = parsed.Line;
            sink.Column = null;
            if (parsed.Kind == RowKind.FieldCount)
            {
                sink.Report(LoadRules.FieldCount, TableReader.FieldCountMessage(parsed.FieldCount, _header.ColumnCount), null);
                continue;
            }
            if (parsed.Errors is not null) errors.AddRange(parsed.Errors);

            // The row goes in before its key is checked against the others (the index reads keys from the store).
            var slot = parsed.Values.AddTo(store);
            cellRead[_bound.Id] = parsed.KeyRead;
            var ok = parsed.CellsOk;
            foreach (var index in indexes) ok &= index.Check(keys, cellRead, slot, lines, sink);
            foreach (var index in indexes) index.RowDone(keys, ok);
            if (ok) lines.Add(parsed.Line);
            else store.DropLast();
        }
        store.TrimSurplus();
        var report = new LoadReport(_path, rowsRead, store.Count, rowsRead - store.Count, errors);
        return new Result(store, report);
    }

    // CsvHelper passes over lines of only spaces and tabs as well as empty ones (it trims before it looks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.Trim(" \t").IsEmpty;

    /// <summary>Text only (no NUL, no undecodable byte) with well-formed quoting in every cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
    private static bool IsPlain(SepReader.Row row)
    {
        var text = row.Span;
        if (text.IndexOfAny('\0', '\uFFFD') >= 0) return false;
        if (text.IndexOf('"') < 0) return true;
        for (var c = 0; c < row.ColCount; c++)
            if (!QuotedCell.IsWellFormed(row[c].Span)) return false;
        return true;
    }

    /// <summary>
    /// The physical line a row starts on. Sep 0.17.1's LineNumberFrom is off for the first row and for a last row
    /// without a line break; LineNumberToExcl is right, so count back over the row's quoted line breaks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
    private static int StartLine(SepReader.Row row)
    {
        var text = row.Span;
        var quoted = text.IndexOf('"') >= 0 ? QuotedCell.LineBreaks(text) : 0;
        return row.LineNumberToExcl - 1 - quoted;
    }

    /// <summary>The value of a raw cell as UTF-8. Sep gives UTF-16; the codebook's cells are ASCII, narrowed here
    /// char by char (a per-cell call to the UTF-8 encoder costs more than all of Sep's parsing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
    private static ReadOnlySpan<byte> Utf8Value(ReadOnlySpan<char> raw, ref byte[] buffer)
    {
        var most = Encoding.UTF8.GetMaxByteCount(raw.Length);
        if (buffer.Length < most) buffer = new byte[Math.Max(most, buffer.Length * 2)];
        var bytes = buffer.AsSpan();
        for (var i = 0; i < raw.Length; i++)
        {
            var ch = raw[i];
            if (ch > 0x7F) return QuotedCell.Value(bytes[..Encoding.UTF8.GetBytes(raw, bytes)]);
            bytes[i] = (byte)ch;
        }
        return QuotedCell.Value(bytes[..raw.Length]);
    }

    private enum RowKind : byte { Skip, Data, FieldCount, Decline }

    // Small on purpose: Sep buffers a batch of these per worker, and PLINQ a few batches ahead.
    private struct ParsedRow
    {
        public LoadError[]? Errors;
        public ConversationRow Values;
        public int Line;
        public int FieldCount;
        public RowKind Kind;
        public bool CellsOk;
        public bool KeyRead;
    }

    /// <summary>One thread's scratch: a one-slot column per field to check cells into, and its own error list.</summary>
    private sealed class Worker
    {
        private readonly ParallelConversationReader _owner;
        private readonly FieldColumn[] _columns;
        private readonly bool[] _cellRead;
        private readonly List<LoadError> _errors = [];
        private readonly CellErrorSink _sink;
        private byte[] _buffer = new byte[256];

        public Worker(ParallelConversationReader owner)
        {
            _owner = owner;
            _columns = FieldColumn.ForSchema(owner._schema);
            foreach (var c in _columns) c.EnsureCapacity(1);
            _cellRead = new bool[_columns.Length];
            _sink = new CellErrorSink(owner._path, _errors);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per process, on every row: skip the slow first tiers
        public ParsedRow Parse(SepReader.Row row)
        {
            if (_owner._declined || row.LineNumberToExcl <= _owner._headerEnd || IsBlank(row)) return default; // Skip
            if (!IsPlain(row)) return new ParsedRow { Kind = RowKind.Decline };
            var line = StartLine(row);
            if (row.ColCount != _owner._header.ColumnCount) return new ParsedRow { Kind = RowKind.FieldCount, Line = line, FieldCount = row.ColCount };

            _errors.Clear();
            _sink.Line = line;
            _sink.Column = null;
            var cells = new SepCells(row, this);
            var parsed = new ParsedRow { Kind = RowKind.Data, Line = line };
            parsed.CellsOk = RowCheck.Cells(ref cells, _owner._header, _columns, 0, _cellRead, _sink);
            var id = _owner._bound.Id;
            parsed.KeyRead = _cellRead[id] && !_columns[id].IsMissing(0);
            parsed.Errors = _errors.Count == 0 ? null : _errors.ToArray();
            parsed.Values.Read(_owner._bound, _columns, 0);
            return parsed;
        }

        private readonly ref struct SepCells(SepReader.Row row, Worker worker) : IRowCells
        {
            private readonly SepReader.Row _row = row;

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public ReadOnlySpan<byte> Cell(int column) => Utf8Value(_row[column].Span, ref worker._buffer);
        }
    }

    /// <summary>The ids of the store as the key cells of the uniqueness check (the only key this reader takes).</summary>
    private sealed class StoreIds(ConversationStore store) : IKeyCells
    {
        public bool IsMissing(int field, int slot) => false;
        public string Text(int field, int slot) => store.Id(slot);
        public bool IsUtf8(int field) => true;
        public ReadOnlySpan<byte> Utf8(int field, int slot) => store.IdUtf8(slot);
    }
}
