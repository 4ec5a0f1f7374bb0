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
    /// footer, bookmarks from its headings). The first print is a draft: only its layout counts, so it
    /// is made without tags or bookmarks, after <paramref name="draftScript"/> (if any) has run on the
    /// page. <paramref name="revise"/> gets each print's bytes and returns a script to run on the
    /// still-open page before printing it again, or null to keep that print (a draft is printed once
    /// more in full, and one changed by a draft script cannot be kept). The page is loaded and laid out once however often it prints. Scripts may
    /// return a promise, which is awaited.
    /// </summary>
    Task<byte[]> PrintToPdfAsync(string htmlPath, string? draftScript, Func<byte[], string?> revise, int virtualTimeBudgetMs = 5000, CancellationToken cancel = default);
}
