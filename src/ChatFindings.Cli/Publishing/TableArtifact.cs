using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>A protected table a notebook displayed, to be written to tables/&lt;notebook&gt;/&lt;name&gt;.csv.</summary>
public sealed partial record TableArtifact(string Notebook, int CellNumber, string Name, string Csv)
{
    public string RelativePath => $"tables/{Notebook}/{Name}.csv";

    /// <summary>The file content: the synthetic banner first when the data are synthetic, LF line ends.</summary>
    public string FileText(bool synthetic)
    {
        var csv = Csv.ReplaceLineEndings("\n");
        if (!csv.EndsWith('\n')) csv += "\n";
        return synthetic ? PublishMimeTypes.SyntheticTableBanner + "\n" + csv : csv;
    }

    /// <summary>
    /// The tables of one executed notebook. A malformed table output or a second table with the
    /// same name fails the notebook at that cell (two tables cannot share one file).
    /// </summary>
    public static (IReadOnlyList<TableArtifact> Tables, ExecutedNotebook Run) Collect(ExecutedNotebook run)
    {
        var tables = new List<TableArtifact>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cell, output) in run.DataOutputs)
        {
            if (output.Get(PublishMimeTypes.Table) is not { } value) continue;
            var name = (value as JsonObject)?["name"] is JsonValue n && n.TryGetValue<string>(out var s) ? s : null;
            var csv = (value as JsonObject)?["csv"] is JsonValue c && c.TryGetValue<string>(out var t) ? t : null;
            if (name is null || csv is null)
                return (tables, run.FailAt(cell, $"a {PublishMimeTypes.Table} output must be an object with string keys \"name\" and \"csv\""));
            if (!FileName().IsMatch(name))
                return (tables, run.FailAt(cell, $"table name '{name}' is not usable as a file name (lower-case letters and digits joined by hyphens)"));
            if (seen.TryGetValue(name, out var first))
                return (tables, run.FailAt(cell, $"duplicate table name '{name}' (first shown in cell {first}): each table of a notebook needs its own name"));
            seen[name] = cell;
            tables.Add(new TableArtifact(run.Name, cell, name, csv));
        }
        return (tables, run);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FileName();
}
