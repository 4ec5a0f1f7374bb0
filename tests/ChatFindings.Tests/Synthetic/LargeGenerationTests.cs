namespace ChatFindings.Tests.Synthetic;

/// <summary>Generation at the benchmark's scale, end to end on disk; its speed is the benchmark's to measure.</summary>
[Trait("Category", "EndToEnd")]
public class LargeGenerationTests
{
    [Fact]
    public void A_million_rows_stream_to_a_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cf-h2-million-{Environment.ProcessId}");
        try
        {
            var csv = SyntheticDataSet.Write(dir, seed: 1, rows: 1_000_000);

            Assert.Equal(1_000_001, CountLines(csv)); // header + rows
            Assert.StartsWith("S1000000,2023,", LastLine(csv));
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
