using System.Runtime.CompilerServices;
using System.Text;

namespace ChatFindings;

/// <summary>
/// The coded conversations as columns, one compact array per field, so a million rows are a few arrays
/// rather than a million objects: a byte per category or boolean (0 = not known, else code + 1 or
/// 1 = false / 2 = true), a byte of flags per list field (a bit per category; none = not known),
/// an int per number (<see cref="MissingNumber"/> = not known), and the ids as one block of UTF-8 with offsets.
/// <see cref="Conversation"/> is a view of one row. Rows are only ever appended.
/// </summary>
internal sealed class ConversationStore
{
    /// <summary>An age that is not known.</summary>
    public const int MissingNumber = int.MinValue;

    private readonly Utf8Block _ids;
    private int[] _idStart, _year, _age; // a row's id runs from its start to the next row's (ids are appended in row order)
    private byte[] _reporter, _type, _gender, _duration, _confidant, _reaction, _perpetrators, _platforms,
        _ongoing, _firstDisclosure, _online, _clients, _help, _police;

    public ConversationStore(int capacity, int idBytesPerRow = 8)
    {
        capacity = Math.Max(1, capacity);
        _ids = new Utf8Block((int)Math.Min(Array.MaxLength, (long)capacity * idBytesPerRow));
        _idStart = new int[capacity]; _year = new int[capacity]; _age = new int[capacity];
        _reporter = new byte[capacity]; _type = new byte[capacity]; _gender = new byte[capacity]; _duration = new byte[capacity];
        _confidant = new byte[capacity]; _reaction = new byte[capacity]; _perpetrators = new byte[capacity]; _platforms = new byte[capacity];
        _ongoing = new byte[capacity]; _firstDisclosure = new byte[capacity]; _online = new byte[capacity]; _clients = new byte[capacity];
        _help = new byte[capacity]; _police = new byte[capacity];
    }

    public int Count { get; private set; }

    /// <summary>A store holding one conversation: what <c>new Conversation(...)</c> makes.</summary>
    public static ConversationStore Single(string id, int year, Reporter reporter, int? age, Gender? gender, ExploitationType type,
        Perpetrators perpetrators, Duration? duration, bool? ongoing, bool? firstDisclosure, bool? onlineRecruitment, Platforms platforms,
        bool? clientsInvolved, Confidant? firstConfidant, Reaction? firstReaction, bool? helpAccepted, bool? policeReport)
    {
        var store = new ConversationStore(1, Encoding.UTF8.GetByteCount(id));
        store.Add(Encoding.UTF8.GetBytes(id), year, reporter, age, gender, type, perpetrators, duration, ongoing, firstDisclosure,
            onlineRecruitment, platforms, clientsInvolved, firstConfidant, firstReaction, helpAccepted, policeReport);
        return store;
    }

    /// <summary>Appends a row; returns its index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // bulk loads run once per process: skip the slow first tier
    public int Add(ReadOnlySpan<byte> idUtf8, int year, Reporter reporter, int? age, Gender? gender, ExploitationType type,
        Perpetrators perpetrators, Duration? duration, bool? ongoing, bool? firstDisclosure, bool? onlineRecruitment, Platforms platforms,
        bool? clientsInvolved, Confidant? firstConfidant, Reaction? firstReaction, bool? helpAccepted, bool? policeReport)
    {
        if (age == MissingNumber) throw new ArgumentOutOfRangeException(nameof(age), age, "not a storable age");
        CheckFlags((int)perpetrators, nameof(perpetrators));
        CheckFlags((int)platforms, nameof(platforms));
        var row = Count;
        if (row == _year.Length) Grow(Math.Max(16, row * 2));
        _idStart[row] = _ids.Append(idUtf8);
        _year[row] = year;
        _age[row] = age ?? MissingNumber;
        _reporter[row] = checked((byte)reporter);
        _type[row] = checked((byte)type);
        _gender[row] = Code(gender);
        _duration[row] = Code(duration);
        _confidant[row] = Code(firstConfidant);
        _reaction[row] = Code(firstReaction);
        _perpetrators[row] = (byte)perpetrators;
        _platforms[row] = (byte)platforms;
        _ongoing[row] = Flag(ongoing);
        _firstDisclosure[row] = Flag(firstDisclosure);
        _online[row] = Flag(onlineRecruitment);
        _clients[row] = Flag(clientsInvolved);
        _help[row] = Flag(helpAccepted);
        _police[row] = Flag(policeReport);
        Count = row + 1;
        return row;
    }

    /// <summary>Removes the last row appended (the parallel reader appends a row before its key check and drops it when rejected).</summary>
    public void DropLast()
    {
        if (Count == 0) throw new InvalidOperationException("no row to drop");
        Count--;
        _ids.DropFrom(_idStart[Count]);
    }

    /// <summary>
    /// Appends a row given as stored: the id, the year, the age (<see cref="MissingNumber"/> when not known) and the
    /// byte of each <see cref="CodedColumn"/>, in its order. What the parallel reader hands over, with no conversion.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AddCoded(ReadOnlySpan<byte> idUtf8, int year, int age, ReadOnlySpan<byte> codes)
    {
        if (codes.Length != CodedColumns) throw new ArgumentException($"{CodedColumns} codes expected", nameof(codes));
        var row = Count;
        if (row == _year.Length) Grow(Math.Max(16, row * 2));
        _idStart[row] = _ids.Append(idUtf8);
        _year[row] = year;
        _age[row] = age;
        _reporter[row] = codes[(int)CodedColumn.Reporter];
        _type[row] = codes[(int)CodedColumn.ExploitationType];
        _gender[row] = codes[(int)CodedColumn.Gender];
        _duration[row] = codes[(int)CodedColumn.Duration];
        _confidant[row] = codes[(int)CodedColumn.FirstConfidant];
        _reaction[row] = codes[(int)CodedColumn.FirstReaction];
        _perpetrators[row] = codes[(int)CodedColumn.Perpetrators];
        _platforms[row] = codes[(int)CodedColumn.Platforms];
        _ongoing[row] = codes[(int)CodedColumn.Ongoing];
        _firstDisclosure[row] = codes[(int)CodedColumn.FirstDisclosure];
        _online[row] = codes[(int)CodedColumn.OnlineRecruitment];
        _clients[row] = codes[(int)CodedColumn.ClientsInvolved];
        _help[row] = codes[(int)CodedColumn.HelpAccepted];
        _police[row] = codes[(int)CodedColumn.PoliceReport];
        Count = row + 1;
        return row;
    }

    /// <summary>The number of byte-coded columns (<see cref="CodedColumn"/>).</summary>
    public const int CodedColumns = 14;

    /// <summary>Appends a copy of a conversation (of this or any other store).</summary>
    public int Append(Conversation c) => Add(c.IdUtf8, c.Year, c.Reporter, c.Age, c.Gender, c.ExploitationType, c.Perpetrators, c.Duration,
        c.Ongoing, c.FirstDisclosure, c.OnlineRecruitment, c.Platforms, c.ClientsInvolved, c.FirstConfidant, c.FirstReaction,
        c.HelpAccepted, c.PoliceReport);

    /// <summary>A one-row copy of a row (what <c>conversation with { ... }</c> edits).</summary>
    public ConversationStore CopyRow(int row)
    {
        var copy = new ConversationStore(1, IdLength(row));
        copy.Append(new Conversation(this, row));
        return copy;
    }

    // Setters for `with` on a conversation: only ever called on a fresh copy of one row (CopyRow).
    public void SetYear(int row, int value) => _year[row] = value;
    public void SetAge(int row, int? value) => _age[row] = value == MissingNumber ? throw new ArgumentOutOfRangeException(nameof(value)) : value ?? MissingNumber;
    public void SetReporter(int row, Reporter value) => _reporter[row] = checked((byte)value);
    public void SetExploitationType(int row, ExploitationType value) => _type[row] = checked((byte)value);
    public void SetGender(int row, Gender? value) => _gender[row] = Code(value);
    public void SetDuration(int row, Duration? value) => _duration[row] = Code(value);
    public void SetFirstConfidant(int row, Confidant? value) => _confidant[row] = Code(value);
    public void SetFirstReaction(int row, Reaction? value) => _reaction[row] = Code(value);
    public void SetPerpetrators(int row, Perpetrators value) { CheckFlags((int)value, nameof(value)); _perpetrators[row] = (byte)value; }
    public void SetPlatforms(int row, Platforms value) { CheckFlags((int)value, nameof(value)); _platforms[row] = (byte)value; }
    public void SetOngoing(int row, bool? value) => _ongoing[row] = Flag(value);
    public void SetFirstDisclosure(int row, bool? value) => _firstDisclosure[row] = Flag(value);
    public void SetOnlineRecruitment(int row, bool? value) => _online[row] = Flag(value);
    public void SetClientsInvolved(int row, bool? value) => _clients[row] = Flag(value);
    public void SetHelpAccepted(int row, bool? value) => _help[row] = Flag(value);
    public void SetPoliceReport(int row, bool? value) => _police[row] = Flag(value);

    /// <summary>A copy of a row with another id (what <c>conversation with { ConversationId = ... }</c> makes).</summary>
    public ConversationStore WithId(int row, string id) => Single(id, YearOf(row), ReporterOf(row), AgeOf(row), GenderOf(row), ExploitationTypeOf(row),
        PerpetratorsOf(row), DurationOf(row), OngoingOf(row), FirstDisclosureOf(row), OnlineRecruitmentOf(row), PlatformsOf(row), ClientsInvolvedOf(row),
        FirstConfidantOf(row), FirstReactionOf(row), HelpAcceptedOf(row), PoliceReportOf(row));

    public ReadOnlySpan<byte> IdUtf8(int row) => _ids.Slice(_idStart[row], IdLength(row));
    public string Id(int row) => _ids.GetString(_idStart[row], IdLength(row));
    private int IdLength(int row) => (row + 1 < Count ? _idStart[row + 1] : _ids.Used) - _idStart[row];
    public int YearOf(int row) => _year[row];
    // The nullable fields' readers are inlined even into loops over a million rows that read several (the claim
    // measures): left to its budget the JIT called them, which made such a loop over twice as slow.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? AgeOf(int row) => _age[row] == MissingNumber ? null : _age[row];
    public Reporter ReporterOf(int row) => (Reporter)_reporter[row];
    public ExploitationType ExploitationTypeOf(int row) => (ExploitationType)_type[row];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Gender? GenderOf(int row) => _gender[row] == 0 ? null : (Gender)(_gender[row] - 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Duration? DurationOf(int row) => _duration[row] == 0 ? null : (Duration)(_duration[row] - 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Confidant? FirstConfidantOf(int row) => _confidant[row] == 0 ? null : (Confidant)(_confidant[row] - 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Reaction? FirstReactionOf(int row) => _reaction[row] == 0 ? null : (Reaction)(_reaction[row] - 1);
    public Perpetrators PerpetratorsOf(int row) => (Perpetrators)_perpetrators[row];
    public Platforms PlatformsOf(int row) => (Platforms)_platforms[row];
    public bool? OngoingOf(int row) => Bool(_ongoing[row]);
    public bool? FirstDisclosureOf(int row) => Bool(_firstDisclosure[row]);
    public bool? OnlineRecruitmentOf(int row) => Bool(_online[row]);
    public bool? ClientsInvolvedOf(int row) => Bool(_clients[row]);
    public bool? HelpAcceptedOf(int row) => Bool(_help[row]);
    public bool? PoliceReportOf(int row) => Bool(_police[row]);

    /// <summary>A byte-coded column as stored (see the class summary for the codes), one byte per row.</summary>
    public ReadOnlySpan<byte> Codes(CodedColumn column) => (column switch
    {
        CodedColumn.Reporter => _reporter, CodedColumn.ExploitationType => _type, CodedColumn.Gender => _gender,
        CodedColumn.Duration => _duration, CodedColumn.FirstConfidant => _confidant, CodedColumn.FirstReaction => _reaction,
        CodedColumn.Perpetrators => _perpetrators, CodedColumn.Platforms => _platforms, CodedColumn.Ongoing => _ongoing,
        CodedColumn.FirstDisclosure => _firstDisclosure, CodedColumn.OnlineRecruitment => _online,
        CodedColumn.ClientsInvolved => _clients, CodedColumn.HelpAccepted => _help, CodedColumn.PoliceReport => _police,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    }).AsSpan(0, Count);

    public ReadOnlySpan<int> Years => _year.AsSpan(0, Count);

    /// <summary>The ages, <see cref="MissingNumber"/> where not known.</summary>
    public ReadOnlySpan<int> Ages => _age.AsSpan(0, Count);

    /// <summary>
    /// Gives back the room reserved beyond the last row when it is more than a tenth of the store (a load
    /// estimates its row count up front; a smaller surplus costs less than the copies that would remove it).
    /// </summary>
    public void TrimSurplus()
    {
        if ((long)(_year.Length - Count) * 10 > Count) Trim();
        else _ids.TrimSurplus();
    }

    /// <summary>Gives back the room reserved beyond the last row (a load estimates its row count up front).</summary>
    public void Trim()
    {
        if (Count < _year.Length) Grow(Count);
        _ids.Trim();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool? Bool(byte b) => b == 0 ? null : b == 2;
    /// <summary>How a boolean is stored: 0 not known, 1 false, 2 true.</summary>
    internal static byte Flag(bool? value) => value is null ? (byte)0 : value.Value ? (byte)2 : (byte)1;
    private static byte Code<T>(T? value) where T : struct, Enum
    {
        if (value is not { } v) return 0;
        return checked((byte)(Unsafe.As<T, int>(ref v) + 1)); // the codebook enums are int-backed
    }

    private static void CheckFlags(int flags, string name)
    {
        // A list field is a byte of flags: the codebook's lists have at most eight categories.
        if ((uint)flags > byte.MaxValue) throw new ArgumentOutOfRangeException(name, flags, "flags beyond the eight a list column stores");
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _idStart, capacity);
        Array.Resize(ref _year, capacity); Array.Resize(ref _age, capacity);
        Array.Resize(ref _reporter, capacity); Array.Resize(ref _type, capacity); Array.Resize(ref _gender, capacity);
        Array.Resize(ref _duration, capacity); Array.Resize(ref _confidant, capacity); Array.Resize(ref _reaction, capacity);
        Array.Resize(ref _perpetrators, capacity); Array.Resize(ref _platforms, capacity);
        Array.Resize(ref _ongoing, capacity); Array.Resize(ref _firstDisclosure, capacity); Array.Resize(ref _online, capacity);
        Array.Resize(ref _clients, capacity); Array.Resize(ref _help, capacity); Array.Resize(ref _police, capacity);
    }
}

/// <summary>The byte-coded columns of a <see cref="ConversationStore"/>.</summary>
internal enum CodedColumn
{
    Reporter, ExploitationType, Gender, Duration, FirstConfidant, FirstReaction, Perpetrators, Platforms,
    Ongoing, FirstDisclosure, OnlineRecruitment, ClientsInvolved, HelpAccepted, PoliceReport,
}
