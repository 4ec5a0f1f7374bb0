namespace ChatFindings;

/// <summary>
/// One category of a table variable: the codebook code (stable, written to CSV files) and the
/// English label shown to readers.
/// </summary>
public sealed record Category(string Code, string Label)
{
    /// <summary>The code of the category that counts conversations where the field is not known.</summary>
    public const string UnknownCode = "unknown";

    /// <summary>"Not known" (null, or an empty list) is a category of its own, always last.</summary>
    public static Category Unknown { get; } = new(UnknownCode, "Not known");
}
