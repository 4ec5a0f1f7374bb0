namespace ChatFindings;

/// <summary>The outcome of auditing one protected table: passed, or the reasons it did not.</summary>
public sealed record SuppressionAuditResult(string TableName, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    public override string ToString() =>
        Passed ? $"{TableName}: passed" : $"{TableName}: FAILED: " + string.Join("; ", Problems);
}
