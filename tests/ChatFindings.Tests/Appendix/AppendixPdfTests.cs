using System.Globalization;
using System.Text.RegularExpressions;
using ChatFindings.Tests.Browser;

namespace ChatFindings.Tests.Appendix;

[Trait("Category", "EndToEnd")] // prints with Chromium
public class AppendixPdfTests
{
    private static readonly string[] Titles = ["Data and methods", "F1 — Nearly 600 minor victims", "Claims checked"];

    [ChromiumFact]
    public void The_pdf_has_a_title_page_contents_every_notebook_and_every_claim_and_no_browser_header()
    {
        using var fixture = new AppendixFixture();
        var pages = fixture.Write();
        var pdf = fixture.Pdf();

        Assert.Equal(pages, Poppler.PageCount(pdf));
        // Title page + contents + one page at least per notebook + the claims.
        Assert.True(pages >= 2 + fixture.Input.Site.Notebooks.Count + 1, $"only {pages} pages");
        var text = Poppler.Text(pdf);
        foreach (var title in Titles) Assert.Contains(title, text);
        foreach (var claim in fixture.Input.Site.Claims)
            Assert.Matches(new Regex($@"(?<![\w]){Regex.Escape(claim.Id)}(?![\w])"), text);

        var titlePage = Regex.Replace(Poppler.PageText(pdf, 1), @"\s+", " ");
        Assert.Contains("CKM", titlePage);
        Assert.Contains("Minor victims of human trafficking on the Fier chat, 2019–2023", titlePage);
        Assert.Contains("Appendix notebooks", titlePage);
        Assert.Contains("Synthetic data", titlePage);
        Assert.Contains(fixture.Input.Site.Provenance.InputName!, titlePage);
        Assert.Contains(fixture.Input.Site.Provenance.InputSha256, titlePage.Replace(" ", ""));
        Assert.Contains(fixture.Input.Site.Provenance.GitCommit, titlePage);
        Assert.Contains("conversations from 2019–2023", titlePage);

        // No header or footer of the browser's own: no URL, no file path, no printing date.
        Assert.DoesNotContain("file:", text);
        Assert.DoesNotContain("http", text);
        Assert.DoesNotContain(".html", text);
        Assert.DoesNotMatch(new Regex(@"\b\d{1,2}/\d{1,2}/\d{2,4}\b"), text);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture) + "-", text);
        var info = Poppler.Info(pdf);
        Assert.DoesNotMatch(new Regex(@"^(CreationDate|ModDate):\s+\S", RegexOptions.Multiline), info);

        // The running title and the page number on every page after the title page.
        for (var page = 2; page <= pages; page++)
        {
            var pageText = Poppler.PageText(pdf, page);
            Assert.Contains("appendix notebooks", pageText);
            Assert.Matches(new Regex($@"(?<!\d){page}\s*/\s*{pages}(?!\d)"), pageText);
            Assert.Contains("Synthetic data", pageText);
        }
    }

    [ChromiumFact]
    public void The_contents_give_the_page_where_each_section_starts_and_charts_print_as_vector_text()
    {
        using var fixture = new AppendixFixture();
        var pages = fixture.Write();
        var pdf = fixture.Pdf();
        var texts = Enumerable.Range(1, pages).Select(p => Poppler.PageText(pdf, p)).ToList();

        var contents = texts[1];
        var previous = 2;
        foreach (var title in Titles)
        {
            var line = Regex.Match(contents, $@"^\s*{Regex.Escape(title)}\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(line.Success, $"no contents line for '{title}':\n{contents}");
            var listed = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            // Where poppler finds the section's heading first, after the contents page.
            var actual = Enumerable.Range(3, pages - 2).First(p => texts[p - 1].Contains(title, StringComparison.Ordinal));
            Assert.Equal(actual, listed);
            Assert.True(listed > previous, $"'{title}' starts on page {listed}, not after page {previous}");
            previous = listed;
        }

        // The chart's title and axis labels are text in the PDF: the SVG printed as vectors, not pixels.
        var chartPages = string.Concat(texts.Skip(2));
        Assert.Contains("Minor victims by year", chartPages);
        Assert.Contains("How long the exploitation had lasted", chartPages);
        Assert.Contains("<10", chartPages);
        // Code is folded away by default.
        Assert.DoesNotContain("study.Minors()", string.Concat(texts));
    }

    [ChromiumFact]
    public void Pages_render_to_visible_ink_and_the_same_input_prints_the_same_bytes()
    {
        using var fixture = new AppendixFixture();
        var pages = fixture.Write(name: "first.pdf");
        fixture.Write(name: "second.pdf");

        Assert.Equal(File.ReadAllBytes(fixture.Pdf("first.pdf")), File.ReadAllBytes(fixture.Pdf("second.pdf")));
        for (var page = 1; page <= pages; page++)
        {
            var (width, height, pixels) = Poppler.GreyPage(fixture.Pdf("first.pdf"), page);
            var ink = pixels.Count(p => p < 200);
            Assert.True(width > 300 && height > 400, $"page {page} is {width}x{height}");
            Assert.True(ink > width * height / 200, $"page {page} is nearly blank: {ink} dark pixels of {width * height}");
        }
    }

    [ChromiumFact]
    public void Show_code_prints_the_code_cells_compactly()
    {
        using var fixture = new AppendixFixture();
        fixture.Write(showCode: true);

        var text = Poppler.Text(fixture.Pdf());
        Assert.Contains("study.Minors()", text);
        Assert.Contains("Chart.From(byYear)", text);
        Assert.DoesNotContain("Code [2]", text); // the fold's label is not printed
    }

    [ChromiumFact]
    public void A_chart_without_a_static_image_is_drawn_by_plotly_and_still_printed()
    {
        using var fixture = new AppendixFixture(staticCharts: false);
        fixture.Write();

        var text = Poppler.Text(fixture.Pdf());
        Assert.Contains("Minor victims by year", text);
        Assert.Contains("How long the exploitation had lasted", text);
    }
}
