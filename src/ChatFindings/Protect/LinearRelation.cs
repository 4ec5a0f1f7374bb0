namespace ChatFindings;

/// <summary>One published relation between hidden counts: Lower ≤ Σ coefficient · unknown ≤ Upper.</summary>
internal sealed record LinearRelation(IReadOnlyList<(int Unknown, double Coefficient)> Terms, double Lower, double Upper)
{
    public static LinearRelation Equal(IReadOnlyList<(int, double)> terms, double value) => new(terms, value, value);

    public static LinearRelation AtMost(IReadOnlyList<(int, double)> terms, double value) => new(terms, double.NegativeInfinity, value);
}
