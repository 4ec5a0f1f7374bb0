using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFindings.Cli.Browser;

/// <summary>
/// One page of the shared browser, in a browser context of its own (no cookies, storage or cache
/// shared with another page), closed with its context when disposed.
/// </summary>
internal sealed class BrowserTab : IAsyncDisposable
{
    private readonly DevToolsConnection _devTools;
    private readonly string _context;
    private readonly string _target;
    private readonly string _session;

    private BrowserTab(DevToolsConnection devTools, string context, string target, string session)
    {
        _devTools = devTools;
        _context = context;
        _target = target;
        _session = session;
    }

    public static async Task<BrowserTab> OpenAsync(DevToolsConnection devTools, CancellationToken cancel)
    {
        var context = (await devTools.SendAsync("Target.createBrowserContext", [], cancel: cancel)).GetProperty("browserContextId").GetString()!;
        var target = (await devTools.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["browserContextId"] = context }, cancel: cancel))
            .GetProperty("targetId").GetString()!;
        var session = (await devTools.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, cancel: cancel))
            .GetProperty("sessionId").GetString()!;
        var tab = new BrowserTab(devTools, context, target, session);
        await tab.SendAsync("Page.enable", [], cancel);
        return tab;
    }

    /// <summary>
    /// Opens the page, waits for its load event, then lets its scripts run on for up to the budget in
    /// virtual time (as Chromium's --virtual-time-budget does): timers fire as soon as the page is
    /// idle, so a page that is done early costs no wall-clock wait.
    /// </summary>
    public async Task NavigateAsync(string url, int virtualTimeBudgetMs, CancellationToken cancel)
    {
        var loaded = _devTools.NextEvent("Page.loadEventFired", _session);
        var navigated = await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancel);
        if (navigated.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
            throw new BrowserException($"Chromium could not open {url}: {text}");
        await loaded.WaitAsync(cancel);
        // A late load event of the blank page the tab opened with must not count as this page's.
        var script = $"document.readyState === 'complete' && location.href === {JsonValue.Create(url).ToJsonString()} ? 'yes' : 'no'";
        while (await EvaluateAsync(script, cancel) != "yes") await Task.Delay(20, cancel);
        var expired = _devTools.NextEvent("Emulation.virtualTimeBudgetExpired", _session);
        await SendAsync("Emulation.setVirtualTimePolicy", new JsonObject { ["policy"] = "pauseIfNetworkFetchesPending", ["budget"] = virtualTimeBudgetMs }, cancel);
        await expired.WaitAsync(cancel);
    }

    /// <summary>The page's DOM as HTML, as --dump-dom writes it.</summary>
    public async Task<string> OuterHtmlAsync(CancellationToken cancel) => await EvaluateAsync("document.documentElement.outerHTML", cancel) ?? "";

    /// <summary>Runs a script on the page (awaiting the promise it returns, if any); a thrown error is a <see cref="BrowserException"/>.</summary>
    public async Task<string?> EvaluateAsync(string script, CancellationToken cancel)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = script, ["returnByValue"] = true, ["awaitPromise"] = true }, cancel);
        if (result.TryGetProperty("exceptionDetails", out var thrown))
            throw new BrowserException($"a script failed on the page: {thrown.GetProperty("text").GetString()} {(thrown.TryGetProperty("exception", out var e) && e.TryGetProperty("description", out var d) ? d.GetString() : "")}");
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    /// <summary>
    /// Prints as Chromium's --print-to-pdf with --no-pdf-header-footer and
    /// --generate-pdf-document-outline does: backgrounds, the CSS page size, a tagged PDF with bookmarks.
    /// </summary>
    /// <param name="draft">Only the page layout counts: no tags and no bookmarks, which are slow to make.</param>
    public async Task<byte[]> PrintAsync(bool draft, CancellationToken cancel)
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["displayHeaderFooter"] = false,
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
            ["generateTaggedPDF"] = !draft,
            ["generateDocumentOutline"] = !draft,
        }, cancel);
        return result.GetProperty("data").GetBytesFromBase64();
    }

    private Task<JsonElement> SendAsync(string method, JsonObject parameters, CancellationToken cancel) =>
        _devTools.SendAsync(method, parameters, _session, cancel);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _devTools.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = _target });
            await _devTools.SendAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = _context });
        }
        catch (BrowserException) { } // the browser is gone: nothing left to close
    }
}
