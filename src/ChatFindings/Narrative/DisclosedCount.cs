using System.Globalization;

namespace ChatFindings;

/// <summary>
/// A count that may appear in narrative text. Under the disclosure threshold it prints as
/// "&lt;min_cell", never as the number, so a sentence built from data obeys the same rule as a table.
/// When the count is part of a whole that the text also prints ("known for 36 of the 41"), the rest
/// (<see cref="Rest"/>, 5 here) is as good as printed, so a small rest withholds the count too.
/// </summary>
public readonly record struct DisclosedCount(int Value, int MinCell, int? Rest = null) : INarrativeValue
{
    public bool IsWithheld => IsSmall(Value) || Rest is { } rest && IsSmall(rest);

    private bool IsSmall(int n) => DisclosureRule.IsSmall(n, MinCell);

    // Withheld for a small rest, the count itself is large: "all but <10" says what is true of it.
    public override string ToString() =>
        IsSmall(Value) ? $"<{MinCell}"
        : IsWithheld ? Languages.Pick($"all but <{MinCell}", $"op <{MinCell} na alle")
        : Value.ToString("N0", Languages.Culture);

    /// <summary>The number a claim may publish, or null when it is withheld.</summary>
    public int? Published => IsWithheld ? null : Value;
}

/// <summary>
/// A share numerator/denominator for narrative text, withheld when either group (or its complement)
/// is under the threshold, as for <see cref="ClaimMeasure.Percentage"/>.
/// </summary>
public readonly record struct DisclosedShare(int Numerator, int Denominator, int MinCell) : INarrativeValue
{
    public bool IsWithheld =>
        Denominator == 0 || IsSmall(Numerator) || IsSmall(Denominator) || IsSmall(Denominator - Numerator);

    private bool IsSmall(int n) => DisclosureRule.IsSmall(n, MinCell);

    /// <summary>The share of <paramref name="group"/> (among those where <paramref name="known"/>) that matches.</summary>
    public static DisclosedShare Of(IEnumerable<Conversation> group, Func<Conversation, bool> matches, Func<Conversation, bool>? known, int minCell)
    {
        var basis = known is null ? group.ToList() : group.Where(known).ToList();
        return new DisclosedShare(basis.Count(matches), basis.Count, minCell);
    }

    public double? Percent => IsWithheld ? null : 100.0 * Numerator / Denominator;

    public override string ToString() => Percent is { } p
        ? p.ToString("0", Languages.Culture) + "%"
        : Languages.Pick("a share withheld under the disclosure rule", "een aandeel dat de onthullingsregel niet toont");
}
