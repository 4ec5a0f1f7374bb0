using System.Diagnostics;
using System.Text;

namespace ChatFindings.Cli.Browser;

/// <summary>
/// Debian's Chromium, run headless once per job on a local file with the network shut off: the
/// resolver maps every host to nothing, and each run gets a fresh profile folder, deleted after,
/// so no run sees another's state. Never downloads anything (and no browser is ever fetched).
/// </summary>
public sealed class ChromiumBrowser : IBrowser
{
    /// <summary>Where Debian installs it; also the names looked for on PATH.</summary>
    public const string DebianPath = "/usr/bin/chromium";
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    private ChromiumBrowser(string executablePath) => ExecutablePath = executablePath;

    public string ExecutablePath { get; }

    /// <summary>How long one run may take before it is stopped (the machine may be busy).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The browser at <paramref name="explicitPath"/> (from --chromium), or else chromium on PATH or
    /// at /usr/bin/chromium. Null when there is none, with <paramref name="reason"/> in one line.
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

    /// <summary>Opens the page, lets its scripts run for up to the virtual time budget, and returns the DOM as HTML.</summary>
    public string DumpDom(string htmlPath, int virtualTimeBudgetMs = 5000) =>
        Run(htmlPath, ["--dump-dom", $"--virtual-time-budget={virtualTimeBudgetMs}"], "dump the DOM of");

    /// <summary>Prints the page to a PDF with no browser header or footer (no URL, no date), with bookmarks from its headings.</summary>
    public void PrintToPdf(string htmlPath, string pdfPath, int virtualTimeBudgetMs = 5000)
    {
        var target = Path.GetFullPath(pdfPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target)) File.Delete(target);
        Run(htmlPath,
            [$"--print-to-pdf={target}", "--no-pdf-header-footer", "--generate-pdf-document-outline", $"--virtual-time-budget={virtualTimeBudgetMs}"],
            "print");
        if (!File.Exists(target) || new FileInfo(target).Length == 0)
            throw new BrowserException($"{ExecutablePath} exited without writing {target} when printing {htmlPath}");
    }

    private string Run(string htmlPath, IReadOnlyList<string> jobArguments, string job)
    {
        var page = Path.GetFullPath(htmlPath);
        if (!File.Exists(page)) throw new FileNotFoundException($"{page}: page to {job} not found", page);
        var profile = Directory.CreateTempSubdirectory("cf-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(ExecutablePath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var a in OfflineArguments(profile).Concat(jobArguments)) start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);

            using var process = Process.Start(start) ?? throw new BrowserException($"{ExecutablePath} could not be started");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new BrowserException($"{ExecutablePath} did not finish within {Timeout.TotalSeconds:0} s trying to {job} {page}");
            }
            process.WaitForExit(); // drains the output readers
            if (process.ExitCode != 0)
                throw new BrowserException($"{ExecutablePath} failed (exit {process.ExitCode}) trying to {job} {page}: {LastLines(stderr.Result)}");
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { } // a helper process may still hold a file for a moment; the OS cleans temp
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The brief's offline flags (docs/toolchain-notes.md) plus a profile of this run's own.</summary>
    private static IEnumerable<string> OfflineArguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--mute-audio", "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        $"--user-data-dir={profile}",
    ];

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : string.Join(" | ", lines.TakeLast(3));
    }
}

/// <summary>Chromium could not do a job: the message names the browser, the job and the page.</summary>
public sealed class BrowserException(string message) : Exception(message);
