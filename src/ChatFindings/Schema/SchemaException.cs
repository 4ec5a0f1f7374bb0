namespace ChatFindings.Schema;

/// <summary>A schema file that cannot be used: missing, not JSON, or not a Table Schema this reader understands.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string schemaFile, IReadOnlyList<string> problems)
        : base(Describe(schemaFile, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string file, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"schema {file}: {problems[0]}"
            : $"schema {file} has {problems.Count} problems:" + string.Concat(problems.Select(p => "\n  - " + p));
}
