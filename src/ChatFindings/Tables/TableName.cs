using System.Text.RegularExpressions;

namespace ChatFindings;

/// <summary>A table's name is its file name (tables/&lt;notebook&gt;/&lt;name&gt;.csv): lower-case words joined by hyphens.</summary>
internal static partial class TableName
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static string Check(string name)
    {
        if (name is null || !Pattern().IsMatch(name))
            throw new ArgumentException(
                $"Table name '{name}' is not usable as a file name: use lower-case letters and digits joined by hyphens, e.g. \"by-year\".",
                nameof(name));
        return name;
    }
}
