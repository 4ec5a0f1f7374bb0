using System.Runtime.CompilerServices;
using ChatFindings.Schema;
namespace ChatFindings.Load;

/// <summary>A boolean field read with the schema's trueValues / falseValues (0 = missing, 1 = false, 2 = true).</summary>
internal sealed class BooleanColumn : FieldColumn
{
    private readonly CodeLookup<bool> _texts;
    private byte[] _values = [];

    public BooleanColumn(SchemaField field, IReadOnlyList<string> missingValues) : base(field, missingValues)
    {
        _texts = new CodeLookup<bool>(
            field.TrueValues.Select(t => KeyValuePair.Create(t, true))
                .Concat(field.FalseValues.Select(f => KeyValuePair.Create(f, false))));
    }

    public bool? Get(int slot) => _values[slot] switch { 0 => null, 1 => false, _ => true };

    public override void EnsureCapacity(int count)
    {
        if (_values.Length < count) Array.Resize(ref _values, Grow(_values.Length, count));
    }

    public override void SetMissing(int slot) => _values[slot] = 0;

    public override bool IsMissing(int slot) => _values[slot] == 0;

    public override string? Text(int slot) => _values[slot] switch { 0 => null, 1 => "false", _ => "true" };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public override bool Parse(ReadOnlySpan<byte> cell, int slot, CellErrorSink errors)
    {
        if (_texts.TryFind(cell, out var value))
        {
            _values[slot] = value ? (byte)2 : (byte)1;
            return true;
        }
        _values[slot] = 0;
        errors.ReportCell(LoadRules.Type,
            $"not a boolean (true: {string.Join(", ", Field.TrueValues)}; false: {string.Join(", ", Field.FalseValues)})", cell);
        return false;
    }
}
