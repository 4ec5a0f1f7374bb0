namespace ChatFindings;

/// <summary>
/// A count that may appear in narrative text. Under the disclosure threshold it prints as
/// "&lt;min_cell", never as the number, so a sentence built from data obeys the same rule as a table.
/// When the count is part of a whole that the text also prints ("known for 36 of the 41"), the rest
/// (<see cref="Rest"/>, 5 here) is as good as printed, so a small rest withholds the count too.
/// </summary>
public readonly record struct DisclosedCount(int Value, DisclosurePolicy Policy, int? Rest = null) : INarrativeValue, IPopulationEquations
{
    /// <summary>The count as an equation of its population, when it came from <see cref="PopulationCounts.Count"/> and is shown.</summary>
    public SentenceCount? Counted { get; init; }

    /// <summary>
    /// A count of a population that can not be shown without narrowing a count its tables hide:
    /// shown as "a hidden number" whatever its size ("&lt;10" would be untrue of a large one, and a
    /// word for the small ones only would tell which hidden counts are small).
    /// </summary>
    public bool Hidden { get; init; }

    public bool IsWithheld => Hidden || Policy.IsSmall(Value) || Rest is { } rest && Policy.IsSmall(rest);

    IEnumerable<SentenceCount> IPopulationEquations.Equations => !IsWithheld && Counted is { } c ? [c] : [];

    // Withheld for a small rest, the count itself is large: "all but <10" says what is true of it.
    public override string ToString() =>
        Hidden ? Languages.Pick("a hidden number", "een verborgen aantal")
        : Policy.IsSmall(Value) ? $"<{Policy.MinCell}"
        : IsWithheld ? Languages.Pick($"all but <{Policy.MinCell}", $"op <{Policy.MinCell} na alle")
        : Value.ToString("N0", Languages.Culture);

    /// <summary>The number a claim may publish, or null when it is withheld.</summary>
    public int? Published => IsWithheld ? null : Value;
}
