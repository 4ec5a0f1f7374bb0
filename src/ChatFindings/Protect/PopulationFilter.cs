namespace ChatFindings;

/// <summary>
/// How a population was cut from its parent: the conversations of <see cref="Parent"/> in the
/// categories <see cref="Codes"/> of one variable. Its total is then the sum of those cells of the
/// parent's margin of that variable, an equation the linked audit adds (e.g. the online F1 cases
/// are the "yes" column of online recruitment in the F1 group).
/// </summary>
public sealed record PopulationFilter(TablePopulation Parent, VariableDescriptor Variable, IReadOnlyList<string> Codes)
{
    /// <summary>The parent's cells whose sum is the population's total.</summary>
    internal IEnumerable<string> ParentKeys => Codes.Select(code => CellKey.Of([(Variable.Name, code)]));

    public bool Equals(PopulationFilter? other) =>
        other is not null && Parent == other.Parent && Variable.Name == other.Variable.Name && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => HashCode.Combine(Parent, Variable.Name, Codes.Count);
}
