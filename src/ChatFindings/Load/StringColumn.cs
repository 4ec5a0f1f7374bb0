using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// A free string field (no categories): length, pattern and enum constraints. Values are kept as UTF-8 in one
/// <see cref="Utf8Block"/> with offsets; strings are made on request.
/// </summary>
internal sealed class StringColumn : FieldColumn
{
    private const int StackChars = 256;

    private readonly Regex? _pattern;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _enum;
    private readonly Utf8Block _bytes = new(0);
    private int[] _start = []; // -1 = missing
    private int[] _length = [];

    public StringColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        // Table Schema patterns match the whole value.
        if (field.Constraints.Pattern is { } p)
            _pattern = new Regex($"^(?:{p})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        if (field.Constraints.Enum is { } e)
            _enum = new HashSet<string>(e, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string? Get(int slot) => _start[slot] < 0 ? null : _bytes.GetString(_start[slot], _length[slot]);

    /// <summary>The stored UTF-8 bytes (empty when missing; check <see cref="IsMissing"/>).</summary>
    public ReadOnlySpan<byte> Utf8(int slot) => _start[slot] < 0 ? default : _bytes.Slice(_start[slot], _length[slot]);

    public override void EnsureCapacity(int count)
    {
        if (_start.Length >= count) return;
        var size = Grow(_start.Length, count);
        Array.Resize(ref _start, size);
        Array.Resize(ref _length, size);
    }

    public override void SetMissing(int slot) => _start[slot] = -1;

    public override bool IsMissing(int slot) => _start[slot] < 0;

    public override string? Text(int slot) => Get(slot);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        Store(cell, slot);
        var ok = true;
        var c = Field.Constraints;
        if (c.MinLength is null && c.MaxLength is null && _pattern is null && _enum is null) return true;

        var rented = cell.Length > StackChars ? new char[cell.Length] : null;
        Span<char> buffer = rented ?? stackalloc char[StackChars];
        var value = buffer[..Encoding.UTF8.GetChars(cell, buffer)];
        if (c.MinLength is { } min && value.Length < min)
        {
            errors.ReportCell(LoadRules.MinLength, $"shorter than {min} characters", cell);
            ok = false;
        }
        if (c.MaxLength is { } max && value.Length > max)
        {
            errors.ReportCell(LoadRules.MaxLength, $"longer than {max} characters", cell);
            ok = false;
        }
        if (_pattern is not null && !_pattern.IsMatch(value))
        {
            errors.ReportCell(LoadRules.Pattern, $"does not match the pattern {c.Pattern}", cell);
            ok = false;
        }
        if (_enum is { } allowed && !allowed.Contains(value))
        {
            errors.ReportCell(LoadRules.Enum, $"not one of the allowed values ({string.Join(", ", c.Enum!)})", cell);
            ok = false;
        }
        return ok;
    }

    private void Store(ReadOnlySpan<byte> cell, int slot)
    {
        // The slot is being reused after a rejected row: its discarded bytes are the last ones, so give them back.
        if (_start[slot] >= 0 && _start[slot] + _length[slot] == _bytes.Used) _bytes.DropFrom(_start[slot]);
        _start[slot] = _bytes.Append(cell);
        _length[slot] = cell.Length;
    }
}
