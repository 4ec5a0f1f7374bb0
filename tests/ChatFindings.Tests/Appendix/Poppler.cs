using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFindings.Tests.Appendix;

/// <summary>poppler-utils (pdfinfo, pdftotext, pdftoppm) as an independent reader of the PDFs we print.</summary>
internal static class Poppler
{
    public static int PageCount(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var m = Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline);
        Assert.True(m.Success, $"pdfinfo gave no page count:\n{info}");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static string Info(string pdf) => Run("pdfinfo", pdf);

    public static string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-");

    public static string PageText(string pdf, int page) =>
        Run("pdftotext", "-layout", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-");

    /// <summary>One page as 8-bit greyscale pixels (pdftoppm's binary PGM: "P5 width height 255" then the bytes).</summary>
    public static (int Width, int Height, byte[] Pixels) GreyPage(string pdf, int page, int dpi = 50)
    {
        var dir = Directory.CreateTempSubdirectory("cf-pgm-").FullName;
        try
        {
            var n = page.ToString(CultureInfo.InvariantCulture);
            Run("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", n, "-l", n, "-singlefile", pdf, Path.Combine(dir, "page"));
            var bytes = File.ReadAllBytes(Path.Combine(dir, "page.pgm"));
            var (fields, offset) = (new List<string>(), 0);
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)bytes[offset])) offset++;
                var start = offset;
                while (!char.IsWhiteSpace((char)bytes[offset])) offset++;
                fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, offset - start));
            }
            offset++; // the single whitespace byte after the maximum value
            Assert.Equal("P5", fields[0]);
            int w = int.Parse(fields[1], CultureInfo.InvariantCulture), h = int.Parse(fields[2], CultureInfo.InvariantCulture);
            Assert.Equal("255", fields[3]);
            Assert.Equal(w * h, bytes.Length - offset);
            return (w, h, bytes[offset..]);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException($"{tool} is not installed (apt-get install poppler-utils): {e.Message}", e); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }
}
