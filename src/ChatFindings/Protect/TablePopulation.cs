using System.Text.RegularExpressions;

namespace ChatFindings;

/// <summary>
/// Which conversations a table counts: a stable id of the filter that made them (e.g. "f1-group")
/// and a title for readers. Tables of the same population are linked: their shared counts are one
/// set of equations, protected and audited together, across notebooks.
/// </summary>
public sealed partial record TablePopulation
{
    public TablePopulation(string id, string title)
    {
        if (id is null || !IdPattern().IsMatch(id))
            throw new ArgumentException($"Population id '{id}' must be lower-case letters and digits joined by hyphens, e.g. \"f1-group\".", nameof(id));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException($"Population '{id}' needs a title.", nameof(title));
        Id = id;
        Title = title;
    }

    public string Id { get; }
    public string Title { get; }

    /// <summary>Set when the population is a filter of another (see <see cref="Population.Where"/>).</summary>
    public PopulationFilter? Within { get; init; }

    /// <summary>The outermost population this one is nested in (itself when it has no parent).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TablePopulation Root => Within?.Parent.Root ?? this;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
