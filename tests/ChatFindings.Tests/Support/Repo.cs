using System.Runtime.CompilerServices;

namespace ChatFindings.Tests.Support;

/// <summary>
/// The checkout these tests were compiled from, found from this source file, so the tests do not
/// depend on where the build put its output (an --artifacts-path outside the tree has no Notebooks.sln above it).
/// </summary>
public static class Repo
{
    public static string Root { get; } = DataLocation.FindRepoRoot(Path.GetDirectoryName(SourceFile())!, AppContext.BaseDirectory);

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string SchemaDirectory => PathOf("data-schema");

    public static string ConversationsSchema => PathOf("data-schema", "conversations.schema.json");

    public static ReferenceFigures Reference { get; } = ReferenceFigures.Load(PathOf("data", "reference"));

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
