using ChatFindings.Schema;

namespace ChatFindings.Load;

/// <summary>The check that binds a codebook enum to a schema field: the loader maps category positions to members.</summary>
internal static class EnumBinding
{
    /// <summary>
    /// Throws <see cref="SchemaException"/> unless the field's categories are exactly the enum's codes in the
    /// same order, and (for a flags enum) member i is the bit 1 &lt;&lt; i: the loader maps by position.
    /// </summary>
    internal static void Verify<TEnum>(TableSchema schema, SchemaField field) where TEnum : struct, Enum
    {
        var codes = EnumCodes.Of<TEnum>();
        var categories = field.Categories.Select(c => c.Value).ToList();
        var problems = new List<string>();
        if (!codes.SequenceEqual(categories, StringComparer.Ordinal))
            problems.Add($"field '{field.Name}' has categories [{string.Join(", ", categories)}] but {typeof(TEnum).Name} " +
                         $"stands for [{string.Join(", ", codes)}]; the two must list the same codes in the same order");
        if (typeof(TEnum).IsDefined(typeof(FlagsAttribute), false))
        {
            var members = EnumCodes.Members<TEnum>();
            for (var i = 0; i < members.Count; i++)
                if (Convert.ToInt64(members[i]) != 1L << i)
                    problems.Add($"{typeof(TEnum).Name}.{members[i]} must have the value 1 << {i}");
        }
        else
        {
            var members = EnumCodes.Members<TEnum>();
            for (var i = 0; i < members.Count; i++)
                if (Convert.ToInt64(members[i]) != i)
                    problems.Add($"{typeof(TEnum).Name}.{members[i]} must have the value {i}");
        }
        if (problems.Count > 0) throw new SchemaException(schema.Source, problems);
    }
}
