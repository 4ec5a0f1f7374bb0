namespace ChatFindings;

/// <summary>
/// A foreach over conversations that walks a data set's list, an array or a list by index (no enumerator
/// object, no interface call per row) and any other sequence through its enumerator: a measure written as
/// one loop over conversations runs the same code either way.
/// </summary>
internal readonly ref struct ConversationRows
{
    private readonly RowSelection _rows;
    private readonly IEnumerable<Conversation>? _other;

    private ConversationRows(RowSelection rows, IEnumerable<Conversation>? other)
    {
        _rows = rows;
        _other = other;
    }

    public static ConversationRows Of(IEnumerable<Conversation> conversations)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        return RowSelection.TryOf(conversations, out var rows) ? new(rows, null) : new(default, conversations);
    }

    public Enumerator GetEnumerator() => new(_rows, _other?.GetEnumerator());

    public ref struct Enumerator
    {
        private readonly RowSelection _rows;
        private readonly IEnumerator<Conversation>? _other;
        private int _index;

        internal Enumerator(RowSelection rows, IEnumerator<Conversation>? other)
        {
            _rows = rows;
            _other = other;
            _index = -1;
        }

        public readonly Conversation Current => _other is null ? _rows.Conversation(_index) : _other.Current;

        public bool MoveNext() => _other is null ? ++_index < _rows.Count : _other.MoveNext();

        public readonly void Dispose() => _other?.Dispose();
    }
}
