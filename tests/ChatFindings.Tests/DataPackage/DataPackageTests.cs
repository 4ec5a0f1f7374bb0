using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;
using Json.Schema;

namespace ChatFindings.Tests.DataPackage;

/// <summary>
/// tables/datapackage.json of a publish on rare data: valid against the Frictionless v2 Data Package
/// profile carried verbatim in profiles/ (the machine is offline), and describing every table file.
/// </summary>
[Collection(NotebookTestCollection.Name)]
public sealed class DataPackageTests(RareCombinations rare) : IClassFixture<RareCombinations>
{
    private static readonly string[] Columns = ["row_variable", "row_value", "column_variable", "column_value", "count", "flag"];

    private static EvaluationResults Validate(JsonNode package)
    {
        // The verbatim v2 profile inlines the resource, dialect and table schema profiles: nothing to register.
        var profile = Repo.PathOf("tests", "ChatFindings.Tests", "DataPackage", "profiles", "datapackage.json");
        var schema = JsonSchema.FromText(File.ReadAllText(profile));
        return schema.Evaluate(System.Text.Json.JsonDocument.Parse(package.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private JsonNode Package() => JsonNode.Parse(File.ReadAllText(Path.Combine(rare.Out, "tables", "datapackage.json")))!;

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_package_is_valid_against_the_frictionless_v2_profiles()
    {
        Assert.True(rare.Result.ExitCode == 0, rare.Result.Stderr);
        var results = Validate(Package());
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_validation_can_fail()
    {
        var package = Package();
        package["resources"]![0]!["path"] = "../outside.csv";
        package["resources"]![0]!["dialect"]!["commentChar"] = 35;
        Assert.False(Validate(package).IsValid);
    }

    [Fact]
    public void Every_table_file_has_one_resource_with_population_threshold_columns_and_checksum()
    {
        var package = Package();
        var tables = Path.Combine(rare.Out, "tables");
        var files = Directory.GetFiles(tables, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tables, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var resources = package["resources"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(files, resources.Select(r => (string)r["path"]!).Order(StringComparer.Ordinal));

        var synthetic = (bool)package["synthetic"]!;
        Assert.True(synthetic); // the generated data carry their sidecar
        foreach (var resource in resources)
        {
            var path = (string)resource["path"]!;
            Assert.Equal(synthetic, (bool)resource["synthetic"]!);
            Assert.Equal(path.Split('/')[0], (string)resource["notebook"]!);
            Assert.False(string.IsNullOrEmpty((string?)resource["population"]), $"{path} names no population");
            Assert.Equal(10, (int)resource["min_cell"]!);
            Assert.Equal("<10", (string)resource["suppressed_display"]!);
            Assert.Equal("#", (string)resource["dialect"]!["commentChar"]!);
            Assert.Equal(Columns, resource["schema"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!));
            var bytes = File.ReadAllBytes(Path.Combine(tables, path));
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)resource["hash"]!);

            // Every value in the file is a declared category of its column.
            var fields = resource["schema"]!["fields"]!.AsArray();
            var rowValues = fields[1]!["categories"]!.AsArray().Select(c => (string)c!["value"]!).ToHashSet();
            foreach (var line in File.ReadAllLines(Path.Combine(tables, path)).Where(l => !l.StartsWith('#')).Skip(1))
                Assert.Contains(line.Split(',')[1], rowValues);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(rare.Out, "manifest.json")))!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(tables, "datapackage.json")))),
            (string)manifest["datapackage"]!["sha256"]!);
    }
}
