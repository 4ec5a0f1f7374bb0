using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// One publish run: executes every notebook (each in a fresh in-process kernel, one after another),
/// then writes the executed notebooks, the protected tables, findings.json, manifest.json and the site.
/// A failing notebook does not stop the others; the result lists every failure.
/// </summary>
public sealed class PublishPipeline(PublishOptions options, IPublishProgress progress)
{
    public async Task<PublishResult> RunAsync(CancellationToken cancel = default)
    {
        if (!File.Exists(options.DataPath)) throw new PublishInputException($"{options.DataPath}: data file not found");
        if (!Directory.Exists(options.NotebooksDir)) throw new PublishInputException($"{options.NotebooksDir}: notebooks folder not found");
        var notebookPaths = options.NotebookPaths();
        if (notebookPaths.Count == 0) throw new PublishInputException($"{options.NotebooksDir}: no *.ipynb notebooks to run");
        var data = DataProvenance.Read(options.DataPath);
        var synthetic = data.Synthetic;
        // Read every notebook first: a file that is not a notebook stops the run before anything is written.
        var notebooks = notebookPaths.Select(Read).ToList();

        var folder = new ArtifactFolder(options.OutDir);
        folder.Clear();

        var runs = new List<ExecutedNotebook>();
        var tables = new List<TableArtifact>();
        var claims = new List<JsonObject>();
        var runner = new NotebookRunner(LoadedAssemblyReferences.FromDefaultContext(typeof(PublishMimeTypes).Assembly));
        using (new PublishEnvironment(options.DataPath, options.MinCell))
        {
            for (var i = 0; i < notebooks.Count; i++)
            {
                progress.NotebookStarted(i + 1, notebooks.Count, notebooks[i].Name);
                var clock = Stopwatch.StartNew();
                var run = await runner.RunAsync(notebooks[i], cancel);
                (var notebookTables, run) = TableArtifact.Collect(run);
                (var notebookClaims, run) = FindingsFile.Collect(run);
                tables.AddRange(notebookTables);
                claims.AddRange(notebookClaims);
                runs.Add(run);
                ArtifactJson.Write(folder.Notebook(run.Name), ExecutedNotebookWriter.ToJson(run));
                progress.NotebookFinished(i + 1, notebooks.Count, run, clock.Elapsed);
            }
        }

        foreach (var table in tables)
            ArtifactJson.Write(Path.Combine(folder.Root, table.RelativePath), table.FileText(synthetic));
        ArtifactJson.Write(folder.Findings, FindingsFile.ToJson(claims));
        var manifest = Manifest.Build(options, notebookPaths, synthetic, GitState.Read(options.RepoRoot));
        ArtifactJson.Write(folder.Manifest, ArtifactJson.Serialize(manifest));
        SiteStep.Write(folder, runs, data, manifest);
        return new PublishResult(runs, synthetic);
    }

    private static NotebookDocument Read(string path)
    {
        try { return NotebookDocument.Read(path); }
        catch (NotebookFormatException e) { throw new PublishInputException(e.Message); }
    }
}
