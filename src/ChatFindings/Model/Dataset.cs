namespace ChatFindings;

/// <summary>
/// The conversations accepted from one input file, with the report that accounts for every row
/// and where the data came from. Row-level data: never displayed on a published page.
/// </summary>
public sealed class Dataset
{
    public Dataset(IReadOnlyList<Conversation> conversations, LoadReport report, DataSource source)
    {
        Conversations = conversations;
        Report = report;
        Source = source;
    }

    public IReadOnlyList<Conversation> Conversations { get; }
    public LoadReport Report { get; }
    public DataSource Source { get; }
    public int Count => Conversations.Count;
}

/// <summary>Where a data set came from: the file, its checksum, and whether it is synthetic.</summary>
public sealed record DataSource(string Path, string Sha256, bool IsSynthetic, string? Description);
