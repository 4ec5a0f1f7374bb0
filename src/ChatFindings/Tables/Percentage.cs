using System.Globalization;

namespace ChatFindings;

/// <summary>
/// One cell's percentage with the counts behind it: <see cref="Count"/> of <see cref="Base"/>
/// (the <see cref="Denominator"/> total). Null counts are suppressed ones; then the percentage is
/// suppressed as well. <see cref="Value"/> is null when suppressed or when the base is zero.
/// ColumnCode and ColumnLabel are null for one-way tables.
/// </summary>
public sealed record Percentage(
    string RowCode,
    string RowLabel,
    string? ColumnCode,
    string? ColumnLabel,
    Denominator Denominator,
    int? Count,
    int? Base)
{
    public bool Suppressed => Count is null || Base is null;

    /// <summary>The percentage (0-100), unrounded; null when suppressed or the base is zero.</summary>
    public double? Value => Count is { } n && Base is { } b && b > 0 ? 100.0 * n / b : null;

    /// <summary>One decimal, invariant culture: "12.5%"; "suppressed" or "n/a" (base zero) otherwise.</summary>
    public override string ToString() =>
        Suppressed ? "suppressed"
        : Value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : "n/a";
}
