using System.Diagnostics;

namespace ChatFindings.Tests.Synthetic;

public class LargeGenerationTests
{
    [Fact]
    public void A_million_rows_stream_to_a_file_in_seconds()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cf-h2-million-{Environment.ProcessId}");
        try
        {
            var clock = Stopwatch.StartNew();
            var csv = SyntheticDataSet.Write(dir, seed: 1, rows: 1_000_000);
            clock.Stop();

            Assert.Equal(1_000_001, CountLines(csv)); // header + rows
            Assert.StartsWith("S1000000,2023,", LastLine(csv));
            // Generous bound for a busy 2-core machine running a debug build; a release build takes about 1 s.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    private static string LastLine(string path)
    {
        using var file = File.OpenRead(path);
        file.Seek(-300, SeekOrigin.End);
        var tail = new StreamReader(file).ReadToEnd().TrimEnd('\n');
        return tail[(tail.LastIndexOf('\n') + 1)..];
    }

    private static long CountLines(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int n;
        while ((n = file.Read(buffer)) > 0) lines += buffer.AsSpan(0, n).Count((byte)'\n');
        return lines;
    }
}
