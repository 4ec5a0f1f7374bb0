namespace ChatFindings;

/// <summary>How the margins of a table are named, in labels and in CSV files.</summary>
public static class TableMargin
{
    /// <summary>The row or column value of a total, in CSV files and labels.</summary>
    public const string Code = "Total";

    public const string Label = "Total";

    /// <summary>Label of the only column of a one-way table: what its numbers count.</summary>
    public const string CountLabel = "Conversations";
}
