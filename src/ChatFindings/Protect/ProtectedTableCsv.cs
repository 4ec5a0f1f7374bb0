using System.Globalization;
using System.Text;

namespace ChatFindings;

/// <summary>The tidy CSV form of a protected table (format on <see cref="ProtectedTable.ToTidyCsv"/>).</summary>
internal static class ProtectedTableCsv
{
    public const string Header = "row_variable,row_value,column_variable,column_value,count,flag";
    public const string SuppressedFlag = "suppressed";

    public static string Write(ProtectedTable table)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append('\n');
        var columnVariable = table.ColumnVariable?.Name ?? "";
        for (var r = 0; r < table.RowCount; r++)
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var cell = table[r, c];
            Field(csv, table.RowVariable.Name).Append(',');
            Field(csv, table.RowCodes[r]).Append(',');
            Field(csv, columnVariable).Append(',');
            Field(csv, table.IsOneWay ? "" : table.ColumnCodes[c]).Append(',');
            csv.Append(cell.Count is { } n ? n.ToString(CultureInfo.InvariantCulture) : "").Append(',');
            csv.Append(cell.Suppressed ? SuppressedFlag : "").Append('\n');
        }
        return csv.ToString();
    }

    // RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
    private static StringBuilder Field(StringBuilder csv, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return csv.Append(value);
        return csv.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
