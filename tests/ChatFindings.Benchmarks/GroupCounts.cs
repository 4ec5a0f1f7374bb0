using System.Globalization;
using System.Text;

namespace ChatFindings.Benchmarks;

/// <summary>
/// The counts every engine computes from the same file: the row count, group-by counts of a few
/// columns, and two filtered counts (the F1 group and the parent cases). Equal counts from every
/// engine show the engines read the same data the same way, so their timings compare like with like.
/// </summary>
public sealed class GroupCounts : IEquatable<GroupCounts>
{
    /// <summary>The key a missing (empty) cell is counted under.</summary>
    public const string Missing = "(missing)";

    /// <summary>The group-by columns, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Columns = ["year", "reporter", "gender", "exploitation_type", "duration", "ongoing"];

    /// <summary>Conversations 2019-2023, victim reporting, under 18, sexual and/or criminal exploitation (F1).</summary>
    public const string MinorVictims = "minor_victims";

    /// <summary>Conversations 2019-2023 naming a parent or step/foster parent among the exploiters (F5).</summary>
    public const string ParentCases = "parent_cases";

    private readonly SortedDictionary<string, SortedDictionary<string, long>> _groups = new(StringComparer.Ordinal);

    public long Rows { get; set; }
    public long MinorVictimCount { get; set; }
    public long ParentCaseCount { get; set; }

    public void Add(string column, string? key, long count = 1)
    {
        if (!Columns.Contains(column)) throw new ArgumentException($"'{column}' is not a counted column.", nameof(column));
        if (!_groups.TryGetValue(column, out var counts)) _groups[column] = counts = new(StringComparer.Ordinal);
        var k = string.IsNullOrEmpty(key) ? Missing : key;
        counts[k] = counts.GetValueOrDefault(k) + count;
    }

    /// <summary>The counts of one column by key (empty when the column was not counted).</summary>
    public IReadOnlyDictionary<string, long> Of(string column) =>
        _groups.TryGetValue(column, out var counts) ? counts : new SortedDictionary<string, long>();

    /// <summary>One line per count, ordered: equal text means equal counts.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"rows {Rows}\n{MinorVictims} {MinorVictimCount}\n{ParentCases} {ParentCaseCount}\n");
        foreach (var column in Columns)
        foreach (var (key, count) in Of(column))
            text.Append(CultureInfo.InvariantCulture, $"{column}={key} {count}\n");
        return text.ToString();
    }

    public bool Equals(GroupCounts? other) => other is not null && ToString() == other.ToString();
    public override bool Equals(object? obj) => Equals(obj as GroupCounts);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
