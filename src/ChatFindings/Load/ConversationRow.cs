using System.Runtime.CompilerServices;

namespace ChatFindings.Load;

/// <summary>
/// The values of one conversation on their way from a reader's typed columns to a <see cref="ConversationStore"/>,
/// already coded as the store keeps them: a small value that owns its id bytes, so the parallel reader's workers
/// hand rows to the store's writer in file order without an object per row. Values of a rejected cell are
/// placeholders (the row is dropped).
/// </summary>
internal struct ConversationRow
{
    /// <summary>Ids up to this many UTF-8 bytes travel inside the row; longer ones (the codebook allows 64) in an array.</summary>
    public const int InlineIdBytes = 16;

    private IdBytes _id;
    private byte[]? _longId;
    private int _idLength;
    private int _year;
    private int _age;
    private Codes _codes;

    /// <summary>Takes the values at <paramref name="slot"/> of the columns bound by <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public void Read(ConversationColumns c, FieldColumn[] columns, int slot)
    {
        var id = ((StringColumn)columns[c.Id]).Utf8(slot);
        _idLength = id.Length;
        if (id.Length <= InlineIdBytes) { id.CopyTo(_id); _longId = null; }
        else _longId = id.ToArray();
        _year = ((IntegerColumn)columns[c.Year]).Get(slot).GetValueOrDefault();
        _age = ((IntegerColumn)columns[c.Age]).Get(slot) is { } age
            ? age != ConversationStore.MissingNumber ? age : throw new ArgumentOutOfRangeException(nameof(columns), age, "not a storable age")
            : ConversationStore.MissingNumber;
        Span<byte> codes = _codes;
        // Required categories are stored as their index, optional ones as index + 1 (0 = not known).
        codes[(int)CodedColumn.Reporter] = checked((byte)Category(columns, c.Reporter, slot).GetValueOrDefault());
        codes[(int)CodedColumn.ExploitationType] = checked((byte)Category(columns, c.ExploitationType, slot).GetValueOrDefault());
        codes[(int)CodedColumn.Gender] = Optional(columns, c.Gender, slot);
        codes[(int)CodedColumn.Duration] = Optional(columns, c.Duration, slot);
        codes[(int)CodedColumn.FirstConfidant] = Optional(columns, c.FirstConfidant, slot);
        codes[(int)CodedColumn.FirstReaction] = Optional(columns, c.FirstReaction, slot);
        codes[(int)CodedColumn.Perpetrators] = checked((byte)((ListColumn)columns[c.Perpetrators]).Get(slot));
        codes[(int)CodedColumn.Platforms] = checked((byte)((ListColumn)columns[c.Platforms]).Get(slot));
        codes[(int)CodedColumn.Ongoing] = Flag(columns, c.Ongoing, slot);
        codes[(int)CodedColumn.FirstDisclosure] = Flag(columns, c.FirstDisclosure, slot);
        codes[(int)CodedColumn.OnlineRecruitment] = Flag(columns, c.OnlineRecruitment, slot);
        codes[(int)CodedColumn.ClientsInvolved] = Flag(columns, c.ClientsInvolved, slot);
        codes[(int)CodedColumn.HelpAccepted] = Flag(columns, c.HelpAccepted, slot);
        codes[(int)CodedColumn.PoliceReport] = Flag(columns, c.PoliceReport, slot);
    }

    /// <summary>Appends the row to a store; returns its index there.</summary>
    public readonly int AddTo(ConversationStore store)
    {
        ReadOnlySpan<byte> id = _longId ?? ((ReadOnlySpan<byte>)_id)[.._idLength];
        return store.AddCoded(id, _year, _age, _codes);
    }

    private static int? Category(FieldColumn[] columns, int field, int slot) => ((CategoryColumn)columns[field]).Get(slot);

    private static byte Optional(FieldColumn[] columns, int field, int slot) =>
        Category(columns, field, slot) is { } index ? checked((byte)(index + 1)) : (byte)0;

    private static byte Flag(FieldColumn[] columns, int field, int slot) => ConversationStore.Flag(((BooleanColumn)columns[field]).Get(slot));

    [InlineArray(InlineIdBytes)]
    private struct IdBytes
    {
        private byte _first;
    }

    [InlineArray(ConversationStore.CodedColumns)]
    private struct Codes
    {
        private byte _first;
    }
}
