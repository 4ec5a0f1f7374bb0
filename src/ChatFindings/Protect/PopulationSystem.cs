namespace ChatFindings;

/// <summary>
/// Everything published about one population and the populations nested in it, as one system of
/// relations over its counts: the tables' grids and lines; each sentence count as a sum of cells
/// of its variables' grid (that grid implied, every cell unknown, with its true lines); and each
/// nested population's total as the sum of its parent's cells it was cut from. Keys are qualified
/// by population (<see cref="CellKey.In"/>), so one count is one unknown wherever it appears.
/// </summary>
internal sealed class PopulationSystem
{
    /// <summary>A published sum: Σ coefficient · count = <see cref="Value"/>.</summary>
    public sealed record Sum(IReadOnlyList<(string Key, double Coefficient)> Terms, int Value);

    private PopulationSystem(IReadOnlyList<PublishedTable> tables, IReadOnlyList<Sum> sums)
    {
        Tables = tables;
        Sums = sums;
    }

    /// <summary>The published tables, then the implied grids.</summary>
    public IReadOnlyList<PublishedTable> Tables { get; }

    public IReadOnlyList<Sum> Sums { get; }

    public static string KeyOf(PublishedTable table, PublishedCell cell) => CellKey.In(table.Descriptor.Population, cell.Key);

    public static PopulationSystem Of(IReadOnlyList<PublishedTable> tables, IReadOnlyList<PublishedSentence> sentences)
    {
        var all = tables.ToList();
        var sums = new List<Sum>();
        foreach (var sentence in sentences)
        {
            all.Add(PublishedTable.Implied(sentence.Source, sentence.Count.Grid));
            sums.Add(new Sum(sentence.Count.Keys.Select(k => (CellKey.In(sentence.Count.Population, k), 1.0))
                .Concat((sentence.Count.Subtracted ?? []).Select(k => (CellKey.In(sentence.Count.Population, k), -1.0))).ToList(), sentence.Count.Count));
        }
        var populations = tables.Select(t => t.Descriptor.Population).Concat(sentences.Select(s => (TablePopulation?)s.Count.Population))
            .OfType<TablePopulation>().Distinct().ToList();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        while (populations.FirstOrDefault(p => p.Within is not null && !linked.Contains(p.Id)) is { } nested)
        {
            linked.Add(nested.Id);
            var within = nested.Within!;
            var minCell = all.Count > 0 ? all.Max(t => t.Descriptor.MinCell) : 1;
            all.Add(PublishedTable.Implied($"population '{nested.Id}'", new TableDescriptor("total", nested.Title, nested, minCell, [])));
            all.Add(PublishedTable.Implied($"population '{within.Parent.Id}' by {within.Variable.Name}",
                new TableDescriptor("margin", within.Parent.Title, within.Parent, minCell, [within.Variable])));
            sums.Add(new Sum(within.ParentKeys.Select(k => (CellKey.In(within.Parent, k), -1.0)).Append((CellKey.In(nested, CellKey.Total), 1.0)).ToList(), 0));
            if (!populations.Contains(within.Parent)) populations.Add(within.Parent);
        }
        return new PopulationSystem(all, sums);
    }
}
