namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// Generates a data set of its own (seed, size) in a temporary folder and publishes the real
/// notebooks on it. Without its sidecar the data counts as real, not synthetic.
/// </summary>
public abstract class GeneratedDataPublish : IDisposable
{
    protected GeneratedDataPublish(string name, int seed, int rows, bool withoutSidecar = false, params string[] publishOptions)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"chatfindings-{name}-" + Guid.NewGuid().ToString("N"));
        DataPath = SyntheticDataSet.Write(Path.Combine(Folder, "data"), seed, rows);
        if (withoutSidecar) File.Delete(Provenance.SidecarPath(DataPath));
        Out = Path.Combine(Folder, "out");
        Result = ProcessRun.Cli(["publish", "--data", DataPath, "--out", Out, .. publishOptions]);
    }

    public string Folder { get; }
    public string DataPath { get; }
    public string Out { get; }
    public ProcessResult Result { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
