namespace ChatFindings;

/// <summary>
/// The conversations accepted from one input file, with the report that accounts for every row
/// and where the data came from. Row-level data: never displayed on a published page.
/// The conversations are stored by column (<see cref="ConversationStore"/>); each is a view of its row.
/// </summary>
public sealed class Dataset
{
    public Dataset(IReadOnlyList<Conversation> conversations, LoadReport report, DataSource source)
        : this(ConversationList.StoreOf(conversations), report, source) { }

    internal Dataset(ConversationStore store, LoadReport report, DataSource source)
    {
        Store = store;
        Conversations = new ConversationList(store);
        Report = report;
        Source = source;
    }

    public IReadOnlyList<Conversation> Conversations { get; }
    public LoadReport Report { get; }
    public DataSource Source { get; }
    public int Count => Conversations.Count;

    /// <summary>The columns, for code that counts without going row by row.</summary>
    internal ConversationStore Store { get; }
}

/// <summary>Where a data set came from: the file, its checksum, and whether it is synthetic.</summary>
public sealed record DataSource(string Path, string Sha256, bool IsSynthetic, string? Description);
