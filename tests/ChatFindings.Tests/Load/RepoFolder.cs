using System.Runtime.CompilerServices;

namespace ChatFindings.Tests.Load;

/// <summary>
/// The checkout these tests were compiled from, found from this source file, so the tests do not depend on
/// where the build put its output (an --artifacts-path outside the repository has no Notebooks.sln above it).
/// </summary>
public static class RepoFolder
{
    public static string Root { get; } = DataLocation.FindRepoRoot(Path.GetDirectoryName(SourceFile())!, AppContext.BaseDirectory);

    public static string SchemaDirectory => Path.Combine(Root, "data-schema");

    public static string ConversationsSchema => Path.Combine(SchemaDirectory, "conversations.schema.json");

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
