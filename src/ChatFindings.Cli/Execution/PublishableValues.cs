using System.Runtime.CompilerServices;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// The runner's check on what a cell shows while publishing: only values whose type implements
/// <see cref="IPublishable"/>. Anything else (a string, a number, a list, an anonymous object, a
/// DataFrame) might carry row-level data, however it would be formatted.
/// </summary>
public static class PublishableValues
{
    public static bool Allows(object? value) => value is IPublishable;

    /// <summary>What was shown, for the error message: "a string", "an anonymous object", "a List&lt;Int32&gt;".</summary>
    public static string Describe(object? value)
    {
        if (value is null) return "null";
        var type = value.GetType();
        if (Attribute.IsDefined(type, typeof(CompilerGeneratedAttribute)) && type.Name.Contains("AnonymousType", StringComparison.Ordinal))
            return "an anonymous object";
        var name = Name(type);
        return ("aeiouAEIOU".Contains(name[0]) ? "an " : "a ") + name;
    }

    private static string Name(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        var plain = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{plain}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
