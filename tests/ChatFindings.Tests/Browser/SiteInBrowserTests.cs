using ChatFindings.Tests.Site;

namespace ChatFindings.Tests.Browser;

[Trait("Category", "EndToEnd")] // opens pages in Chromium
public class SiteInBrowserTests
{
    private const string AllChartsDrawn =
        "() => [...document.querySelectorAll('div.cf-plot')].every(d => d.querySelector('svg.main-svg'))";

    [ChromiumFact]
    public async Task Every_page_draws_each_chart_offline_and_requests_nothing_outside()
    {
        using var site = new SiteFixture();
        var files = site.Write();
        await using var browser = await OfflineBrowser.LaunchAsync();

        var chartsSeen = 0;
        foreach (var file in files)
        {
            var visit = await browser.OpenAsync(file);
            var plots = await visit.Page.Locator("div.cf-plot").CountAsync();
            if (plots > 0)
                await visit.Page.WaitForFunctionAsync(AllChartsDrawn, null, new() { Timeout = 20_000 });
            var drawn = await visit.Page.Locator("div.cf-plot svg.main-svg").CountAsync();
            var withSvg = await visit.Page.EvaluateAsync<int>("() => [...document.querySelectorAll('div.cf-plot')].filter(d => d.querySelector('svg.main-svg')).length");
            Assert.Equal(plots, withSvg);
            Assert.True(plots == 0 || drawn >= plots, $"{Path.GetFileName(file)}: {drawn} plot svgs for {plots} charts");
            Assert.True(visit.Problems().Length == 0, $"{Path.GetFileName(file)}:\n{visit.Problems()}");
            chartsSeen += plots;
        }
        Assert.Equal(2, chartsSeen); // the fixture's two charts, so the loop above really looked at charts
    }

    [ChromiumFact]
    public async Task Charts_show_bars_and_the_suppressed_label_but_no_number_for_it()
    {
        using var site = new SiteFixture();
        site.Write();
        await using var browser = await OfflineBrowser.LaunchAsync();

        var visit = await browser.OpenAsync(Path.Combine(site.SiteDir, "01-minor-victims.html"));
        await visit.Page.WaitForFunctionAsync(AllChartsDrawn, null, new() { Timeout = 20_000 });

        var first = visit.Page.Locator("#cf-chart-1");
        Assert.Equal(10, await first.Locator("g.point").CountAsync()); // 2 series x 5 years, gaps included as empty points
        var annotations = await first.Locator("g.annotation-text-g text").AllTextContentsAsync();
        Assert.Equal(["<10", "<10", "<10"], annotations);
        var barLabels = await first.Locator("text.bartext").AllTextContentsAsync();
        Assert.Equal(["88", "91", "70", "64", "12", "15", "11"], barLabels);
    }

    [ChromiumFact]
    public async Task The_browser_check_catches_a_page_that_reaches_outside()
    {
        // Negative control: without it a broken interception would pass the tests above silently.
        var dir = Directory.CreateTempSubdirectory("cf-browser-").FullName;
        try
        {
            var file = Path.Combine(dir, "leaky.html");
            File.WriteAllText(file, "<!DOCTYPE html><html><body><img src=\"https://example.org/pixel.png\"></body></html>");
            await using var browser = await OfflineBrowser.LaunchAsync();

            var visit = await browser.OpenAsync(file);

            Assert.Contains("https://example.org/pixel.png", visit.Blocked);
            Assert.NotEmpty(visit.FailedRequests);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
