using System.Text.Json;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings;

/// <summary>
/// Notebook display of <see cref="ProtectedTable"/>: its HTML table and plain text, and while
/// publishing also the machine-readable <see cref="PublishMimeTypes.Table"/> output from which
/// publish writes tables/&lt;notebook&gt;/&lt;name&gt;.csv.
/// </summary>
internal static class ProtectedTableFormatting
{
    public static void Register(bool publishing)
    {
        Formatter.Register<ProtectedTable>((table, writer) => writer.Write(table.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<ProtectedTable>((table, writer) => writer.Write(table.ToString()), PlainTextFormatter.MimeType);
        if (publishing)
        {
            Formatter.Register<ProtectedTable>((table, writer) => writer.Write(TableJson(table)), PublishMimeTypes.Table);
            Formatter.SetPreferredMimeTypesFor(typeof(ProtectedTable), HtmlFormatter.MimeType, PlainTextFormatter.MimeType, PublishMimeTypes.Table);
        }
        else
        {
            Formatter.SetPreferredMimeTypesFor(typeof(ProtectedTable), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }

    /// <summary>The value of the table output: {"name": ..., "csv": ..., "descriptor": {...}} (see <see cref="TableDescriptor"/>).</summary>
    public static string TableJson(ProtectedTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name);
            json.WriteString("csv", table.ToTidyCsv());
            json.WritePropertyName("descriptor");
            json.WriteRawValue(table.Descriptor.ToJson());
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
