using ChatFindings.Cli.Appendix;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.StaticCharts;
using ChatFindings.Cli.Validation;
using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Editions;
using ChatFindings.Cli.Site;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// One publish run: checks the data (as `validate` does) and the output folder, executes every
/// notebook (one after another), verifies each one's session marker, then writes the protected
/// tables, findings.json, manifest.json, the executed notebooks (with static SVG images of their
/// charts), the site and the PDF appendix (images and PDF need a browser). The executed notebooks
/// stay in memory as one model until they are written, once. A failing notebook does not stop the
/// others; the result lists every failure.
/// </summary>
/// <param name="executor">Runs a notebook; default: a fresh in-process C# kernel per notebook (tests give canned runs).</param>
/// <param name="browser">The browser and, when there is none, why; default: Chromium as --chromium or PATH gives it.</param>
public sealed class PublishPipeline(PublishOptions options, IPublishProgress progress,
    INotebookExecutor? executor = null, (IBrowser? Browser, string Missing)? browser = null)
{
    public async Task<PublishResult> RunAsync(CancellationToken cancel = default)
    {
        if (executor is null) _ = CompilerWarmUp.Start(); // beside the checks and the first kernel's start
        if (!File.Exists(options.DataPath)) throw new PublishInputException($"{options.DataPath}: data file not found");
        if (!Directory.Exists(options.NotebooksDir)) throw new PublishInputException($"{options.NotebooksDir}: notebooks folder not found");
        var notebookPaths = options.NotebookPaths();
        if (notebookPaths.Count == 0) throw new PublishInputException($"{options.NotebooksDir}: no *.ipynb notebooks to run");
        var folder = new ArtifactFolder(options.OutDir);
        folder.CheckUsable();
        var check = CheckData();
        var dataSha256 = check.Sha256 is { Length: > 0 } sha ? sha : Manifest.Sha256(options.DataPath);
        // Read every notebook first: a file that is not a notebook stops the run before anything is written.
        var notebooks = notebookPaths.Select(Read).ToList();

        folder.Claim();

        // Publish's own browser starts now, while the notebooks run, and serves every page of the tail.
        var (chromium, noBrowser) = browser ?? (ChromiumBrowser.Find(options.ChromiumPath, out var reason), reason);
        await using var owned = browser is null ? chromium as ChromiumBrowser : null;
        owned?.StartEarly();

        var runs = new List<ExecutedNotebook>();
        var tables = new List<TableArtifact>();
        var claims = new List<JsonObject>();
        SessionFacts? facts = null;
        // Each notebook's charts are drawn (in the browser, another process) while the next one runs.
        var drawing = new List<Task<ExecutedNotebook>>();
        Task<ExecutedNotebook> DrawCharts(ExecutedNotebook executed) => chromium is null
            ? Task.FromResult(executed)
            : GuardAsync(async () => (await StaticChartImages.AddToAsync([executed], chromium, cancel)).Runs[0]);
        var run = executor ?? new NotebookRunner(LoadedAssemblyReferences.FromDefaultContext(typeof(PublishMimeTypes).Assembly), RunRules.Publish(options.CellTimeout));
        // The English run writes the data artifacts (tables, findings.json, notebooks) whatever the editions.
        using (new PublishEnvironment(options.DataPath, options.MinCell, Language.English))
        {
            for (var i = 0; i < notebooks.Count; i++)
            {
                progress.NotebookStarted(i + 1, notebooks.Count, notebooks[i].Name);
                var clock = Stopwatch.StartNew();
                var executed = await run.RunAsync(notebooks[i], cancel);
                (var session, executed) = SessionFacts.Verify(executed, options.MinCell, dataSha256);
                facts ??= session;
                (var notebookTables, executed) = TableArtifact.Collect(executed);
                (var notebookClaims, executed) = FindingsFile.Collect(executed);
                tables.AddRange(notebookTables);
                claims.AddRange(notebookClaims);
                runs.Add(executed);
                drawing.Add(DrawCharts(executed));
                progress.NotebookFinished(i + 1, notebooks.Count, executed, clock.Elapsed);
            }
        }
        var data = facts is null ? DataProvenance.From(check) : DataProvenance.From(facts);

        foreach (var table in tables)
            ArtifactJson.Write(Path.Combine(folder.Root, table.RelativePath), table.FileText(data.Synthetic));
        DataPackage.Write(folder, tables, runs, data.Synthetic, options.MinCell);
        ArtifactJson.Write(folder.Findings, FindingsFile.ToJson(claims));
        var manifest = Manifest.Build(options, notebookPaths, data, GitState.Read(options.RepoRoot), dataSha256);
        ArtifactJson.Write(folder.Manifest, manifest.ToJson());

        // The Dutch edition runs after the data artifacts are written: they are the English run's alone.
        var notes = new List<string>();
        var dutch = options.Languages.Contains(Language.Dutch)
            ? await RunDutchAsync(run, notebooks, dataSha256, notes, DrawCharts, cancel) : null;

        IReadOnlyList<ExecutedNotebook> published = await Task.WhenAll(drawing);
        if (chromium is null) notes.Add($"publish: no static chart images in the executed notebooks: {noBrowser}");
        foreach (var notebook in published) ExecutedNotebookWriter.Write(folder.Notebook(notebook.Name), notebook);

        var both = options.Languages.Count > 1;
        var editions = new List<(Language Language, SiteInput Site)>();
        if (options.Languages.Contains(Language.English))
            editions.Add((Language.English, SiteStep.Write(folder, published, data, manifest, SiteEdition.English(withDutch: both))));
        if (dutch is not null)
            editions.Add((Language.Dutch, SiteStep.Write(folder, dutch.Runs, data, manifest, SiteEdition.Dutch(withEnglish: both), dutch.Claims)));
        var prints = new List<Task<int>>();
        foreach (var (language, site) in editions)
        {
            var pdf = folder.PdfOf(language);
            if (options.NoPdf) notes.Add($"publish: no {Path.GetFileName(pdf)}: --no-pdf was given");
            else if (chromium is null) notes.Add(AppendixPdf.SkippedMessage(noBrowser).Replace(AppendixPdf.FileName, Path.GetFileName(pdf), StringComparison.Ordinal));
            else prints.Add(GuardAsync(() => AppendixPdf.WriteAsync(new AppendixInput(site, data.Period), pdf, chromium, options.ShowCodeInPdf, cancel)));
        }
        await Task.WhenAll(prints); // the editions print at once, each in its own tab
        // A Dutch notebook that failed is a failed run too; it is listed after the English ones.
        return new PublishResult(dutch is null ? published : [.. published, .. dutch.Runs.Where(r => !r.Succeeded)], data, notes);
    }

    /// <summary>The Dutch edition's runs (markdown cells in Dutch, charts drawn) and the claims they displayed.</summary>
    private sealed record DutchRun(IReadOnlyList<ExecutedNotebook> Runs, IReadOnlyList<JsonObject> Claims);

    /// <summary>
    /// Runs the notebooks again with CHATFINDINGS_LANG=nl, their markdown cells replaced by the Dutch
    /// of notebooks/nl/&lt;name&gt;.nl.json: code cells are written once, and code-written output
    /// (narrative, titles, labels, numbers) comes out in Dutch. A cell without a current translation
    /// is noted (the translation test fails on it); the run goes on.
    /// </summary>
    private async Task<DutchRun> RunDutchAsync(INotebookExecutor run, IReadOnlyList<NotebookDocument> notebooks, string dataSha256, List<string> notes,
        Func<ExecutedNotebook, Task<ExecutedNotebook>> drawCharts, CancellationToken cancel)
    {
        var runs = new List<Task<ExecutedNotebook>>();
        var claims = new List<JsonObject>();
        using var environment = new PublishEnvironment(options.DataPath, options.MinCell, Language.Dutch);
        for (var i = 0; i < notebooks.Count; i++)
        {
            NotebookTranslation translation;
            try { translation = NotebookTranslation.For(notebooks[i].Path); }
            catch (InvalidDataException e) { throw new PublishInputException(e.Message); }
            foreach (var problem in translation.Problems(notebooks[i])) notes.Add($"publish (nl): {problem}");
            progress.NotebookStarted(i + 1, notebooks.Count, notebooks[i].Name + " (nl)");
            var clock = Stopwatch.StartNew();
            var executed = await run.RunAsync(translation.Apply(notebooks[i]), cancel);
            (_, executed) = SessionFacts.Verify(executed, options.MinCell, dataSha256);
            (_, executed) = TableArtifact.Collect(executed);
            (var notebookClaims, executed) = FindingsFile.Collect(executed);
            claims.AddRange(notebookClaims);
            runs.Add(drawCharts(executed));
            progress.NotebookFinished(i + 1, notebooks.Count, executed, clock.Elapsed);
        }
        return new DutchRun(await Task.WhenAll(runs), claims);
    }

    /// <summary>
    /// The data check `validate` runs. Rejected rows stop publish unless --allow-rejected-rows;
    /// a broken file, header or sidecar always does.
    /// </summary>
    private DataValidation CheckData()
    {
        DataValidation check;
        try { check = DataValidation.Load(options.DataPath); }
        catch (SchemaException e) { throw new PublishInputException(e.Message); }
        if (check.IsValid || (options.AllowRejectedRows && check.OnlyRowsRejected)) return check;
        throw new RejectedDataException(check, check.OnlyRowsRejected
            ? $"{options.DataPath}: {check.Report.RowsRejected} rows rejected (report above); publish refuses data with rejected rows. Fix them, or pass --allow-rejected-rows to publish the accepted rows, with the number rejected stated on every artifact"
            : $"{options.DataPath}: the data file is not usable (report above)");
    }

    /// <summary>A browser step that fails is an input/tooling error of the run (exit 1, message), not a crash.</summary>
    private static async Task<T> GuardAsync<T>(Func<Task<T>> step)
    {
        try { return await step(); }
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
