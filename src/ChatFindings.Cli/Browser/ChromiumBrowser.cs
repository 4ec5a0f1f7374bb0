namespace ChatFindings.Cli.Browser;

/// <summary>
/// Debian's Chromium, headless, offline (see <see cref="ChromiumProcess"/>), started once on first
/// use and shared by every page of a run: each job opens its own tab in a fresh browser context and
/// closes it after. Up to one job per core runs at once (each tab renders in its own process).
/// Never downloads anything (and no browser is ever fetched).
/// </summary>
public sealed class ChromiumBrowser : IBrowser, IAsyncDisposable
{
    /// <summary>Where Debian installs it; also the names looked for on PATH.</summary>
    public const string DebianPath = "/usr/bin/chromium";
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    private readonly Lazy<Task<ChromiumProcess>> _process;
    private readonly SemaphoreSlim _jobs = new(Math.Max(1, Environment.ProcessorCount));

    private ChromiumBrowser(string executablePath)
    {
        ExecutablePath = executablePath;
        _process = new(() => ChromiumProcess.StartAsync(ExecutablePath, Timeout));
    }

    public string ExecutablePath { get; }

    /// <summary>How long one job (or the start) may take before it is stopped (the machine may be busy).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The browser at <paramref name="explicitPath"/> (from --chromium), or else chromium on PATH or
    /// at /usr/bin/chromium. Null when there is none, with <paramref name="reason"/> in one line.
    /// Nothing is started until the first job (or <see cref="StartEarly"/>).
    /// </summary>
    public static ChromiumBrowser? Find(string? explicitPath, out string reason)
    {
        if (explicitPath is not null)
        {
            var full = Path.GetFullPath(explicitPath);
            if (File.Exists(full))
            {
                reason = "";
                return new ChromiumBrowser(full);
            }
            reason = $"the Chromium given with --chromium ({full}) does not exist";
            return null;
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => Path.Combine(dir, name)))
            .Append(DebianPath)
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            reason = "";
            return new ChromiumBrowser(onPath);
        }
        reason = $"no Chromium found ({string.Join(" or ", Names)} on PATH, or {DebianPath}); install Debian's chromium or pass --chromium <path>";
        return null;
    }

    /// <summary>Starts the browser in the background, so its start-up overlaps other work; a failure shows at the first job.</summary>
    public void StartEarly() => _ = _process.Value.ContinueWith(_ => { }, TaskScheduler.Default);

    public Task<string> DumpDomAsync(string htmlPath, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default) =>
        RunAsync(htmlPath, "dump the DOM of", virtualTimeBudgetMs, (tab, c) => tab.OuterHtmlAsync(c), cancel);

    public Task<byte[]> PrintToPdfAsync(string htmlPath, string? draftScript, Func<byte[], string?> revise, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(revise);
        return RunAsync(htmlPath, "print", virtualTimeBudgetMs, async (tab, c) =>
        {
            if (draftScript is not null) await tab.EvaluateAsync(draftScript, c);
            for (var draft = true; ; draft = false)
            {
                var pdf = await tab.PrintAsync(draft, c);
                var script = revise(pdf);
                if (script is null && !draft) return pdf;
                if (script is null && draftScript is not null)
                    throw new InvalidOperationException("a draft changed by its draft script cannot be kept: revise must return a script for it");
                if (script is not null) await tab.EvaluateAsync(script, c);
            }
        }, cancel);
    }

    private async Task<T> RunAsync<T>(string htmlPath, string job, int virtualTimeBudgetMs, Func<BrowserTab, CancellationToken, Task<T>> work, CancellationToken cancel)
    {
        var page = Path.GetFullPath(htmlPath);
        if (!File.Exists(page)) throw new FileNotFoundException($"{page}: page to {job} not found", page);
        var process = await _process.Value.WaitAsync(cancel);
        await _jobs.WaitAsync(cancel);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(Timeout);
        try
        {
            await using var tab = await BrowserTab.OpenAsync(process.Connection, limit.Token);
            await tab.NavigateAsync(new Uri(page).AbsoluteUri, virtualTimeBudgetMs, limit.Token);
            return await work(tab, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            throw new BrowserException($"{ExecutablePath} did not finish within {Timeout.TotalSeconds:0} s trying to {job} {page}");
        }
        catch (BrowserException e)
        {
            throw new BrowserException($"{ExecutablePath} failed trying to {job} {page}: {e.Message}");
        }
        finally { _jobs.Release(); }
    }

    /// <summary>Closes the browser, if it was started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process.IsValueCreated)
        {
            try { await (await _process.Value).DisposeAsync(); }
            catch (BrowserException) { } // it never started: nothing to close
        }
        _jobs.Dispose();
    }
}

/// <summary>Chromium could not do a job: the message names the browser, the job and the page.</summary>
public sealed class BrowserException(string message) : Exception(message);
