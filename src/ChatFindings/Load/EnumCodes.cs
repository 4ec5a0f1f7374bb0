using System.Reflection;

namespace ChatFindings;

/// <summary>The codebook code (the CSV value) an enum member stands for.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class CategoryCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}

/// <summary>The codes of a codebook enum, and the check that they equal a schema field's categories in order.</summary>
public static class EnumCodes
{
    /// <summary>The codes of the members that carry one, in declaration order (a flags enum's None has none).</summary>
    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum => Codes<TEnum>.All;

    /// <summary>Read once per enum type: callers may ask for every row.</summary>
    private static class Codes<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> All = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken) // declaration order
            .Select(f => f.GetCustomAttribute<CategoryCodeAttribute>()?.Code)
            .OfType<string>()
            .ToArray();
    }

    /// <summary>The enum members that carry a code, in declaration order.</summary>
    public static IReadOnlyList<TEnum> Members<TEnum>() where TEnum : struct, Enum =>
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Where(f => f.GetCustomAttribute<CategoryCodeAttribute>() is not null)
            .Select(f => (TEnum)f.GetValue(null)!)
            .ToList();

    /// <summary>
    /// Throws <see cref="SchemaException"/> unless the field's categories are exactly the enum's codes in the
    /// same order, and (for a flags enum) member i is the bit 1 &lt;&lt; i: the loader maps by position.
    /// </summary>
    public static void Verify<TEnum>(TableSchema schema, SchemaField field) where TEnum : struct, Enum
    {
        var codes = Of<TEnum>();
        var categories = field.Categories.Select(c => c.Value).ToList();
        var problems = new List<string>();
        if (!codes.SequenceEqual(categories, StringComparer.Ordinal))
            problems.Add($"field '{field.Name}' has categories [{string.Join(", ", categories)}] but {typeof(TEnum).Name} " +
                         $"stands for [{string.Join(", ", codes)}]; the two must list the same codes in the same order");
        if (typeof(TEnum).IsDefined(typeof(FlagsAttribute), false))
        {
            var members = Members<TEnum>();
            for (var i = 0; i < members.Count; i++)
                if (Convert.ToInt64(members[i]) != 1L << i)
                    problems.Add($"{typeof(TEnum).Name}.{members[i]} must have the value 1 << {i}");
        }
        else
        {
            var members = Members<TEnum>();
            for (var i = 0; i < members.Count; i++)
                if (Convert.ToInt64(members[i]) != i)
                    problems.Add($"{typeof(TEnum).Name}.{members[i]} must have the value {i}");
        }
        if (problems.Count > 0) throw new SchemaException(schema.Source, problems);
    }
}
