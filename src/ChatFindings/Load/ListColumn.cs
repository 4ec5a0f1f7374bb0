using System.Runtime.CompilerServices;
using System.Text;
using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>A list of category codes, stored as a bit mask (bit i = category i present; 0 = missing or empty).</summary>
internal sealed class ListColumn : FieldColumn
{
    private readonly CodeLookup<int> _codes;
    private readonly byte[] _delimiter;
    private int[] _values = [];

    public ListColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        _codes = new CodeLookup<int>(field.Categories.Select((c, i) => KeyValuePair.Create(c.Value, i)));
        _delimiter = Encoding.UTF8.GetBytes(field.Delimiter!);
    }

    public int Get(int slot) => _values[slot];

    public override void EnsureCapacity(int count)
    {
        if (_values.Length < count) Array.Resize(ref _values, Grow(_values.Length, count));
    }

    public override void SetMissing(int slot) => _values[slot] = 0;

    public override bool IsMissing(int slot) => _values[slot] == 0;

    public override string? Text(int slot)
    {
        var mask = _values[slot];
        if (mask == 0) return null;
        var codes = new List<string>();
        for (var i = 0; i < Field.Categories.Count; i++)
            if ((mask & (1 << i)) != 0) codes.Add(Field.Categories[i].Value);
        return string.Join(Field.Delimiter, codes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        var mask = 0;
        var ok = true;
        var rest = cell;
        while (true)
        {
            var end = rest.IndexOf(_delimiter);
            var item = (end < 0 ? rest : rest[..end]).Trim(" \t"u8);
            if (item.IsEmpty)
            {
                errors.ReportCell(LoadRules.Category, $"empty item in the list (items are separated by '{Field.Delimiter}')", cell);
                ok = false;
            }
            else if (!_codes.TryFind(item, out var index))
            {
                errors.Report(LoadRules.Category, $"list item is not a category of {Field.Name} ({CategoryList.Describe(Field)})",
                    CellErrorSink.ForMessage(item));
                ok = false;
            }
            else if ((mask & (1 << index)) != 0)
            {
                errors.Report(LoadRules.Category, "list item appears twice", CellErrorSink.ForMessage(item));
                ok = false;
            }
            else mask |= 1 << index;
            if (end < 0) break;
            rest = rest[(end + _delimiter.Length)..];
        }
        _values[slot] = ok ? mask : 0;
        return ok;
    }
}
