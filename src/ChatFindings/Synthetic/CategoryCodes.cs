namespace ChatFindings.Synthetic;

/// <summary>
/// The codebook's category codes for each enum of Codes.cs, as arrays for fast writing: the member at
/// index i (or, for the flag enums, bit i) is the schema's category i. Taken from the members'
/// [CategoryCode] attributes (<see cref="EnumCodes"/>), the same source the loader uses; a test checks
/// them against data-schema/conversations.schema.json.
/// </summary>
public static class CategoryCodes
{
    public static readonly string[] Reporter = [.. EnumCodes.Of<Reporter>()];
    public static readonly string[] Gender = [.. EnumCodes.Of<Gender>()];
    public static readonly string[] ExploitationType = [.. EnumCodes.Of<ExploitationType>()];
    public static readonly string[] Perpetrators = [.. EnumCodes.Of<Perpetrators>()];
    public static readonly string[] Duration = [.. EnumCodes.Of<Duration>()];
    public static readonly string[] Platforms = [.. EnumCodes.Of<Platforms>()];
    public static readonly string[] Confidant = [.. EnumCodes.Of<Confidant>()];
    public static readonly string[] Reaction = [.. EnumCodes.Of<Reaction>()];

    public static string Code(Reporter value) => Reporter[(int)value];
    public static string Code(Gender value) => Gender[(int)value];
    public static string Code(ExploitationType value) => ExploitationType[(int)value];
    public static string Code(Duration value) => Duration[(int)value];
    public static string Code(Confidant value) => Confidant[(int)value];
    public static string Code(Reaction value) => Reaction[(int)value];

    /// <summary>The codes of the set flags in codebook order, '|'-joined; empty for no flags.</summary>
    public static string Join(Perpetrators value) => JoinBits((int)value, Perpetrators);

    /// <summary>The codes of the set flags in codebook order, '|'-joined; empty for no flags.</summary>
    public static string Join(Platforms value) => JoinBits((int)value, Platforms);

    private static string JoinBits(int bits, string[] codes)
    {
        if (bits == 0) return "";
        if ((bits & (bits - 1)) == 0) return codes[System.Numerics.BitOperations.TrailingZeroCount(bits)];
        var parts = new List<string>(codes.Length);
        for (var i = 0; i < codes.Length; i++)
            if ((bits & (1 << i)) != 0) parts.Add(codes[i]);
        return string.Join('|', parts);
    }
}
