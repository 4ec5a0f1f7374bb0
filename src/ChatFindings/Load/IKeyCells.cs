namespace ChatFindings.Load;

/// <summary>
/// The key cells a <see cref="UniqueIndex"/> compares, by schema field and slot: the reader's typed columns
/// (<see cref="FieldColumnKeys"/>), or the ids of a conversation store filled by the parallel reader.
/// </summary>
internal interface IKeyCells
{
    bool IsMissing(int field, int slot);

    /// <summary>The value as canonical text (a present cell).</summary>
    string Text(int field, int slot);

    /// <summary>Whether the field is a free string kept as UTF-8 (then <see cref="Utf8"/> applies).</summary>
    bool IsUtf8(int field);

    ReadOnlySpan<byte> Utf8(int field, int slot);
}

/// <summary>The typed columns of <see cref="TableReader"/> as key cells.</summary>
internal sealed class FieldColumnKeys(FieldColumn[] columns) : IKeyCells
{
    public bool IsMissing(int field, int slot) => columns[field].IsMissing(slot);
    public string Text(int field, int slot) => columns[field].Text(slot)!;
    public bool IsUtf8(int field) => columns[field] is StringColumn;
    public ReadOnlySpan<byte> Utf8(int field, int slot) => ((StringColumn)columns[field]).Utf8(slot);
}
