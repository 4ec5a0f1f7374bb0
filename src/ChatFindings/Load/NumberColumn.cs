using System.Globalization;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>A number field: finite decimal numbers ('.' or the schema's decimalChar), optional bounds and enum.</summary>
internal sealed class NumberColumn(SchemaField field, IReadOnlyList<string> missingValues) : NumericColumn<double>(field, missingValues)
{
    protected override string TypeError => $"not a number (decimal separator '{Field.DecimalChar}')";

    protected override string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    protected override bool TryParseValue(ReadOnlySpan<byte> cell, out double value)
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
