namespace ChatFindings;

/// <summary>
/// One category of a table variable: the codebook code (stable, written to CSV files) and the
/// English label shown to readers, and its Dutch form (the codebook's label_nl) when it has one.
/// </summary>
public sealed record Category(string Code, string Label, string? LabelNl = null)
{
    /// <summary>
    /// The label in the current language: label_nl (capitalised, as a table row starts) or, for
    /// labels the codebook does not carry (Yes, Not known, age bands), the shared Dutch strings.
    /// </summary>
    public string Shown => Languages.Current == Language.Dutch
        ? LabelNl is { Length: > 0 } nl ? char.ToUpperInvariant(nl[0]) + nl[1..]
            : Label.Any(char.IsLetter) ? Languages.Text(Label) : Label // "2019", "12-13" need no translation
        : Label;

    /// <summary>The code of the category that counts conversations where the field is not known.</summary>
    public const string UnknownCode = "unknown";

    /// <summary>"Not known" (null, or an empty list) is a category of its own, always last.</summary>
    public static Category Unknown { get; } = new(UnknownCode, "Not known");
}
