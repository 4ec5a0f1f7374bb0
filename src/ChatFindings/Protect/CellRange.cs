using System.Globalization;

namespace ChatFindings;

/// <summary>
/// The values a hidden count can take given everything published about its population: from
/// <see cref="Lower"/> to <see cref="Upper"/> (null: no upper bound), whole numbers. A range of
/// one value is exact recovery.
/// </summary>
public readonly record struct CellRange(int Lower, int? Upper)
{
    /// <summary>How many whole values the range holds (Upper − Lower + 1), or null when unbounded.</summary>
    public long? Values => Upper is { } u ? (long)u - Lower + 1 : null;

    /// <summary>The interval rule: a hidden count must keep at least minCell consecutive possible values.</summary>
    public bool IsWideEnough(int minCell) => Values is not { } n || n >= minCell;

    public override string ToString() => Upper is { } u
        ? string.Create(CultureInfo.InvariantCulture, $"{Lower}..{u}")
        : string.Create(CultureInfo.InvariantCulture, $"{Lower} or more");
}
