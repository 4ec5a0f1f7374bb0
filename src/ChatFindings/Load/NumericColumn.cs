using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// A numeric field (integer, year, number): its values and which are missing, and the checks every
/// numeric field shares (bounds, enum) after the parse that is particular to its type.
/// </summary>
internal abstract class NumericColumn<T> : FieldColumn where T : struct, INumber<T>
{
    private readonly HashSet<string>? _enum;
    private T[] _values = [];
    private bool[] _missing = [];

    protected NumericColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        if (field.Constraints.Enum is { } e) _enum = new HashSet<string>(e, StringComparer.Ordinal);
    }

    public T? Get(int slot) => _missing[slot] ? null : _values[slot];

    public override void EnsureCapacity(int count)
    {
        if (_values.Length >= count) return;
        var size = Grow(_values.Length, count);
        Array.Resize(ref _values, size);
        Array.Resize(ref _missing, size);
    }

    public override void SetMissing(int slot) { _missing[slot] = true; _values[slot] = T.Zero; }

    public override bool IsMissing(int slot) => _missing[slot];

    public override string? Text(int slot) => _missing[slot] ? null : Format(_values[slot]);

    /// <summary>What the type error says, e.g. "not a whole number".</summary>
    protected abstract string TypeError { get; }

    protected abstract bool TryParseValue(ReadOnlySpan<byte> cell, out T value);

    /// <summary>The value as the schema's enum and error messages write it.</summary>
    protected abstract string Format(T value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        _missing[slot] = true;
        if (!TryParseValue(cell, out var value))
        {
            errors.ReportCell(LoadRules.Type, TypeError, cell);
            return false;
        }
        _values[slot] = value;
        _missing[slot] = false;
        var ok = Bounds.Check(Field.Constraints, double.CreateChecked(value), cell, errors);
        if (_enum is not null && !_enum.Contains(Format(value)))
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
