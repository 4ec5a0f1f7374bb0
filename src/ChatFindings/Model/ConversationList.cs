using System.Collections;

namespace ChatFindings;

/// <summary>The rows of a <see cref="ConversationStore"/> as conversations (views), in file order.</summary>
internal sealed class ConversationList(ConversationStore store) : IReadOnlyList<Conversation>
{
    public ConversationStore Store { get; } = store;

    public int Count => Store.Count;

    public Conversation this[int index] =>
        (uint)index < (uint)Store.Count ? new Conversation(Store, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A struct enumerator for foreach over the concrete type; LINQ gets the same through the interface.</summary>
    public Enumerator GetEnumerator() => new(Store);

    IEnumerator<Conversation> IEnumerable<Conversation>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(ConversationStore store) : IEnumerator<Conversation>
    {
        private int _row = -1;

        public readonly Conversation Current => new(store, _row);
        readonly object IEnumerator.Current => Current;
        public bool MoveNext() => ++_row < store.Count;
        public void Reset() => _row = -1;
        public readonly void Dispose() { }
    }

    /// <summary>The conversations as one store: this list's own, or a copy of any other sequence.</summary>
    public static ConversationStore StoreOf(IEnumerable<Conversation> conversations)
    {
        if (conversations is ConversationList list) return list.Store;
        var store = new ConversationStore(conversations.TryGetNonEnumeratedCount(out var n) ? n : 16);
        foreach (var c in conversations) store.Append(c);
        store.Trim();
        return store;
    }
}
