namespace ChatFindings;

/// <summary>What a percentage is a share of.</summary>
public enum Denominator
{
    /// <summary>The row total: the share of the row's conversations in each column.</summary>
    Row,

    /// <summary>The column total: the share of the column's conversations in each row.</summary>
    Column,

    /// <summary>The grand total: the share of all conversations in the table.</summary>
    Total,
}
