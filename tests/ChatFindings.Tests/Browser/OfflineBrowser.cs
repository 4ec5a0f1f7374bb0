using Microsoft.Playwright;

namespace ChatFindings.Tests.Browser;

/// <summary>
/// Headless Debian Chromium driven by Playwright, with the outside network blocked twice over:
/// the resolver maps every host to nothing, and every request that is not for a local file or a
/// data URI is aborted and recorded. Playwright is never allowed to fetch a browser of its own.
/// </summary>
internal sealed class OfflineBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<OfflineBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
            throw new InvalidOperationException($"{ChromiumFactAttribute.ChromiumPath} is missing: install Debian's chromium (.ci/run does)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
            ],
        });
        return new OfflineBrowser(playwright, browser);
    }

    /// <summary>Opens a file and waits until it has loaded; everything that went wrong is in the visit.</summary>
    /// <param name="bypassCsp">For tools the test injects (axe-core): the page's own policy allows no outside script.</param>
    public async Task<PageVisit> OpenAsync(string file, int width = 1100, bool bypassCsp = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 1400 }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        var visit = new PageVisit(page);
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
                await route.ContinueAsync();
            else
            {
                visit.Blocked.Add(url);
                await route.AbortAsync();
            }
        });
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                visit.OutsideRequests.Add(request.Url);
        };
        page.RequestFailed += (_, request) => visit.FailedRequests.Add($"{request.Url}: {request.Failure}");
        page.Console += (_, message) => { if (message.Type == "error") visit.ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => visit.ConsoleErrors.Add(error);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return visit;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>One opened page and what it tried to do beyond itself.</summary>
internal sealed class PageVisit(IPage page)
{
    public IPage Page { get; } = page;
    public List<string> Blocked { get; } = [];
    public List<string> OutsideRequests { get; } = [];
    public List<string> FailedRequests { get; } = [];
    public List<string> ConsoleErrors { get; } = [];

    public string Problems() => string.Join("\n", Blocked.Select(b => "blocked: " + b)
        .Concat(OutsideRequests.Select(r => "outside request: " + r))
        .Concat(FailedRequests.Select(f => "failed: " + f))
        .Concat(ConsoleErrors.Select(e => "console: " + e)));
}
