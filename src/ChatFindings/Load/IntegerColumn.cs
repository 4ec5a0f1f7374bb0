using System.Runtime.CompilerServices;
using System.Globalization;

namespace ChatFindings;

/// <summary>An integer or year field: whole numbers with optional bounds and enum.</summary>
internal sealed class IntegerColumn : FieldColumn
{
    private readonly HashSet<string>? _enum;
    private int[] _values = [];
    private bool[] _missing = [];

    public IntegerColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        if (field.Constraints.Enum is { } e) _enum = new HashSet<string>(e, StringComparer.Ordinal);
    }

    public int? Get(int slot) => _missing[slot] ? null : _values[slot];

    public override void EnsureCapacity(int count)
    {
        if (_values.Length >= count) return;
        var size = Grow(_values.Length, count);
        Array.Resize(ref _values, size);
        Array.Resize(ref _missing, size);
    }

    public override void SetMissing(int slot) { _missing[slot] = true; _values[slot] = 0; }

    public override bool IsMissing(int slot) => _missing[slot];

    public override string? Text(int slot) => _missing[slot] ? null : _values[slot].ToString(CultureInfo.InvariantCulture);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        _missing[slot] = true;
        var isYear = Field.Type == FieldType.Year;
        if ((isYear && (cell.Length != 4 || cell.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0))
            || !int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors.ReportCell(LoadRules.Type, isYear ? "not a year (four digits)" : "not a whole number", cell);
            return false;
        }
        _values[slot] = value;
        _missing[slot] = false;
        var ok = Bounds.Check(Field.Constraints, value, cell, errors);
        if (_enum is not null && !_enum.Contains(value.ToString(CultureInfo.InvariantCulture)))
        {
            errors.ReportCell(LoadRules.Enum, $"not one of the allowed values ({string.Join(", ", Field.Constraints.Enum!)})", cell);
            ok = false;
        }
        return ok;
    }
}

/// <summary>The minimum / maximum constraints shared by the numeric fields.</summary>
internal static class Bounds
{
    public static bool Check(FieldConstraints c, double value, ReadOnlySpan<byte> cell, CellErrorSink errors)
    {
        var ok = true;
        if (c.Minimum is { } min && value < min) { errors.ReportCell(LoadRules.Minimum, $"below the minimum {Show(min)}", cell); ok = false; }
        if (c.ExclusiveMinimum is { } emin && value <= emin) { errors.ReportCell(LoadRules.Minimum, $"not above {Show(emin)}", cell); ok = false; }
        if (c.Maximum is { } max && value > max) { errors.ReportCell(LoadRules.Maximum, $"above the maximum {Show(max)}", cell); ok = false; }
        if (c.ExclusiveMaximum is { } emax && value >= emax) { errors.ReportCell(LoadRules.Maximum, $"not below {Show(emax)}", cell); ok = false; }
        return ok;
    }

    private static string Show(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
