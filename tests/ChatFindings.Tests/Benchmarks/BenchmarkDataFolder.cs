namespace ChatFindings.Tests.Benchmarks;

/// <summary>A small generated data set in a folder of its own, shared by the benchmark tests of one class and removed afterwards.</summary>
public sealed class BenchmarkDataFolder : IDisposable
{
    public const int Rows = 3_000;

    public BenchmarkDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cf-bench-" + Guid.NewGuid().ToString("N"));
        Csv = ChatFindings.Benchmarks.BenchmarkData.Ensure(Path, Rows);
    }

    public string Path { get; }
    public string Csv { get; }

    /// <summary>The codebook of this checkout (the test binaries may live outside it).</summary>
    public static string Schema => Support.Repo.PathOf("data-schema", "conversations.schema.json");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
