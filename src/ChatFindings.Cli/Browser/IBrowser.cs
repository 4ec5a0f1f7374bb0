namespace ChatFindings.Cli.Browser;

/// <summary>
/// What publish asks of a browser: the seam the pipeline is tested through without Chromium.
/// Calls may run at the same time (each on its own page).
/// </summary>
public interface IBrowser
{
    /// <summary>Opens the page, lets its scripts run for up to the virtual time budget, and returns the DOM as HTML.</summary>
    Task<string> DumpDomAsync(string htmlPath, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default);

    /// <summary>
    /// Opens the page as <see cref="DumpDomAsync"/> does and prints it to PDF (no browser header or
    /// footer, bookmarks from its headings). <paramref name="revise"/> gets each print's bytes and
    /// returns a script to run on the still-open page before printing it again, or null to keep
    /// that print, whose bytes are returned: the page is loaded and laid out once however often it prints.
    /// </summary>
    Task<byte[]> PrintToPdfAsync(string htmlPath, Func<byte[], string?> revise, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default);
}
