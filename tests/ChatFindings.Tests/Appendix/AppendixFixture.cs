using ChatFindings.Cli.Appendix;
using ChatFindings.Cli.Browser;
using ChatFindings.Cli.StaticCharts;
using ChatFindings.Tests.Browser;
using ChatFindings.Tests.Site;

namespace ChatFindings.Tests.Appendix;

/// <summary>The site fixture's executed notebooks (markdown, an HTML table, two charts, an image) printed as the appendix.</summary>
internal sealed class AppendixFixture : IDisposable
{
    public const string Period = "2019–2023";

    public AppendixFixture(bool staticCharts = true)
    {
        Site = new SiteFixture();
        Browser = ChromiumBrowser.Find(ChromiumFactAttribute.ChromiumPath, out var reason)
            ?? throw new InvalidOperationException(reason);
        var site = staticCharts ? Site.Input with { Notebooks = StaticChartImages.AddToAsync(Site.Input.Notebooks, Browser).GetAwaiter().GetResult().Runs } : Site.Input;
        Input = new AppendixInput(site, Period);
    }

    public SiteFixture Site { get; }
    public ChromiumBrowser Browser { get; }
    public AppendixInput Input { get; }

    public string Pdf(string name = "appendix.pdf") => Path.Combine(Site.Root, name);

    // The tests are synchronous; the browser's jobs run on the thread pool, so waiting here cannot deadlock.
    public int Write(bool showCode = false, string name = "appendix.pdf") => AppendixPdf.WriteAsync(Input, Pdf(name), Browser, showCode).GetAwaiter().GetResult();

    public void Dispose()
    {
        Browser.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Site.Dispose();
    }
}
