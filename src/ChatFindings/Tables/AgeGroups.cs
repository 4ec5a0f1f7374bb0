namespace ChatFindings;

/// <summary>
/// The age bands tables use (age at the chat). Defined once, here. The bands follow the figures
/// the report series publishes: "minor" is under 18 (so 16-17 ends at 17), and "15 or younger"
/// (2019, 2020) is the sum of the three youngest bands. Two-year bands keep cells larger than
/// single years would, which matters for disclosure control. 18-22 holds the young adults who
/// often tell about exploitation that began as a minor. The 2021 figure "under 15" cannot be
/// read from these bands: it needs age itself.
/// </summary>
public static class AgeGroups
{
    /// <summary>Lower bounds of the bands, ascending; each band runs to the next bound minus one.</summary>
    private static readonly (int From, int? To, string Code, string Label)[] Bands =
    [
        (int.MinValue, 11, "lt_12", "Under 12"),
        (12, 13, "12_13", "12-13"),
        (14, 15, "14_15", "14-15"),
        (16, 17, "16_17", "16-17"),
        (18, 22, "18_22", "18-22"),
        (23, null, "23_plus", "23 and older"),
    ];

    /// <summary>The bands in order, then "Not known".</summary>
    public static IReadOnlyList<Category> Categories { get; } =
        Bands.Select(b => new Category(b.Code, b.Label)).Append(Category.Unknown).ToArray();

    /// <summary>Index of the band an age falls in; an unknown age gets the last index ("Not known").</summary>
    public static int IndexOf(int? age) => age is { } a ? IndexOfKnown(a) : Bands.Length;

    /// <summary>Index of the band of a known age: read from a table for the ages people have, searched otherwise.</summary>
    internal static int IndexOfKnown(int age) => (uint)age < (uint)ByAge.Length ? ByAge[age] : Search(age);

    // The band of each age 0-127, from the search itself: a table of millions of rows asks once per row.
    private static readonly byte[] ByAge = Enumerable.Range(0, 128).Select(a => (byte)Search(a)).ToArray();

    private static int Search(int a)
    {
        for (var i = 0; i < Bands.Length; i++)
            if (a >= Bands[i].From && (Bands[i].To is not { } to || a <= to)) return i;
        throw new InvalidOperationException($"Age {a} falls in no age band."); // unreachable: the bands cover all ints
    }
}
