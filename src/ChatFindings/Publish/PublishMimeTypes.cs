namespace ChatFindings;

/// <summary>
/// The machine-readable outputs a notebook hands to <c>publish</c>: the runner reads these MIME
/// types from the executed cells, so nothing has to be shared in memory between the two.
/// </summary>
internal static class PublishMimeTypes
{
    /// <summary>A protected table: <c>{"name": "...", "csv": "&lt;tidy csv&gt;"}</c>, written to tables/&lt;notebook&gt;/&lt;name&gt;.csv.</summary>
    public const string Table = "application/vnd.chatfindings.table+json";

    /// <summary>The counts of populations a piece of narrative shows: <c>{"counts": [...]}</c> (see SentenceCount), audited with the tables.</summary>
    public const string Sentence = "application/vnd.chatfindings.sentence+json";

    /// <summary>A claim of the report checked against the data, collected into findings.json.</summary>
    public const string Claim = "application/vnd.chatfindings.claim+json";

    /// <summary>The session's marker: mode, threshold and data of the run (see SessionMarker); publish verifies it.</summary>
    public const string Session = "application/vnd.chatfindings.session+json";

    /// <summary>The keys every claim object carries, in the order findings.json lists them.</summary>
    public static readonly IReadOnlyList<string> ClaimKeys =
    [
        "id", "notebook", "statement", "statement_nl", "published", "published_value",
        "computed_value", "base", "interval", "comparison", "verdict", "holds", "note", "unknown_bounds", "by_base",
    ];

    /// <summary>The first line of every table CSV computed from synthetic data.</summary>
    public const string SyntheticTableBanner = "# SYNTHETIC DATA: generated, not the real chat conversations";
}
