using System.Text.Json.Nodes;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.EndToEnd;

/// <summary>
/// One publish of the real notebooks on the shipped synthetic data, shared by every test of the
/// notebooks collection (<see cref="NotebookTestCollection"/>): publishing is the expensive step,
/// the checks on its artifacts are cheap.
/// </summary>
public sealed class PublishedArtifacts : IDisposable
{
    public PublishedArtifacts()
    {
        Out = Path.Combine(Path.GetTempPath(), "chatfindings-e2e-" + Guid.NewGuid().ToString("N"));
        // Both editions in the one shared publish: the Dutch edition's tests read site/nl/ and appendix.nl.pdf.
        Result = ProcessRun.Cli("publish", "--out", Out, "--lang", "en,nl");
    }

    public string Out { get; }
    public ProcessResult Result { get; }

    public string PathOf(params string[] parts) => Path.Combine([Out, .. parts]);

    public static IReadOnlyList<string> CommittedNotebooks() =>
        Directory.GetFiles(Repo.PathOf("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();

    public JsonNode ReadJson(params string[] parts) => JsonNode.Parse(File.ReadAllText(PathOf(parts)))!;

    public void Dispose()
    {
        if (Directory.Exists(Out)) Directory.Delete(Out, recursive: true);
    }
}
