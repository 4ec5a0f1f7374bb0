using System.Runtime.CompilerServices;

namespace ChatFindings.Load;

/// <summary>
/// The values of one conversation on their way from a reader's typed columns to a <see cref="ConversationStore"/>:
/// a value type that owns its id bytes, so the parallel reader can hand rows from its workers to the store's
/// writer in file order without an object per row. Values of a rejected cell are placeholders (the row is dropped).
/// </summary>
internal struct ConversationRow
{
    /// <summary>Ids up to this many UTF-8 bytes travel inside the row (the codebook allows 64); longer ones in an array.</summary>
    public const int InlineIdBytes = 64;

    private IdBytes _id;
    private byte[]? _longId;
    private int _idLength;
    private int _year;
    private int? _age;
    private int _reporter, _type;
    private int? _gender, _duration, _confidant, _reaction;
    private int _perpetrators, _platforms;
    private bool? _ongoing, _firstDisclosure, _online, _clients, _help, _police;

    /// <summary>Takes the values at <paramref name="slot"/> of the columns bound by <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public void Read(ConversationColumns c, FieldColumn[] columns, int slot)
    {
        var id = ((StringColumn)columns[c.Id]).Utf8(slot);
        _idLength = id.Length;
        if (id.Length <= InlineIdBytes) { id.CopyTo(_id); _longId = null; }
        else _longId = id.ToArray();
        _year = ((IntegerColumn)columns[c.Year]).Get(slot).GetValueOrDefault();
        _age = ((IntegerColumn)columns[c.Age]).Get(slot);
        _reporter = Category(columns, c.Reporter, slot).GetValueOrDefault();
        _type = Category(columns, c.ExploitationType, slot).GetValueOrDefault();
        _gender = Category(columns, c.Gender, slot);
        _duration = Category(columns, c.Duration, slot);
        _confidant = Category(columns, c.FirstConfidant, slot);
        _reaction = Category(columns, c.FirstReaction, slot);
        _perpetrators = ((ListColumn)columns[c.Perpetrators]).Get(slot);
        _platforms = ((ListColumn)columns[c.Platforms]).Get(slot);
        _ongoing = Flag(columns, c.Ongoing, slot);
        _firstDisclosure = Flag(columns, c.FirstDisclosure, slot);
        _online = Flag(columns, c.OnlineRecruitment, slot);
        _clients = Flag(columns, c.ClientsInvolved, slot);
        _help = Flag(columns, c.HelpAccepted, slot);
        _police = Flag(columns, c.PoliceReport, slot);
    }

    /// <summary>Appends the row to a store; returns its index there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly int AddTo(ConversationStore store)
    {
        ReadOnlySpan<byte> id = _longId ?? ((ReadOnlySpan<byte>)_id)[.._idLength];
        return store.Add(id, _year, (Reporter)_reporter, _age, (Gender?)_gender, (ExploitationType)_type, (Perpetrators)_perpetrators,
            (Duration?)_duration, _ongoing, _firstDisclosure, _online, (Platforms)_platforms, _clients, (Confidant?)_confidant,
            (Reaction?)_reaction, _help, _police);
    }

    private static int? Category(FieldColumn[] columns, int field, int slot) => ((CategoryColumn)columns[field]).Get(slot);

    private static bool? Flag(FieldColumn[] columns, int field, int slot) => ((BooleanColumn)columns[field]).Get(slot);

    [InlineArray(InlineIdBytes)]
    private struct IdBytes
    {
        private byte _first;
    }
}
