using System.Text;
using ChatFindings.Cli.Appendix;
using ChatFindings.Cli.Browser;
using ChatFindings.Tests.Synthetic;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Appendix;

public class AppendixUnitTests
{
    [Fact]
    public void Without_chromium_the_reason_is_one_line_naming_the_path_given()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cf-no-such-dir", "chromium");

        var browser = ChromiumBrowser.Find(missing, out var reason);

        Assert.Null(browser);
        Assert.Contains(missing, reason);
        var line = AppendixPdf.SkippedMessage(reason);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("publish: no appendix.pdf: ", line);
        Assert.EndsWith(reason, line);
    }

    [Fact]
    public void An_existing_path_given_is_the_browser_used()
    {
        var file = Path.GetTempFileName();
        try
        {
            var browser = ChromiumBrowser.Find(file, out var reason);
            Assert.NotNull(browser);
            Assert.Equal(file, browser.ExecutablePath);
            Assert.Equal("", reason);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void The_period_is_the_years_the_data_covers()
    {
        Assert.Equal("2019–2023", AppendixInput.PeriodOf([2021, 2019, 2023, 2020]));
        Assert.Equal("2021", AppendixInput.PeriodOf([2021, 2021]));
        Assert.StartsWith("no years", AppendixInput.PeriodOf([]));
    }

    /// <summary>A PDF with Skia's plain-object layout: a nested page tree and a /Dests dictionary.</summary>
    private static byte[] HandMadePdf() => Encoding.Latin1.GetBytes("""
        %PDF-1.4
        1 0 obj
        <</Type /Catalog
        /Pages 2 0 R
        /Dests 9 0 R>>
        endobj
        2 0 obj
        <</Type /Pages
        /Count 3
        /Kids [3 0 R 4 0 R]>>
        endobj
        3 0 obj
        <</Type /Pages
        /Count 2
        /Kids [5 0 R 6 0 R]>>
        endobj
        4 0 obj
        <</Type /Pages
        /Count 1
        /Kids [7 0 R]>>
        endobj
        5 0 obj
        <</Type /Page
        /Parent 3 0 R
        /Contents 8 0 R>>
        endobj
        6 0 obj
        <</Type /Page
        /Parent 3 0 R>>
        endobj
        7 0 obj
        <</Type /Page
        /Parent 4 0 R>>
        endobj
        8 0 obj
        <</Length 30>> stream
        /Type /Page 99 0 obj endobj
        endstream
        endobj
        9 0 obj
        <</cf-nb-1 [6 0 R /XYZ 6 826 0]
        /cf-claims [7 0 R /XYZ 6 826 0]
        /a#20b [5 0 R /XYZ 0 0 0]>>
        endobj
        11 0 obj
        <</Type /StructElem
        /S /TH
        /ID (node00000171)>>
        endobj
        12 0 obj
        <</Type /StructElem
        /S /TH
        /ID (node00000088)>>
        endobj
        13 0 obj
        <</Names [(node00000088) 12 0 R (node00000171) 11 0 R]>>
        endobj
        10 0 obj
        <</Title (x)
        /CreationDate (D:20261128092938+00'00')
        /ModDate (D:20261128092938+00'00')>>
        endobj
        trailer
        <</Root 1 0 R>>
        %%EOF
        """);

    [Fact]
    public void Destinations_are_read_to_page_numbers_through_a_nested_page_tree()
    {
        var (count, pages) = PdfDestinations.Read(HandMadePdf(), "hand-made.pdf");

        Assert.Equal(3, count);
        Assert.Equal(2, pages["cf-nb-1"]);
        Assert.Equal(3, pages["cf-claims"]);
        Assert.Equal(1, pages["a b"]);
        Assert.Equal(3, pages.Count);
    }

    [Fact]
    public void A_destination_on_something_that_is_not_a_page_is_an_error_naming_the_file()
    {
        var pdf = Encoding.Latin1.GetString(HandMadePdf()).Replace("/cf-claims [7 0 R", "/cf-claims [8 0 R", StringComparison.Ordinal);

        var e = Assert.Throws<InvalidDataException>(() => PdfDestinations.Read(Encoding.Latin1.GetBytes(pdf), "broken.pdf"));

        Assert.Contains("broken.pdf", e.Message);
        Assert.Contains("cf-claims", e.Message);
    }

    [Fact]
    public void Dates_are_blanked_and_node_ids_ranked_without_moving_a_byte()
    {
        var pdf = HandMadePdf();
        var length = pdf.Length;
        var trailer = Encoding.Latin1.GetString(pdf).IndexOf("trailer", StringComparison.Ordinal);

        PdfStableBytes.Apply(pdf);

        var text = Encoding.Latin1.GetString(pdf);
        Assert.Equal(length, pdf.Length);
        Assert.Equal(trailer, text.IndexOf("trailer", StringComparison.Ordinal));
        Assert.DoesNotContain("CreationDate", text);
        Assert.DoesNotContain("ModDate", text);
        Assert.DoesNotContain("2026", text);
        Assert.Contains("/Title (x)", text);
        // Ranked in numeric order, so the ID tree's keys stay sorted and paired with the same elements.
        Assert.Contains("/S /TH\n/ID (node00000001)>>\nendobj\n12 0 obj", text);
        Assert.Contains("/ID (node00000000)>>", text);
        Assert.Contains("<</Names [(node00000000) 12 0 R (node00000001) 11 0 R]>>", text);
    }

    [Fact]
    public void Node_ids_that_differ_only_by_an_offset_give_the_same_bytes()
    {
        var a = HandMadePdf();
        var b = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(HandMadePdf())
            .Replace("node00000171", "node00000190", StringComparison.Ordinal).Replace("node00000088", "node00000107", StringComparison.Ordinal));
        Assert.NotEqual(a, b);

        PdfStableBytes.Apply(a);
        PdfStableBytes.Apply(b);

        Assert.Equal(a, b);
    }
}
