using System.Runtime.InteropServices;

namespace ChatFindings;

/// <summary>
/// Conversations walked by index, without an enumerator call per row: all rows of a store (a data set's
/// list), or an array or list of views. What the column counts and the claim measures loop over.
/// </summary>
internal readonly ref struct RowSelection
{
    private readonly ConversationStore? _store;
    private readonly ReadOnlySpan<Conversation> _views;

    private RowSelection(ConversationStore? store, ReadOnlySpan<Conversation> views, int count)
    {
        _store = store;
        _views = views;
        Count = count;
    }

    public static RowSelection All(ConversationStore store) => new(store, default, store.Count);

    public static RowSelection Of(ReadOnlySpan<Conversation> views) => new(null, views, views.Length);

    /// <summary>The conversations as a selection: a data set's list, an array or a list; false for any other sequence.</summary>
    public static bool TryOf(IEnumerable<Conversation> conversations, out RowSelection rows)
    {
        rows = conversations switch
        {
            ConversationList list => All(list.Store),
            Conversation[] array => Of(array),
            List<Conversation> list => Of(CollectionsMarshal.AsSpan(list)),
            _ => default,
        };
        return conversations is ConversationList or Conversation[] or List<Conversation>;
    }

    public int Count { get; }

    /// <summary>The store row of the i-th conversation.</summary>
    public int this[int i] => _store is not null ? i : _views[i].Row;

    /// <summary>The i-th conversation.</summary>
    public Conversation Conversation(int i) => _store is not null ? new Conversation(_store, i) : _views[i];

    /// <summary>The store every conversation is a row of, or null when they come from several (or none).</summary>
    public ConversationStore? OneStore()
    {
        if (_store is not null) return _store;
        if (_views.IsEmpty || _views[0].Store is not { } store) return null;
        foreach (var c in _views)
            if (!ReferenceEquals(c.Store, store)) return null;
        return store;
    }
}
