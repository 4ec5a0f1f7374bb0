using System.Runtime.CompilerServices;

namespace ChatFindings;

/// <summary>
/// How a <see cref="ConversationVariable"/> reads its category index (for a list, its flag bits) straight from
/// the columns of a <see cref="ConversationStore"/>, a byte per row, so a table counts without a view per row.
/// Each variable's codes say the same as its function of a <see cref="Conversation"/>; tests hold them to it.
/// The loops skip the slow first tier of compilation: a cold process runs each only a few times, over a million rows.
/// </summary>
internal abstract class ColumnCodes
{
    /// <summary>
    /// Writes the code of each selected row into <paramref name="into"/>. False when a row has no category
    /// (e.g. a year outside the table's): the row-by-row path then names the conversation in its error.
    /// </summary>
    public abstract bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into);

    /// <summary>One more than the largest code: how many cells a histogram of the codes needs.</summary>
    public abstract int CodeCount { get; }

    /// <summary>A byte-coded column read through a table from stored byte to code (-1: no category).</summary>
    public static ColumnCodes Mapped(CodedColumn column, Func<byte, int> codeOf)
    {
        var map = new int[256];
        for (var b = 0; b < map.Length; b++) map[b] = codeOf((byte)b);
        return new MappedCodes(column, map);
    }

    /// <summary>The year as its index from <paramref name="first"/>; null when the years are too many for a byte.</summary>
    public static ColumnCodes? Years(int first, int count) => count <= byte.MaxValue ? new YearCodes(first, count) : null;

    public static ColumnCodes AgeGroups { get; } = new AgeCodes(ChatFindings.AgeGroups.IndexOf, ChatFindings.AgeGroups.Categories.Count);

    /// <summary>A variable of the age (e.g. minor or adult), through its own rule: read from a table for the ages people have.</summary>
    public static ColumnCodes Ages(Func<int?, int> indexOf, int categories) => new AgeCodes(indexOf, categories);

    private sealed class MappedCodes(CodedColumn column, int[] map) : ColumnCodes
    {
        public override int CodeCount { get; } = map.Max() + 1;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        public override int CodeCount => count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    private sealed class AgeCodes : ColumnCodes
    {
        // The code of each age 0-127 and of a missing age, from the rule itself; other ages ask the rule.
        private readonly byte[] _byAge;
        private readonly byte _missing;
        private readonly Func<int?, int> _indexOf;

        public AgeCodes(Func<int?, int> indexOf, int categories)
        {
            _indexOf = indexOf;
            _byAge = Enumerable.Range(0, 128).Select(a => (byte)indexOf(a)).ToArray();
            _missing = (byte)indexOf(null);
            CodeCount = categories;
        }

        public override int CodeCount { get; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool TryFill(ConversationStore store, RowSelection rows, Span<byte> into)
        {
            var ages = store.Ages;
            for (var i = 0; i < rows.Count; i++)
            {
                var age = ages[rows[i]];
                into[i] = age == ConversationStore.MissingNumber ? _missing : (uint)age < (uint)_byAge.Length ? _byAge[age] : (byte)_indexOf(age);
            }
            return true;
        }
    }
}
