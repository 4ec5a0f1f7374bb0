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
}
