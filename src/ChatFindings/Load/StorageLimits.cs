using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>
/// What the reader's compact storage can hold. The limits belong to how Load stores values, not to
/// Table Schema, so a schema that exceeds them is valid and is refused here, with the field named.
/// </summary>
internal static class StorageLimits
{
    /// <summary>Lists are stored as a bit mask per row, so they can have at most this many categories.</summary>
    public const int MaxListCategories = 31;

    /// <summary>Category positions are stored in 16 bits (0 = missing).</summary>
    public const int MaxCategories = ushort.MaxValue - 1;

    /// <summary>One (field, problem) per field the reader cannot store.</summary>
    public static IReadOnlyList<(string Field, string Problem)> Problems(TableSchema schema) =>
        schema.Fields
            .Select(f => (f.Name, Problem: f.Type == FieldType.List && f.Categories.Count > MaxListCategories
                ? $"a list field can have at most {MaxListCategories} categories, not {f.Categories.Count} (lists are stored as a bit mask)"
                : f.Categories.Count > MaxCategories
                    ? $"at most {MaxCategories} categories are supported, not {f.Categories.Count}"
                    : null))
            .Where(p => p.Problem is not null)
            .Select(p => (p.Name, p.Problem!))
            .ToList();
}
