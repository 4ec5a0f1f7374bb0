namespace ChatFindings.Tests.EndToEnd;

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PublicationGuardEndToEndTests
{
    [Fact]
    public void Publishing_blocks_an_unprotected_table_and_keeps_a_protected_one()
    {
        using var run = new FixturePublish("guard");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.Contains("notebook 01-unprotected-table.ipynb, cell 3", run.Result.Stderr);
        Assert.Contains("Blocked while publishing: an unprotected frequency table", run.Result.Stderr);
        Assert.DoesNotContain("02-protected-table.ipynb", run.Result.Stderr);

        // The blocked cell's output says so, and holds no count.
        var blocked = run.CodeCells("01-unprotected-table")[1];
        var output = Assert.Single(blocked["outputs"]!.AsArray());
        Assert.Equal("error", (string?)output!["output_type"]);
        Assert.Contains("Blocked while publishing", (string?)output["evalue"]);
        Assert.DoesNotContain("\"data\"", output.ToJsonString());

        // The protected table of the other notebook became a table file, labelled synthetic.
        var csv = File.ReadAllLines(run.PathOf("tables", "02-protected-table", "by-year.csv"));
        Assert.Equal(PublishMimeTypes.SyntheticTableBanner, csv[0]);
        Assert.Contains(csv, l => l.StartsWith("year,2019,", StringComparison.Ordinal));
    }
}
