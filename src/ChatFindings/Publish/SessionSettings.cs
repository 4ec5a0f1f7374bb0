using System.Globalization;

namespace ChatFindings;

/// <summary>
/// What a notebook session reads from its environment. <c>publish</c> sets these variables for a
/// run; in VS Code or Jupyter a researcher may set CHATFINDINGS_DATA and CHATFINDINGS_MIN_CELL.
/// </summary>
public sealed record SessionSettings(string DataPath, int MinCell, bool Publishing)
{
    /// <summary>The language code-written output comes out in (CHATFINDINGS_LANG: en, the default, or nl).</summary>
    public Language Language { get; init; } = Language.English;

    public const string DataVariable = DataLocation.EnvironmentVariable;
    public const string MinCellVariable = "CHATFINDINGS_MIN_CELL";
    public const string PublishVariable = "CHATFINDINGS_PUBLISH";

    /// <summary>The one default threshold: counts of 1 to 9 are not published unless the run asks for another.</summary>
    public const int DefaultMinCell = 10;

    public static SessionSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>The settings for a given variable lookup (the environment, or a test's dictionary).</summary>
    public static SessionSettings From(Func<string, string?> variable)
    {
        var minCellText = variable(MinCellVariable);
        var minCell = DefaultMinCell;
        if (!string.IsNullOrWhiteSpace(minCellText) &&
            (!int.TryParse(minCellText, NumberStyles.Integer, CultureInfo.InvariantCulture, out minCell) || minCell < 1))
            throw new ArgumentException($"{MinCellVariable}='{minCellText}' is not a whole number of at least 1.");
        var publishText = variable(PublishVariable);
        var publishing = publishText switch
        {
            null or "" or "0" => false,
            "1" => true,
            _ => throw new ArgumentException($"{PublishVariable}='{publishText}' must be 1 (publishing) or 0/unset (exploring)."),
        };
        // Where the data is (and the default when the variable is unset) belongs to DataLocation.
        var data = DataLocation.Resolve(variable(DataVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return new SessionSettings(data, minCell, publishing) { Language = Languages.Parse(variable(Languages.Variable)?.Trim()) };
    }
}
