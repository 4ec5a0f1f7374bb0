using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChatFindings.Tests.Narrative;

/// <summary>Compiles a snippet against the library, as a notebook cell would be, and returns its errors.</summary>
internal static class NarrativeCompilation
{
    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(NotebookSession).Assembly.Location)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    public static IReadOnlyList<Diagnostic> Errors(string body)
    {
        var source = $$"""
            using System.Collections.Generic;
            using System.Linq;
            using ChatFindings;
            static class Cell
            {
                static NarrativeText Run(NotebookSession study, List<Conversation> group)
                {
                    {{body}}
                }
            }
            """;
        var compilation = CSharpCompilation.Create("Cell", [CSharpSyntaxTree.ParseText(source)], References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
