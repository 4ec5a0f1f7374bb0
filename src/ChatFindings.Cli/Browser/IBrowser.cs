namespace ChatFindings.Cli.Browser;

/// <summary>What publish asks of a browser: the seam the pipeline is tested through without Chromium.</summary>
public interface IBrowser
{
    /// <summary>Opens the page, lets its scripts run for up to the virtual time budget, and returns the DOM as HTML.</summary>
    string DumpDom(string htmlPath, int virtualTimeBudgetMs = 5000);

    /// <summary>Prints the page to a PDF with no browser header or footer.</summary>
    void PrintToPdf(string htmlPath, string pdfPath, int virtualTimeBudgetMs = 5000);
}
