using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Publishing;

namespace ChatFindings.Tests.Execution;

/// <summary>How publish turns machine-readable notebook outputs into table files and findings.json.</summary>
public sealed class PublishArtifactTests
{
    private static ExecutedNotebook Run(params (int Cell, string Mime, string Json)[] outputs)
    {
        var path = Path.Combine(Path.GetTempPath(), "chatfindings-artifacts-" + Guid.NewGuid().ToString("N") + ".ipynb");
        var cells = Enumerable.Range(1, 5).Select(_ => """{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": ""}""");
        File.WriteAllText(path, $$"""{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{{string.Join(",", cells)}}]}""");
        try
        {
            var doc = NotebookDocument.Read(path);
            var executed = doc.Cells.Select(c => new ExecutedCell(c, c.Number,
                outputs.Where(o => o.Cell == c.Number)
                       .Select(o => (CellOutput)new DataOutput(true, [KeyValuePair.Create(o.Mime, JsonNode.Parse(o.Json)!)], null)).ToList())).ToList();
            return new ExecutedNotebook(doc, executed, null);
        }
        finally { File.Delete(path); }
    }

    private static string Table(string name) => $$"""{"name": "{{name}}", "csv": "a,b\n1,2\n"}""";

    private static string Claim(string id) =>
        $$"""{"note": null, "holds": true, "id": "{{id}}", "notebook": "n", "statement": "s", "statement_nl": "s", "published": "p", "published_value": 1, "computed_value": 1, "base": null, "interval": {"low": 0.5, "high": 1.5, "level": 0.95, "method": "m"}, "comparison": "at_least", "verdict": "borne_out", "unknown_bounds": null, "by_base": null, "extra": 1}""";

    [Fact]
    public void Tables_are_collected_in_cell_order()
    {
        var (tables, run) = TableArtifact.Collect(Run((3, PublishMimeTypes.Table, Table("b-table")), (1, PublishMimeTypes.Table, Table("a-table"))));
        Assert.True(run.Succeeded);
        Assert.Equal(["a-table", "b-table"], tables.Select(t => t.Name));
        Assert.Equal($"tables/{run.Name}/a-table.csv", tables[0].RelativePath);
    }

    [Fact]
    public void A_second_table_with_the_same_name_fails_the_notebook_at_its_cell()
    {
        var (_, run) = TableArtifact.Collect(Run((2, PublishMimeTypes.Table, Table("t")), (4, PublishMimeTypes.Table, Table("t"))));
        Assert.Equal(4, run.Failure!.CellNumber);
        Assert.Contains("duplicate table name 't' (first shown in cell 2)", run.Failure.Message);
    }

    [Theory]
    [InlineData("""{"name": "../escape", "csv": ""}""", "not usable as a file name")]
    [InlineData("""{"name": "t"}""", "must be an object with string keys")]
    [InlineData("""["t"]""", "must be an object with string keys")]
    public void A_malformed_table_output_fails_the_notebook(string json, string problem)
    {
        var (_, run) = TableArtifact.Collect(Run((5, PublishMimeTypes.Table, json)));
        Assert.Equal(5, run.Failure!.CellNumber);
        Assert.Contains(problem, run.Failure.Message);
    }

    [Fact]
    public void Table_files_carry_the_synthetic_banner_only_for_synthetic_data()
    {
        var table = new TableArtifact("nb", 1, "t", "a,b\r\n1,2");
        Assert.Equal(PublishMimeTypes.SyntheticTableBanner + "\na,b\n1,2\n", table.FileText(synthetic: true));
        Assert.Equal("a,b\n1,2\n", table.FileText(synthetic: false));
    }

    [Fact]
    public void Claims_keep_cell_order_and_list_the_documented_keys_first()
    {
        var (claims, run) = FindingsFile.Collect(Run((4, PublishMimeTypes.Claim, Claim("F2")), (2, PublishMimeTypes.Claim, Claim("F1"))));
        Assert.True(run.Succeeded);
        Assert.Equal(["F1", "F2"], claims.Select(c => (string)c["id"]!));
        Assert.Equal([.. PublishMimeTypes.ClaimKeys, "extra"], claims[0].Select(p => p.Key));
        var json = JsonNode.Parse(FindingsFile.ToJson(claims))!.AsArray();
        Assert.Equal(2, json.Count);
        Assert.Equal("[]\n", FindingsFile.ToJson([]));
    }

    [Fact]
    public void A_claim_without_a_documented_key_fails_the_notebook_at_its_cell()
    {
        var (_, run) = FindingsFile.Collect(Run((3, PublishMimeTypes.Claim, """{"id": "F1"}""")));
        Assert.Equal(3, run.Failure!.CellNumber);
        Assert.Contains("lacks the key(s) notebook, statement", run.Failure.Message);
    }

    [Theory]
    [InlineData("/repo/data/x.csv", "data/x.csv")]
    [InlineData("/elsewhere/secret/real.csv", "(outside the repository)/real.csv")]
    public void Artifact_paths_are_relative_to_the_repository_and_never_absolute(string path, string expected) =>
        Assert.Equal(expected, RepoPaths.Relative("/repo", path));
}
