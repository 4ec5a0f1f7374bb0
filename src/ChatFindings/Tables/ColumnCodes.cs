namespace ChatFindings;

/// <summary>
/// How a <see cref="ConversationVariable"/> reads its category index (for a list, its flag bits) straight from
/// the columns of a <see cref="ConversationStore"/>, a byte per row, so a table counts without a view per row.
/// Each variable's codes say the same as its function of a <see cref="Conversation"/>; tests hold them to it.
/// </summary>
internal abstract class ColumnCodes
{
    /// <summary>
    /// Writes the code of each selected row into <paramref name="into"/>. False when a row has no category
    /// (e.g. a year outside the table's): the row-by-row path then names the conversation in its error.
    /// </summary>
    public abstract bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into);

    /// <summary>A byte-coded column read through a table from stored byte to code (-1: no category).</summary>
    public static ColumnCodes Mapped(CodedColumn column, Func<byte, int> codeOf)
    {
        var map = new int[256];
        for (var b = 0; b < map.Length; b++) map[b] = codeOf((byte)b);
        return new MappedCodes(column, map);
    }

    /// <summary>The year as its index from <paramref name="first"/>; null when the years are too many for a byte.</summary>
    public static ColumnCodes? Years(int first, int count) => count <= byte.MaxValue ? new YearCodes(first, count) : null;

    public static ColumnCodes AgeGroups { get; } = new AgeGroupCodes();

    private sealed class MappedCodes(CodedColumn column, int[] map) : ColumnCodes
    {
        public override bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into)
        {
            var codes = store.Codes(column);
            for (var i = 0; i < rows.Count; i++)
            {
                var code = map[codes[rows[i]]];
                if (code < 0) return false;
                into[i] = (byte)code;
            }
            return true;
        }
    }

    private sealed class YearCodes(int first, int count) : ColumnCodes
    {
        public override bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into)
        {
            var years = store.Years;
            for (var i = 0; i < rows.Count; i++)
            {
                var index = years[rows[i]] - first;
                if ((uint)index >= (uint)count) return false;
                into[i] = (byte)index;
            }
            return true;
        }
    }

    private sealed class AgeGroupCodes : ColumnCodes
    {
        public override bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into)
        {
            var ages = store.Ages;
            for (var i = 0; i < rows.Count; i++)
            {
                var age = ages[rows[i]];
                into[i] = (byte)ChatFindings.AgeGroups.IndexOf(age == ConversationStore.MissingNumber ? null : age);
            }
            return true;
        }
    }
}

/// <summary>Which rows of a store to count: all of them, or those a span of its conversations points at.</summary>
internal readonly ref struct RowSelection
{
    private readonly ReadOnlySpan<Conversation> _views;
    private readonly bool _all;

    private RowSelection(ReadOnlySpan<Conversation> views, int count, bool all)
    {
        _views = views;
        Count = count;
        _all = all;
    }

    public static RowSelection All(ConversationStore store) => new(default, store.Count, true);

    public static RowSelection Of(ReadOnlySpan<Conversation> views) => new(views, views.Length, false);

    public int Count { get; }

    public int this[int i] => _all ? i : _views[i].Row;
}
