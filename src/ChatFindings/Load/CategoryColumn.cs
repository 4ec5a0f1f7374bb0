using System.Runtime.CompilerServices;
using ChatFindings.Schema;
namespace ChatFindings.Load;

/// <summary>A string field with categories, stored as the position of its code (0 = missing, else index + 1).</summary>
internal sealed class CategoryColumn : FieldColumn
{
    private readonly CodeLookup<int> _codes;
    private ushort[] _values = [];

    public CategoryColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        _codes = new CodeLookup<int>(field.Categories.Select((c, i) => KeyValuePair.Create(c.Value, i)));
    }

    /// <summary>The category position, or null when missing.</summary>
    public int? Get(int slot) => _values[slot] == 0 ? null : _values[slot] - 1;

    public override void EnsureCapacity(int count)
    {
        if (_values.Length < count) Array.Resize(ref _values, Grow(_values.Length, count));
    }

    public override void SetMissing(int slot) => _values[slot] = 0;

    public override bool IsMissing(int slot) => _values[slot] == 0;

    public override string? Text(int slot) => _values[slot] == 0 ? null : Field.Categories[_values[slot] - 1].Value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        if (_codes.TryFind(cell, out var index))
        {
            _values[slot] = (ushort)(index + 1);
            return true;
        }
        _values[slot] = 0;
        errors.ReportCell(LoadRules.Category, $"not a category of {Field.Name} ({CategoryList.Describe(Field)})", cell);
        return false;
    }
}

internal static class CategoryList
{
    /// <summary>The allowed codes for a message, shortened when there are many.</summary>
    public static string Describe(SchemaField field)
    {
        var codes = field.Categories.Select(c => c.Value).ToList();
        return codes.Count <= 12 ? "allowed: " + string.Join(", ", codes) : $"{codes.Count} codes, see the codebook";
    }
}
