using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFindings;

/// <summary>
/// A count a sentence shows, as an equation of its population: the sum of the cells
/// <see cref="Keys"/> (see <see cref="CellKey"/>) of the grid of <see cref="Grid"/>'s variables
/// (none: the population's total) equals <see cref="Count"/>. A notebook's narrative hands these
/// to publish next to its tables, and the linked audit treats them as published cells of the
/// population: a sentence may not open what a table hides. A share shows its counts only
/// approximately; the audit takes them as shown exactly, which can only make it stricter.
/// </summary>
public sealed record SentenceCount(TableDescriptor Grid, IReadOnlyList<string> Keys, int Count)
{
    /// <summary>Cells counted with a minus sign (none when null).</summary>
    public IReadOnlyList<string>? Subtracted { get; init; }


    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public TablePopulation Population => Grid.Population
        ?? throw new InvalidOperationException("A sentence count belongs to a population.");

    /// <summary>The equations of one piece of narrative, as the JSON of its publish output.</summary>
    public static string ToJson(IReadOnlyList<SentenceCount> counts) => JsonSerializer.Serialize(new Equations(counts), Json);

    /// <exception cref="InvalidDataException">Not the equations of a sentence.</exception>
    public static IReadOnlyList<SentenceCount> Parse(string json)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<Equations>(json, Json)?.Counts ?? throw new InvalidDataException("the sentence's counts are null");
            if (parsed.Any(c => c.Grid?.Population is null || c.Keys is null))
                throw new InvalidDataException("a sentence count needs a grid with a population, and keys");
            return parsed;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"not the counts of a sentence: {e.Message}", e);
        }
    }

    private sealed record Equations(IReadOnlyList<SentenceCount> Counts);
}

/// <summary>A narrative value that shows counts of a population (see <see cref="SentenceCount"/>).</summary>
internal interface IPopulationEquations
{
    IEnumerable<SentenceCount> Equations { get; }
}
