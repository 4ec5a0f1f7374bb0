using System.Runtime.CompilerServices;
using System.Text;

namespace ChatFindings;

/// <summary>
/// One coded conversation of a unique visitor with a trafficking-related help question.
/// A null, or an empty flag set for the list fields, means "not known / not coded"
/// (an empty cell in the CSV).
/// </summary>
/// <remarks>
/// A view of one row of a data set's columns (<see cref="ConversationStore"/>): a reference and a row
/// number, so filtering a million conversations with LINQ allocates no object per row. Two
/// conversations are equal when all their values are. <c>new Conversation(...)</c> makes a one-row store,
/// and <c>with { ... }</c> edits a one-row copy, as on the record this type once was.
/// </remarks>
public readonly struct Conversation : IEquatable<Conversation>
{
    private readonly ConversationStore _store;
    private readonly int _row;

    public Conversation(
        string ConversationId,
        int Year,
        Reporter Reporter,
        int? Age,
        Gender? Gender,
        ExploitationType ExploitationType,
        Perpetrators Perpetrators,
        Duration? Duration,
        bool? Ongoing,
        bool? FirstDisclosure,
        bool? OnlineRecruitment,
        Platforms Platforms,
        bool? ClientsInvolved,
        Confidant? FirstConfidant,
        Reaction? FirstReaction,
        bool? HelpAccepted,
        bool? PoliceReport)
    {
        ArgumentNullException.ThrowIfNull(ConversationId);
        _store = ConversationStore.Single(ConversationId, Year, Reporter, Age, Gender, ExploitationType, Perpetrators, Duration, Ongoing,
            FirstDisclosure, OnlineRecruitment, Platforms, ClientsInvolved, FirstConfidant, FirstReaction, HelpAccepted, PoliceReport);
        _row = 0;
    }

    internal Conversation(ConversationStore store, int row)
    {
        _store = store;
        _row = row;
    }

    /// <summary>Made on each call from the stored UTF-8 (ids are not kept as a million strings).</summary>
    public string ConversationId
    {
        get => _store.Id(_row);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _store = _store.WithId(_row, value);
            _row = 0;
        }
    }

    internal ReadOnlySpan<byte> IdUtf8 => _store.IdUtf8(_row);

    /// <summary>The columns this conversation is a row of, and which row (for counting straight from the columns).</summary>
    internal ConversationStore Store => _store;
    internal int Row => _row;

    public int Year { get => _store.YearOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetYear(0, value); } }
    public Reporter Reporter { get => _store.ReporterOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetReporter(0, value); } }
    public int? Age { get => _store.AgeOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetAge(0, value); } }
    public Gender? Gender { get => _store.GenderOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetGender(0, value); } }
    public ExploitationType ExploitationType { get => _store.ExploitationTypeOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetExploitationType(0, value); } }
    public Perpetrators Perpetrators { get => _store.PerpetratorsOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetPerpetrators(0, value); } }
    public Duration? Duration { get => _store.DurationOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetDuration(0, value); } }
    public bool? Ongoing { get => _store.OngoingOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetOngoing(0, value); } }
    public bool? FirstDisclosure { get => _store.FirstDisclosureOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetFirstDisclosure(0, value); } }
    public bool? OnlineRecruitment { get => _store.OnlineRecruitmentOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetOnlineRecruitment(0, value); } }
    public Platforms Platforms { get => _store.PlatformsOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetPlatforms(0, value); } }
    public bool? ClientsInvolved { get => _store.ClientsInvolvedOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetClientsInvolved(0, value); } }
    public Confidant? FirstConfidant { get => _store.FirstConfidantOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetFirstConfidant(0, value); } }
    public Reaction? FirstReaction { get => _store.FirstReactionOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetFirstReaction(0, value); } }
    public bool? HelpAccepted { get => _store.HelpAcceptedOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetHelpAccepted(0, value); } }
    public bool? PoliceReport { get => _store.PoliceReportOf(_row); init { (_store, _row) = (_store.CopyRow(_row), 0); _store.SetPoliceReport(0, value); } }

    // The rules below are inlined into the claim measures' loops over a million rows (ClaimMeasures).

    /// <summary>A minor is a victim under 18 at the chat.</summary>
    public bool IsMinor { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => IsMinorAge(Age); }

    /// <summary>The rule of <see cref="IsMinor"/>, for code that reads ages without a conversation (a data set's columns).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsMinorAge(int? age) => age is < 18;

    public bool IsSexualOrCriminal
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ExploitationType is ExploitationType.Sexual or ExploitationType.Criminal or ExploitationType.SexualAndCriminal;
    }

    /// <summary>Exploited by a parent, step-parent or foster parent.</summary>
    public bool HasParentExploiter
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => NamesParent(Perpetrators);
    }

    /// <summary>The rule of <see cref="HasParentExploiter"/>, for code that reads the exploiters' flags without a conversation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool NamesParent(Perpetrators perpetrators) => (perpetrators & (Perpetrators.Parent | Perpetrators.StepOrFosterParent)) != 0;

    public bool Equals(Conversation other) =>
        ReferenceEquals(_store, other._store) && _row == other._row ||
        _store is not null && other._store is not null &&
        IdUtf8.SequenceEqual(other.IdUtf8) &&
        Year == other.Year && Reporter == other.Reporter && Age == other.Age && Gender == other.Gender &&
        ExploitationType == other.ExploitationType && Perpetrators == other.Perpetrators && Duration == other.Duration &&
        Ongoing == other.Ongoing && FirstDisclosure == other.FirstDisclosure && OnlineRecruitment == other.OnlineRecruitment &&
        Platforms == other.Platforms && ClientsInvolved == other.ClientsInvolved && FirstConfidant == other.FirstConfidant &&
        FirstReaction == other.FirstReaction && HelpAccepted == other.HelpAccepted && PoliceReport == other.PoliceReport;

    /// <summary>The same row of the same store (identity), for <see cref="SameConversation"/>.</summary>
    internal bool IsSameRowAs(Conversation other) => ReferenceEquals(_store, other._store) && _row == other._row;

    internal int RowHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_store), _row);

    public override bool Equals(object? obj) => obj is Conversation other && Equals(other);

    public override int GetHashCode() => _store is null ? 0 : HashCode.Combine(ConversationId, Year, Age, Perpetrators, Platforms);

    public static bool operator ==(Conversation left, Conversation right) => left.Equals(right);
    public static bool operator !=(Conversation left, Conversation right) => !left.Equals(right);

    /// <summary>As a record prints itself (test messages, exploring).</summary>
    public override string ToString()
    {
        if (_store is null) return "Conversation { }";
        var s = new StringBuilder("Conversation { ");
        s.Append($"ConversationId = {ConversationId}, Year = {Year}, Reporter = {Reporter}, Age = {Age}, Gender = {Gender}, ");
        s.Append($"ExploitationType = {ExploitationType}, Perpetrators = {Perpetrators}, Duration = {Duration}, Ongoing = {Ongoing}, ");
        s.Append($"FirstDisclosure = {FirstDisclosure}, OnlineRecruitment = {OnlineRecruitment}, Platforms = {Platforms}, ");
        s.Append($"ClientsInvolved = {ClientsInvolved}, FirstConfidant = {FirstConfidant}, FirstReaction = {FirstReaction}, ");
        s.Append($"HelpAccepted = {HelpAccepted}, PoliceReport = {PoliceReport} }}");
        return s.ToString();
    }
}
