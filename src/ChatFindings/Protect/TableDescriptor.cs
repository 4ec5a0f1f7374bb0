using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFindings;

/// <summary>
/// What a reader (or a program) needs to know about a published table besides its cells: title,
/// population, threshold, and each variable with its categories. Travels with the table from the
/// notebook to publish, which writes it into tables/datapackage.json and audits linked tables with it.
/// </summary>
public sealed record TableDescriptor(
    string Name, string Title, TablePopulation? Population, int MinCell, IReadOnlyList<VariableDescriptor> Variables)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    internal static TableDescriptor Of(string name, string title, TablePopulation? population, int minCell, Variable rows, Variable? columns) =>
        new(name, title, population, minCell, columns is null ? [VariableDescriptor.Of(rows)] : [VariableDescriptor.Of(rows), VariableDescriptor.Of(columns)]);

    /// <summary>Whether the variable of this name lets a conversation count in several categories.</summary>
    public bool IsMultiValued(string variable) => Variables.Any(v => v.Name == variable && v.MultiValued);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <exception cref="InvalidDataException">Not a table descriptor.</exception>
    public static TableDescriptor Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TableDescriptor>(json, Json) ?? throw new InvalidDataException("a table descriptor is null");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"not a table descriptor: {e.Message}", e);
        }
    }
}

/// <summary>A variable of a published table: codebook name, title, whether multi-valued, and its categories in codebook order.</summary>
public sealed record VariableDescriptor(string Name, string Title, bool MultiValued, IReadOnlyList<Category> Categories)
{
    internal static VariableDescriptor Of(Variable v) => new(v.Name, v.Title, v.IsMultiValued, v.Categories);
}
