namespace ChatFindings.Tests.EndToEnd;

[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class FailingNotebookTests
{
    [Fact]
    public void A_failing_cell_makes_publish_exit_1_naming_notebook_and_cell_while_the_other_notebooks_still_run()
    {
        using var run = new FixturePublish("failing");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.Contains("notebook 02-fails.ipynb, cell 4 (counting all cells from 1, markdown included)", run.Result.Stderr);
        Assert.Contains("deliberate failure in the fixture", run.Result.Stderr);
        Assert.DoesNotContain("01-runs.ipynb", run.Result.Stderr);
        Assert.DoesNotContain("03-runs-after.ipynb", run.Result.Stderr);

        // The failing notebook stopped at its failing cell: the error is stored, the next cell never ran.
        var failing = run.CodeCells("02-fails");
        Assert.Equal(2, (int?)failing[1]["execution_count"]);
        Assert.Equal("error", (string?)failing[1]["outputs"]![0]!["output_type"]);
        Assert.Null((int?)failing[2]["execution_count"]);
        Assert.Empty(failing[2]["outputs"]!.AsArray());

        // The notebook after it still ran, with the publish environment set.
        var after = run.CodeCells("03-runs-after");
        Assert.Equal(1, (int?)after[0]["execution_count"]);
        Assert.Contains("still ran after the failing notebook", after[0].ToJsonString());
        // Its session marker says it ran publishing.
        Assert.Contains("\"publishing\":true", run.CodeCells("01-runs")[0].ToJsonString());
    }

    [Fact]
    public void Two_tables_with_one_name_fail_the_notebook_at_the_second()
    {
        using var run = new FixturePublish("duplicate-table");

        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.Contains("notebook 01-duplicate-table.ipynb, cell 3", run.Result.Stderr);
        Assert.Contains("duplicate table name 'by-year' (first shown in cell 2)", run.Result.Stderr);
    }
}
