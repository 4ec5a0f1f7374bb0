namespace ChatFindings.Load;

/// <summary>
/// One accepted row: a view into the typed columns, so reading a million rows allocates no object per row.
/// Accessors take a column name, or for speed the position from <see cref="TableReadResult.ColumnIndex"/>.
/// A null (or an empty mask) means the cell was a missing value.
/// </summary>
public readonly struct TableRow
{
    private readonly TableData _data;
    private readonly int _slot;

    internal TableRow(TableData data, int slot)
    {
        _data = data;
        _slot = slot;
    }

    /// <summary>The physical 1-based line where the row starts in the file (the header is line 1).</summary>
    public int Line => _data.Lines[_slot];

    /// <summary>The value as text: a string, a category code, a number in invariant form, true/false, or list codes.</summary>
    public string? GetString(string name) => GetString(_data.ColumnIndex(name));
    public string? GetString(int column)
    {
        if ((uint)column >= (uint)_data.Columns.Length) throw new ArgumentOutOfRangeException(nameof(column));
        return _data.Columns[column].Text(_slot);
    }

    public int? GetInt(string name) => GetInt(_data.ColumnIndex(name));
    public int? GetInt(int column) => _data.Column<IntegerColumn>(column, nameof(GetInt)).Get(_slot);

    /// <summary>A number field, or an integer field widened.</summary>
    public double? GetNumber(string name) => GetNumber(_data.ColumnIndex(name));
    public double? GetNumber(int column) =>
        (uint)column < (uint)_data.Columns.Length && _data.Columns[column] is IntegerColumn i ? i.Get(_slot) : _data.Column<NumberColumn>(column, nameof(GetNumber)).Get(_slot);

    public bool? GetBool(string name) => GetBool(_data.ColumnIndex(name));
    public bool? GetBool(int column) => _data.Column<BooleanColumn>(column, nameof(GetBool)).Get(_slot);

    /// <summary>The position of the cell's code in the schema's categories.</summary>
    public int? GetCategoryIndex(string name) => GetCategoryIndex(_data.ColumnIndex(name));
    public int? GetCategoryIndex(int column) => _data.Column<CategoryColumn>(column, nameof(GetCategoryIndex)).Get(_slot);

    /// <summary>Bit i is set when category i of the list field is present; 0 when the cell was empty.</summary>
    public int GetListMask(string name) => GetListMask(_data.ColumnIndex(name));
    public int GetListMask(int column) => _data.Column<ListColumn>(column, nameof(GetListMask)).Get(_slot);

    public override string ToString() => $"line {Line}";
}
