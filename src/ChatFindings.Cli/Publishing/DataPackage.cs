using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// tables/datapackage.json: a Frictionless Data Package (v2) describing every published table:
/// one resource per CSV with its path, title, notebook, population, threshold, a Table Schema of
/// the six tidy columns (the categories of each variable), what "&lt;10" and the flag mean, and
/// whether the data are synthetic. The dialect declares '#' as the comment character, so the
/// synthetic notice line is standard.
/// </summary>
public static class DataPackage
{
    public const string FileName = "datapackage.json";
    private const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    public static string PathIn(ArtifactFolder folder) => Path.Combine(folder.Tables, FileName);

    /// <summary>
    /// Audits the run's tables as linked tables (a violation stops the run) and writes the
    /// package, after the CSV files (their checksums go into it).
    /// </summary>
    public static void Write(ArtifactFolder folder, IReadOnlyList<TableArtifact> tableFiles, IEnumerable<Execution.ExecutedNotebook> runs, bool synthetic, int minCell)
    {
        var tables = PublishedTableSet.Collect(tableFiles, runs);
        tables.Audit();
        var resources = tables.Tables
            .Select(t => (JsonNode?)Resource(folder, t.Table, t.Descriptor, synthetic))
            .ToArray();
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = "chatfindings-tables",
            ["title"] = "Tables of the findings on minor victims of human trafficking on the Fier chat, 2019–2023, after disclosure control",
            ["description"] = Describe(minCell) + (synthetic ? " The data are synthetic: generated, not the real chat conversations." : ""),
            ["synthetic"] = synthetic,
            ["min_cell"] = minCell,
            ["resources"] = new JsonArray(resources),
        };
        ArtifactJson.Write(PathIn(folder), ArtifactJson.Serialize(package));
    }

    /// <summary>The manifest's entry for the package: its path and SHA-256 (each table's is inside it).</summary>
    public static ManifestInput? ManifestEntry(string outDir)
    {
        var path = PathIn(new ArtifactFolder(outDir));
        return File.Exists(path) ? new ManifestInput($"tables/{FileName}", Manifest.Sha256(path)) : null;
    }

    private static string Describe(int minCell) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Counts of conversations. A count from 1 to {minCell - 1} is hidden, and other counts are hidden so that no hidden count can be narrowed to fewer than {minCell} possible values from the published ones, within a table or across the tables of the same population. ") +
        $"A hidden count has an empty count and the flag \"suppressed\"; pages show it as \"<{minCell}\".";

    private static JsonObject Resource(ArtifactFolder folder, TableArtifact table, TableDescriptor descriptor, bool synthetic)
    {
        var path = Path.Combine(folder.Root, table.RelativePath);
        var resource = new JsonObject
        {
            ["name"] = $"{table.Notebook}-{table.Name}",
            ["type"] = "table",
            ["path"] = $"{table.Notebook}/{table.Name}.csv",
            ["title"] = descriptor.Title,
            ["description"] = Describe(descriptor.MinCell),
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["hash"] = "sha256:" + Manifest.Sha256(path),
            ["notebook"] = table.Notebook,
            ["population"] = descriptor.Population?.Id,
            ["population_title"] = descriptor.Population?.Title,
            ["synthetic"] = synthetic,
            ["min_cell"] = descriptor.MinCell,
            ["suppressed_display"] = "<" + descriptor.MinCell.ToString(CultureInfo.InvariantCulture),
            ["dialect"] = new JsonObject
            {
                ["$schema"] = "https://datapackage.org/profiles/2.0/tabledialect.json",
                ["header"] = true,
                ["delimiter"] = ",",
                ["lineTerminator"] = "\n",
                ["quoteChar"] = "\"",
                ["commentChar"] = "#",
            },
            ["schema"] = Schema(descriptor),
        };
        if (Within(descriptor.Population?.Within) is { } within) resource["population_within"] = within;
        return resource;
    }

    /// <summary>A nested population's parent and the categories it was cut by: its total is the sum of those cells of the parent.</summary>
    private static JsonObject? Within(PopulationFilter? within) => within is null ? null : new JsonObject
    {
        ["population"] = within.Parent.Id,
        ["variable"] = within.Variable.Name,
        ["categories"] = new JsonArray(within.Codes.Select(c => (JsonNode?)c).ToArray()),
    };

    private static JsonObject Schema(TableDescriptor descriptor)
    {
        var rows = descriptor.Variables[0];
        var columns = descriptor.Variables.Count > 1 ? descriptor.Variables[1] : null;
        var fields = new JsonArray
        {
            Field("row_variable", $"The variable of the rows: {rows.Name} ({rows.Title}).", Categories([(rows.Name, rows.Title)])),
            Field("row_value", $"A category code of {rows.Name}, or \"{TableMargin.Code}\" for the total over its categories." + MultiValued(rows),
                Categories(Values(rows))),
            columns is null
                ? Field("column_variable", "Empty: a one-way table has no column variable.", null)
                : Field("column_variable", $"The variable of the columns: {columns.Name} ({columns.Title}).", Categories([(columns.Name, columns.Title)])),
            columns is null
                ? Field("column_value", "Empty: a one-way table has no column variable.", null)
                : Field("column_value", $"A category code of {columns.Name}, or \"{TableMargin.Code}\" for the total over its categories." + MultiValued(columns),
                    Categories(Values(columns))),
            new JsonObject
            {
                ["name"] = "count",
                ["type"] = "integer",
                ["description"] = $"The number of conversations; empty when hidden by disclosure control (shown as \"<{descriptor.MinCell}\" on the pages).",
                ["constraints"] = new JsonObject { ["minimum"] = 0 },
            },
            Field("flag", $"\"{ProtectedTable.SuppressedFlag}\" when the count is hidden: either below {descriptor.MinCell} itself, or hidden so that such a count cannot be worked out or narrowed down. Empty otherwise.",
                Categories([(ProtectedTable.SuppressedFlag, "hidden by disclosure control")])),
        };
        return new JsonObject
        {
            ["$schema"] = "https://datapackage.org/profiles/2.0/tableschema.json",
            ["fields"] = fields,
            ["missingValues"] = new JsonArray(""),
        };
    }

    private static string MultiValued(VariableDescriptor v) => v.MultiValued
        ? " A conversation can fall in several categories, so the categories add up to more than the total."
        : "";

    private static IEnumerable<(string Value, string Label)> Values(VariableDescriptor v) =>
        v.Categories.Select(c => (c.Code, c.Label)).Append((TableMargin.Code, TableMargin.Label));

    private static JsonArray Categories(IEnumerable<(string Value, string Label)> values) =>
        new(values.Select(v => (JsonNode?)new JsonObject { ["value"] = v.Value, ["label"] = v.Label }).ToArray());

    private static JsonObject Field(string name, string description, JsonArray? categories)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = "string", ["description"] = description };
        if (categories is not null) field["categories"] = categories;
        return field;
    }
}
