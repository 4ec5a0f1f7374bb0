using ChatFindings.Cli.Execution;

namespace ChatFindings.Tests.Execution;

public sealed class NotebookDocumentTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "chatfindings-doc-" + Guid.NewGuid().ToString("N") + ".ipynb");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Cells_are_numbered_from_1_over_all_cells_and_sources_joined()
    {
        var path = Write("""{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# t"}, {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": ["a\n", "b"]}]}""");
        try
        {
            var doc = NotebookDocument.Read(path);
            Assert.Equal([(1, "markdown", "# t"), (2, "code", "a\nb")], doc.Cells.Select(c => (c.Number, c.Kind, c.Source)));
            Assert.Equal(Path.GetFileNameWithoutExtension(path), doc.Name);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("{\"nbformat\": 4,\n \"cells\": [", "not valid JSON (line 2")]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "only nbformat 4")]
    [InlineData("{\"nbformat\": 4}", "no 'cells' array")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}", "cell 1: 'source' is neither")]
    public void A_broken_notebook_is_reported_with_its_path_and_the_problem(string json, string problem)
    {
        var path = Write(json);
        try
        {
            var e = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Read(path));
            Assert.StartsWith(path + ": ", e.Message);
            Assert.Contains(problem, e.Message);
        }
        finally { File.Delete(path); }
    }
}
