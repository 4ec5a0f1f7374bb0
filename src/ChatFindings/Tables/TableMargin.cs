namespace ChatFindings;

/// <summary>How the margins of a table are named, in labels and in CSV files.</summary>
public static class TableMargin
{
    /// <summary>The row or column value of a total, in CSV files and labels.</summary>
    public const string Code = "Total";

    public static string Label => Languages.Pick("Total", "Totaal");

    /// <summary>Label of the only column of a one-way table: what its numbers count.</summary>
    public static string CountLabel => Languages.Pick("Conversations", "Gesprekken");
}
