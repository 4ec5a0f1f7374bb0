using System.Globalization;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>An integer or year field: whole numbers (a year has four digits) with optional bounds and enum.</summary>
internal sealed class IntegerColumn(SchemaField field, IReadOnlyList<string> missingValues) : NumericColumn<int>(field, missingValues)
{
    protected override string TypeError => Field.Type == FieldType.Year ? "not a year (four digits)" : "not a whole number";

    protected override bool TryParseValue(ReadOnlySpan<byte> cell, out int value)
    {
        value = 0;
        if (Field.Type == FieldType.Year && (cell.Length != 4 || cell.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)) return false;
        return int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    protected override string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
