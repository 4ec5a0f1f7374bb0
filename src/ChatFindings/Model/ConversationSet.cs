namespace ChatFindings;

/// <summary>
/// Conversations by identity (the same row of the same data set, as <see cref="SameConversation"/>
/// compares them), kept as a flag per row of each data set: on a million conversations a set is a
/// million bytes instead of a hash set of a million views.
/// </summary>
internal sealed class ConversationSet
{
    private readonly Dictionary<ConversationStore, bool[]> _rows = new(ReferenceEqualityComparer.Instance);

    /// <summary>Adds a conversation; false when it is already in the set.</summary>
    public bool Add(Conversation conversation)
    {
        if (!_rows.TryGetValue(conversation.Store, out var rows))
            _rows[conversation.Store] = rows = new bool[Math.Max(conversation.Store.Count, conversation.Row + 1)];
        if (rows[conversation.Row]) return false;
        return rows[conversation.Row] = true;
    }

    public bool Contains(Conversation conversation) =>
        _rows.TryGetValue(conversation.Store, out var rows) && conversation.Row < rows.Length && rows[conversation.Row];
}
