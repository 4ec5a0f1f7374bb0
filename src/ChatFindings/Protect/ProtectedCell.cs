namespace ChatFindings;

/// <summary>
/// One cell of a protected table. A suppressed cell has no count: the number is not kept.
/// <see cref="IsPrimary"/> says the cell itself was too small (rather than hidden to protect
/// another cell); it is for checks and diagnostics only, and is never rendered: telling readers
/// which hidden cells are the small ones would narrow them down.
/// </summary>
public readonly record struct ProtectedCell
{
    private ProtectedCell(int? count, bool isPrimary)
    {
        Count = count;
        IsPrimary = isPrimary;
    }

    /// <summary>The published count, or null when suppressed.</summary>
    public int? Count { get; }

    public bool Suppressed => Count is null;

    /// <summary>Suppressed because the count itself was below the threshold (primary suppression).</summary>
    public bool IsPrimary { get; }

    internal static ProtectedCell Published(int count) => new(count, false);

    internal static ProtectedCell Hidden(bool isPrimary) => new(null, isPrimary);

    /// <summary>The count, or "suppressed" (the table renders "&lt;minCell").</summary>
    public override string ToString() => Count is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "suppressed";
}
