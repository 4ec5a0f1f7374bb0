using System.Runtime.CompilerServices;
using System.Globalization;

namespace ChatFindings;

/// <summary>A number field: finite decimal numbers ('.' or the schema's decimalChar), optional bounds and enum.</summary>
internal sealed class NumberColumn : FieldColumn
{
    private readonly HashSet<string>? _enum;
    private double[] _values = [];
    private bool[] _missing = [];

    public NumberColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        if (field.Constraints.Enum is { } e) _enum = new HashSet<string>(e, StringComparer.Ordinal);
    }

    public double? Get(int slot) => _missing[slot] ? null : _values[slot];

    public override void EnsureCapacity(int count)
    {
        if (_values.Length >= count) return;
        var size = Grow(_values.Length, count);
        Array.Resize(ref _values, size);
        Array.Resize(ref _missing, size);
    }

    public override void SetMissing(int slot) { _missing[slot] = true; _values[slot] = 0; }

    public override bool IsMissing(int slot) => _missing[slot];

    public override string? Text(int slot) => _missing[slot] ? null : _values[slot].ToString("R", CultureInfo.InvariantCulture);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        _missing[slot] = true;
        if (!TryParse(cell, out var value))
        {
            errors.ReportCell(LoadRules.Type, $"not a number (decimal separator '{Field.DecimalChar}')", cell);
            return false;
        }
        _values[slot] = value;
        _missing[slot] = false;
        var ok = Bounds.Check(Field.Constraints, value, cell, errors);
        if (_enum is not null && !_enum.Contains(value.ToString("R", CultureInfo.InvariantCulture)))
        {
            errors.ReportCell(LoadRules.Enum, $"not one of the allowed values ({string.Join(", ", Field.Constraints.Enum!)})", cell);
            ok = false;
        }
        return ok;
    }

    private bool TryParse(ReadOnlySpan<byte> cell, out double value)
    {
        value = 0;
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (Field.DecimalChar == '.')
            return double.TryParse(cell, style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        // A decimal comma: a '.' would be a thousands separator, which the schema cannot declare.
        if (cell.Length > 64 || cell.Contains((byte)'.')) return false;
        Span<byte> copy = stackalloc byte[cell.Length];
        cell.CopyTo(copy);
        copy.Replace((byte)',', (byte)'.');
        return double.TryParse(copy, style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
