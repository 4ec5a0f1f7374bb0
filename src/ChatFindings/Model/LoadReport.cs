namespace ChatFindings;

/// <summary>One broken rule in an input file: where (file, line, column), what value, which rule.</summary>
public sealed record LoadError(string File, int Line, string? Column, string? Value, string Rule, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}" + (Column is null ? "" : $", column {Column}") +
        (Value is null ? "" : $", value '{Value}'") + $": {Message} [{Rule}]";
}

/// <summary>Accounts for every data row: RowsRead = RowsAccepted + RowsRejected.</summary>
public sealed record LoadReport(string File, int RowsRead, int RowsAccepted, int RowsRejected, IReadOnlyList<LoadError> Errors)
{
    /// <summary>True when the file as a whole was readable and every row was accepted.</summary>
    public bool IsValid => Errors.Count == 0;
}
