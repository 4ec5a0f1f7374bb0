using ChatFindings.Cli.Appendix;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.StaticCharts;
using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// One publish run: executes every notebook (each in a fresh in-process kernel, one after another),
/// then writes the executed notebooks (with static SVG images of their charts), the protected tables,
/// findings.json, manifest.json, the site and the PDF appendix (the last two need Chromium).
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
        DataPackage.Write(folder, tables, runs, synthetic, options.MinCell);
        ArtifactJson.Write(folder.Findings, FindingsFile.ToJson(claims));
        var manifest = Manifest.Build(options, notebookPaths, synthetic, GitState.Read(options.RepoRoot));
        ArtifactJson.Write(folder.Manifest, ArtifactJson.Serialize(manifest));
        var browser = ChromiumBrowser.Find(options.ChromiumPath, out var noBrowser);
        var notes = new List<string>();
        if (browser is not null)
            Guard(() => StaticChartImages.AddToNotebooks(runs.Select(r => folder.Notebook(r.Name)).ToList(), browser));
        else
            notes.Add($"publish: no static chart images in the executed notebooks: {noBrowser}");
        var site = SiteStep.Write(folder, runs, data, manifest);
        if (options.NoPdf) notes.Add($"publish: no {AppendixPdf.FileName}: --no-pdf was given");
        else if (browser is null) notes.Add(AppendixPdf.SkippedMessage(noBrowser));
        else Guard(() => AppendixPdf.Write(new AppendixInput(site, AppendixInput.PeriodOfData(options.DataPath, Path.Combine(options.RepoRoot, "data-schema", "conversations.schema.json"))),
            folder.Pdf, browser, options.ShowCodeInPdf));
        return new PublishResult(runs, synthetic, notes);
    }

    /// <summary>A browser step that fails is an input/tooling error of the run (exit 1, message), not a crash.</summary>
    private static void Guard(Func<int> step)
    {
        try { step(); }
        catch (Exception e) when (e is BrowserException or InvalidDataException or IOException)
        {
            throw new PublishInputException(e.Message);
        }
    }

    private static NotebookDocument Read(string path)
    {
        try { return NotebookDocument.Read(path); }
        catch (NotebookFormatException e) { throw new PublishInputException(e.Message); }
    }
}
