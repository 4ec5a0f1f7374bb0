using System.Text;
using ChatFindings.Cli.Browser;
using ChatFindings.Tests.Appendix;

namespace ChatFindings.Tests.Browser;

/// <summary>The one browser process publish shares between its pages: jobs at once, scripts given time, prints revised on the open page.</summary>
[Trait("Category", "EndToEnd")] // runs Chromium
public sealed class ChromiumBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cf-browser-test-").FullName;

    private static ChromiumBrowser Chromium() =>
        ChromiumBrowser.Find(ChromiumFactAttribute.ChromiumPath, out var reason) ?? throw new InvalidOperationException(reason);

    private string Page(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>\n", new UTF8Encoding(false));
        return path;
    }

    [ChromiumFact]
    public async Task Pages_opened_at_once_each_get_their_own_dom_after_their_timers_have_run()
    {
        await using var browser = Chromium();
        // A timer two seconds out fires within the virtual time budget, without two seconds' wait.
        var pages = Enumerable.Range(1, 4).Select(i => Page($"p{i}.html",
            $"<p id=\"out\">waiting</p><script>setTimeout(function () {{ document.getElementById('out').textContent = 'page {i} done'; }}, 2000);</script>")).ToList();

        var doms = await Task.WhenAll(pages.Select(p => browser.DumpDomAsync(p)));

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"page {i + 1} done", doms[i]);
            Assert.DoesNotContain("waiting", doms[i]);
        }
    }

    [ChromiumFact]
    public async Task A_draft_print_is_revised_on_the_open_page_until_revise_keeps_a_full_print()
    {
        await using var browser = Chromium();
        var page = Page("print.html", "<h1>Heading</h1><p id=\"n\">loaded</p>");
        var seen = new List<byte[]>();

        var kept = await browser.PrintToPdfAsync(page, "document.getElementById('n').textContent = 'draft';", pdf =>
        {
            seen.Add(pdf);
            return seen.Count == 1 ? "document.getElementById('n').textContent = 'final';" : null;
        });

        Assert.Equal(2, seen.Count);
        Assert.Same(seen[1], kept);
        string Print(int i, string name)
        {
            var path = Path.Combine(_dir, name);
            File.WriteAllBytes(path, seen[i]);
            return path;
        }
        var draft = Print(0, "draft.pdf");
        var final = Print(1, "final.pdf");
        Assert.Contains("draft", Poppler.Text(draft));
        Assert.DoesNotContain("Tagged:          yes", Poppler.Info(draft)); // only its layout counts
        Assert.Contains("final", Poppler.Text(final));
        Assert.DoesNotContain("loaded", Poppler.Text(final));
        Assert.Contains("Tagged:          yes", Poppler.Info(final)); // the kept print is the full one
    }

    [ChromiumFact]
    public async Task A_missing_page_and_a_failing_revision_script_are_errors_naming_them()
    {
        await using var browser = Chromium();
        var missing = Path.Combine(_dir, "nowhere.html");
        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => browser.DumpDomAsync(missing));
        Assert.Contains(missing, e.Message);

        var page = Page("bad.html", "<p>x</p>");
        var bad = await Assert.ThrowsAsync<BrowserException>(() => browser.PrintToPdfAsync(page, null, _ => "no_such_function();"));
        Assert.Contains(page, bad.Message);
        Assert.Contains("no_such_function", bad.Message);
        // The browser still serves the next job.
        Assert.Contains("<p>x</p>", await browser.DumpDomAsync(page));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
