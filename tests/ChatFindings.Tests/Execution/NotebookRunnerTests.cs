using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using ChatFindings.Tests.EndToEnd;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Execution;

/// <summary>The in-process runner on fixture notebooks (run alone: it changes the working directory).</summary>
[Collection(NotebookTestCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class NotebookRunnerTests
{
    private static readonly NotebookRunner Runner =
        new(LoadedAssemblyReferences.FromDefaultContext(typeof(NotebookSession).Assembly), RunRules.Exploring);

    private static Task<ExecutedNotebook> Run(string set, string name) =>
        Runner.RunAsync(NotebookDocument.Read(Repo.PathOf("tests", "fixtures", "notebooks", set, name + ".ipynb")));

    [Fact]
    public async Task Stores_streams_results_and_JSON_displays_with_execution_counts()
    {
        var previousDirectory = Directory.GetCurrentDirectory();
        var run = await Run("runner", "01-outputs");

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal([1, 2, 3, 4], run.Cells.Select(c => c.ExecutionCount ?? 0));

        var streams = run.Cells[0].Outputs.Cast<StreamOutput>().ToList();
        Assert.Equal([new StreamOutput("stdout", "one line\n"), new StreamOutput("stderr", "to stderr\n")], streams);

        var outputs = run.Cells[1].Outputs.Cast<DataOutput>().ToList();
        var json = Assert.IsType<JsonObject>(outputs[0].Get("application/vnd.test+json"));
        Assert.Equal(42, (int)json["answer"]!);
        Assert.False(outputs[0].IsResult);
        Assert.True(outputs[1].IsResult);
        Assert.Equal("result", (string?)outputs[1].Get("text/plain"));

        // The notebook ran in its own folder, and the working directory was restored afterwards.
        Assert.Equal(Repo.PathOf("tests", "fixtures", "notebooks", "runner"), Text(run.Cells[3]));
        Assert.Equal(previousDirectory, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task A_reference_to_build_lib_runs_against_the_library_this_process_already_loaded()
    {
        var run = await Run("runner", "01-outputs");
        Assert.Equal(typeof(NotebookSession).Assembly.Location, Text(run.Cells[2]));
    }

    [Fact]
    public async Task The_first_failing_cell_stops_the_notebook_and_is_named_counting_all_cells()
    {
        var run = await Run("failing", "02-fails");

        var failure = Assert.IsType<NotebookFailure>(run.Failure);
        Assert.Equal(4, failure.CellNumber);
        Assert.Contains("deliberate failure in the fixture", failure.Message);
        Assert.Equal([1, 2, null], run.Cells.Select(c => c.ExecutionCount));
        Assert.IsType<ErrorOutput>(Assert.Single(run.Cells[1].Outputs));
        Assert.Empty(run.Cells[2].Outputs);
    }

    [Fact]
    public async Task Each_notebook_gets_a_fresh_kernel()
    {
        await Run("failing", "02-fails");
        // 02-fails declared `before`; a notebook run afterwards cannot see it.
        var path = Path.Combine(Path.GetTempPath(), "chatfindings-fresh-" + Guid.NewGuid().ToString("N") + ".ipynb");
        File.WriteAllText(path, """{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "id": "a", "metadata": {}, "outputs": [], "execution_count": null, "source": "before"}]}""");
        try
        {
            var run = await Runner.RunAsync(NotebookDocument.Read(path));
            Assert.Contains("CS0103", Assert.IsType<NotebookFailure>(run.Failure).Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task While_publishing_the_runner_itself_fails_console_output_and_values_that_are_not_publishable()
    {
        var publishing = new NotebookRunner(LoadedAssemblyReferences.FromDefaultContext(typeof(NotebookSession).Assembly),
            RunRules.Publish(TimeSpan.FromMinutes(5)));
        var console = await publishing.RunAsync(NotebookDocument.Read(Repo.PathOf("tests", "fixtures", "notebooks", "runner", "01-outputs.ipynb")));
        Assert.Equal(2, console.Failure!.CellNumber);
        Assert.StartsWith("Blocked while publishing: console output (standard output)", console.Failure.Message);
        Assert.IsType<ErrorOutput>(Assert.Single(console.Cells[0].Outputs)); // the text written is not kept

        // No session runs here, so no formatter guards: this is the runner's own check.
        var path = Path.Combine(Path.GetTempPath(), "chatfindings-values-" + Guid.NewGuid().ToString("N") + ".ipynb");
        File.WriteAllText(path, """{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "new System.Collections.Generic.List<int> { 14, 15 }"}]}""");
        try
        {
            var list = await publishing.RunAsync(NotebookDocument.Read(path));
            Assert.StartsWith("Blocked while publishing: a List<Int32> cannot appear on a published page", list.Failure!.Message);
        }
        finally { File.Delete(path); }
    }

    private static string? Text(ExecutedCell cell) =>
        (string?)cell.Outputs.OfType<DataOutput>().Single(o => o.IsResult).Get("text/plain");
}
