using System.Text.RegularExpressions;
using ChatFindings.Cli.Execution;
using ChatFindings.Cli.Site;

namespace ChatFindings.Tests.Site;

public class SiteWriterTests
{
    private static string Page(SiteFixture site, string name) => File.ReadAllText(Path.Combine(site.SiteDir, name + ".html"));

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    /// <summary>The site's files, checked to be all three pages: a check in a loop over them must not pass on none.</summary>
    private static IReadOnlyList<string> WriteAll(SiteFixture site)
    {
        var files = site.Write();
        Assert.Equal(["index.html", "00-data-and-methods.html", "01-minor-victims.html"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        return files;
    }

    [Fact]
    public void Writes_an_index_and_one_page_per_notebook_in_order()
    {
        using var site = new SiteFixture();
        var files = site.Write().Select(Path.GetFileName);
        Assert.Equal(["index.html", "00-data-and-methods.html", "01-minor-victims.html"], files);

        var index = Page(site, "index");
        Assert.Contains("<title>Minor victims of human trafficking on the Fier chat, 2019–2023 — appendix notebooks</title>", index);
        Assert.Contains("<a href=\"01-minor-victims.html\">F1 — Nearly 600 minor victims</a>", index);
        Assert.Contains("<a href=\"00-data-and-methods.html\">Data and methods</a>", index);
        Assert.Contains("2 claims: 1 borne out, 1 not assessed", index);
        Assert.Contains("1 claim: 1 not borne out", index);
        Assert.Contains("Generated conversations with the codebook&#39;s shape", index);
        Assert.Contains("Most are girls &amp; &lt;young&gt;", index);
        Assert.Contains("<td class=\"cf-holds-no\">not borne out</td>", index);
    }

    [Fact]
    public void Every_page_carries_the_synthetic_banner_when_the_data_is_synthetic()
    {
        using var site = new SiteFixture(synthetic: true);
        foreach (var file in WriteAll(site))
            Assert.Equal(1, Count(File.ReadAllText(file), "Synthetic data — these numbers are not the report&#39;s"));
    }

    [Fact]
    public void No_page_carries_the_banner_when_the_data_is_real()
    {
        using var site = new SiteFixture(synthetic: false);
        foreach (var file in WriteAll(site))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("cf-banner\"", html);
            Assert.DoesNotContain("these numbers are not the report", html);
        }
    }

    [Fact]
    public void Plotly_js_is_inlined_once_on_a_page_with_charts_and_not_at_all_elsewhere()
    {
        using var site = new SiteFixture();
        site.Write();
        // A stretch from the middle of the library identifies it wherever it appears.
        var marker = ChatFindings.PlotlyLibrary.Script.Substring(ChatFindings.PlotlyLibrary.Script.Length / 2, 200);

        var charts = Page(site, "01-minor-victims");
        Assert.Equal(1, Count(charts, marker));
        Assert.Equal(2, Count(charts, "<div class=\"cf-plot\""));
        Assert.Contains("<div class=\"cf-plot\" id=\"cf-chart-1\" data-figure=\"cf-chart-1-figure\"></div>", charts);
        Assert.Contains("<script type=\"application/json\" id=\"cf-chart-2-figure\">", charts);
        Assert.Contains("plotly.js 2.28.0 (inlined)", charts);
        Assert.Equal(0, Count(Page(site, "00-data-and-methods"), marker));
        Assert.Equal(0, Count(Page(site, "index"), marker));
        Assert.DoesNotContain("Plotly.newPlot", Page(site, "00-data-and-methods"));
    }

    [Fact]
    public void No_page_refers_to_anything_outside_itself()
    {
        using var site = new SiteFixture();
        var resource = new Regex(
            @"(\b(src|srcset|poster|data|action|formaction)\s*=\s*[""']?\s*(https?:|//))|(<link\b[^>]*\bhref\s*=\s*[""']?\s*(https?:|//))|(url\(\s*[""']?\s*(https?:|//))|(@import)",
            RegexOptions.IgnoreCase);
        foreach (var file in WriteAll(site))
        {
            // plotly.js itself mentions URLs (map tiles, docs) it never fetches for our charts; the browser test proves that.
            var html = File.ReadAllText(file).Replace(ChatFindings.PlotlyLibrary.Script, "", StringComparison.Ordinal);
            var hit = resource.Match(html);
            Assert.False(hit.Success, $"{Path.GetFileName(file)} refers to an outside resource: ...{(hit.Success ? html.Substring(Math.Max(0, hit.Index - 60), 160) : "")}...");
            Assert.DoesNotContain("require.js", html);
            Assert.DoesNotContain("cdn.", html);
            Assert.Contains("Content-Security-Policy", html);
        }
        // A markdown link is navigation, not a request; a remote markdown image becomes such a link.
        var notebook = Page(site, "01-minor-victims");
        Assert.Contains("<a href=\"https://www.nji.nl/cijfers/mensenhandel\" rel=\"external noopener noreferrer\">the registrations</a>", notebook);
        Assert.DoesNotContain("<img src=\"https://example.org", notebook);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        using var site = new SiteFixture();
        var first = site.Write().ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var again = Path.Combine(site.Root, "again");
        var second = SiteWriter.Write(site.Input, again).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[name]), $"{name} differs between two runs");
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", File.ReadAllText(Path.Combine(site.SiteDir, "index.html")));
    }

    [Fact]
    public void Cells_and_outputs_are_rendered_by_kind_and_text_is_escaped()
    {
        using var site = new SiteFixture();
        site.Write();
        var html = Page(site, "01-minor-victims");

        Assert.Contains("<h1 id=\"f1--nearly-600-minor-victims\">F1 — Nearly 600 minor victims</h1>", html);
        Assert.Contains("<strong>minor</strong>", html);
        Assert.Contains("<table>", html); // the pipe table
        Assert.DoesNotContain("<script>alert('md')</script>", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.Contains("<details class=\"cf-code\"><summary>Code [2]</summary><pre><code>var table = study.Minors();", html);
        Assert.Contains("#r &quot;../build/lib/ChatFindings.dll&quot;", html);
        Assert.Contains("<table class=\"cf-table\"><caption>Minors</caption>", html); // trusted text/html as is
        Assert.Contains("<pre class=\"cf-output cf-stdout\">rows: 600 &lt;all&gt;</pre>", html);
        Assert.Contains("<pre class=\"cf-output cf-text\">2 &lt; 3 &amp; done</pre>", html);
        Assert.Contains($"<img src=\"data:image/png;base64,{SiteFixture.TinyPng}\" alt=\"a tiny image\">", html);
        Assert.DoesNotContain("SECRET-MACHINE-OUTPUT", html);
        Assert.Contains("The chart&#39;s numbers as a table", html);

        var nav = Regex.Match(html, "<nav.*?</nav>").Value;
        Assert.Contains("<a rel=\"prev\" href=\"00-data-and-methods.html\">← Previous: Data and methods</a>", nav);
        Assert.Contains("<span class=\"cf-nav-missing\">Next →</span>", nav);
    }

    [Fact]
    public void Repeated_headings_get_distinct_anchors()
    {
        using var site = new SiteFixture();
        site.Write();
        var html = Page(site, "00-data-and-methods");
        Assert.Contains("<h1 id=\"data-and-methods\">", html);
        Assert.Contains("<h2 id=\"data-and-methods-2\">", html);
    }

    [Fact]
    public void The_footer_records_the_provenance()
    {
        using var site = new SiteFixture();
        foreach (var file in WriteAll(site))
        {
            var footer = Regex.Match(File.ReadAllText(file), "<footer class=\"cf-provenance\">.*?</footer>", RegexOptions.Singleline).Value;
            Assert.Contains(site.Input.Provenance.InputSha256, footer);
            Assert.Contains(site.Input.Provenance.GitCommit, footer);
            Assert.Contains("<dt>Smallest published count (min_cell)</dt><dd>10</dd>", footer);
            Assert.Contains("CsvHelper 34.0.0, Markdig 1.6.0, Plotly.NET 6.0.0", footer); // sorted
            Assert.Contains("synthetic, conversations.csv", footer);
        }
    }

    [Fact]
    public void Chart_json_cannot_end_its_script_element()
    {
        using var site = new SiteFixture();
        var evil = Chart.From(new ChartData("</script><script>alert(1)</script>", "x", "y", ["a"], [new ChartSeries("s", [1])], "<10"));
        // The renderer entity-encodes labels for plotly; a figure written elsewhere might not, so also try a raw one.
        var raw = "{\"data\":[{\"type\":\"bar\",\"x\":[\"</script><script>alert(2)</script>\"],\"y\":[1]}],\"layout\":{}}";
        var path = NotebookFixture.Write(site.Root, "evil", NotebookFixture.Notebook(
            NotebookFixture.Markdown("# Evil"),
            NotebookFixture.Code(1, "x", NotebookFixture.ChartOutput(evil),
                NotebookFixture.Display((Chart.PlotlyMimeType, System.Text.Json.Nodes.JsonNode.Parse(raw)!)))));
        var dir = Path.Combine(site.Root, "evil-site");
        SiteWriter.Write(site.Input with { Notebooks = [ExecutedNotebookReader.Read(path)] }, dir);

        var html = File.ReadAllText(Path.Combine(dir, "evil.html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("\\u003c/script>\\u003cscript>alert(2)\\u003c/script>", html);
    }

    [Fact]
    public void A_broken_executed_notebook_is_reported_with_its_file_and_cell()
    {
        using var site = new SiteFixture();
        var path = Path.Combine(site.Root, "broken.ipynb");
        File.WriteAllText(path, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [{\"cell_type\": \"markdown\", \"source\": \"# ok\"}, {\"cell_type\": \"code\", \"source\": 42, \"outputs\": []}]}");
        var e = Assert.Throws<NotebookFormatException>(() => ExecutedNotebookReader.Read(path));
        Assert.Contains($"{path}: cell 2: 'source'", e.Message);

        File.WriteAllText(path, "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"x\", \"outputs\": [{\"output_type\": \"display_data\"}]}]}");
        var output = Assert.Throws<NotebookFormatException>(() => ExecutedNotebookReader.Read(path));
        Assert.Contains($"{path}: cell 1, output 1: 'display_data' output has no 'data' object", output.Message);

        File.WriteAllText(path, "{\"nbformat\": 4,\n \"cells\": [}");
        var json = Assert.Throws<NotebookFormatException>(() => ExecutedNotebookReader.Read(path));
        Assert.StartsWith($"{path}: not valid JSON (line 2", json.Message);
    }

    [Fact]
    public void Claims_are_read_from_findings_json()
    {
        using var site = new SiteFixture();
        var path = Path.Combine(site.Root, "findings.json");
        File.WriteAllText(path, """
            [{"id": "F1", "notebook": "01-minor-victims", "statement": "Nearly 600", "statement_nl": "bijna zeshonderd",
              "published": "nearly 600", "published_value": 600, "computed_value": 596.5, "comparison": "within 5%", "holds": true, "note": null},
             {"id": "F2", "notebook": "02-x", "statement": "Twice", "published": "more than twice", "computed_value": null, "comparison": "", "holds": null}]
            """);
        var claims = ClaimsFile.Read(path);
        Assert.Equal(2, claims.Count);
        Assert.Equal(new SiteClaim("F1", "01-minor-victims", "Nearly 600", "nearly 600", "596.5", "within 5%", true, null, "600", StatementNl: "bijna zeshonderd"), claims[0]);
        Assert.Null(claims[1].Holds);
        Assert.Equal("not assessed", claims[1].Status);

        File.WriteAllText(path, """
            [{"id": "F3", "notebook": "03-duration", "statement": "Many", "published": "over half", "computed_value": 63.5, "base": 520,
              "interval": {"low": 59.2, "high": 67.5, "level": 0.95, "method": "Wilson score"}, "comparison": "more than", "verdict": "inconclusive", "holds": null}]
            """);
        var withVerdict = Assert.Single(ClaimsFile.Read(path));
        Assert.Equal(("inconclusive", "59.2 to 67.5 (95%, Wilson score)", "520"), (withVerdict.Status, withVerdict.Interval, withVerdict.Base));
        File.WriteAllText(path, """[{"id": "F1", "notebook": "n", "statement": "s", "published": "p", "interval": 3}]""");
        Assert.Contains("'interval' must be an object", Assert.Throws<InvalidDataException>(() => ClaimsFile.Read(path)).Message);

        File.WriteAllText(path, """[{"id": "F1", "notebook": "n", "statement": "s", "published": "p", "holds": "yes"}]""");
        var e = Assert.Throws<InvalidDataException>(() => ClaimsFile.Read(path));
        Assert.Contains($"{path}: claim 1: 'holds' must be true, false or null", e.Message);
    }
}
