using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Every table a run published, with its descriptor (title, population, threshold, variables),
/// read from the same table outputs as <see cref="TableArtifact"/>; and the linked audit over
/// them: all tables of a population, across notebooks, checked together from what they publish.
/// </summary>
public sealed record PublishedTableSet(IReadOnlyList<(TableArtifact Table, TableDescriptor Descriptor)> Tables)
{
    public static PublishedTableSet Collect(IReadOnlyList<TableArtifact> tables, IEnumerable<ExecutedNotebook> runs)
    {
        var descriptors = new Dictionary<(string, string), TableDescriptor>();
        foreach (var run in runs)
        foreach (var (cell, output) in run.DataOutputs)
        {
            if (output.Get(PublishMimeTypes.Table) is not JsonObject value || value["name"]?.GetValue<string>() is not { } name) continue;
            if (value["descriptor"] is not JsonObject descriptor)
                throw new PublishInputException($"{run.Name}, cell {cell}: table '{name}' has no descriptor");
            try { descriptors[(run.Name, name)] = TableDescriptor.Parse(descriptor.ToJsonString()); }
            catch (InvalidDataException e) { throw new PublishInputException($"{run.Name}, cell {cell}: table '{name}': {e.Message}"); }
        }
        return new PublishedTableSet(tables
            .Select(t => (t, descriptors.TryGetValue((t.Notebook, t.Name), out var d) ? d
                : throw new PublishInputException($"{t.Notebook}, cell {t.CellNumber}: table '{t.Name}' has no descriptor")))
            .ToList());
    }

    /// <summary>
    /// The linked audit (interval rule over each population's tables, across notebooks).
    /// A violation stops the run, naming the tables: nothing may be published that opens a hidden count.
    /// </summary>
    public void Audit()
    {
        var published = Tables.Select(t => PublishedTable.FromCsv($"{t.Table.Notebook}/{t.Table.Name}", t.Table.Csv, t.Descriptor)).ToList();
        var titles = Tables.Where(t => t.Descriptor.Population is not null)
            .GroupBy(t => t.Descriptor.Population!.Id)
            .Where(g => g.Select(t => t.Descriptor.Population!.Title).Distinct().Count() > 1)
            .Select(g => $"population '{g.Key}' has different titles in {string.Join(", ", g.Select(t => $"{t.Table.Notebook}/{t.Table.Name}"))}");
        var problems = titles
            .Concat(SuppressionAudit.CheckLinked(published).Where(r => !r.Passed).SelectMany(r => r.Problems.Select(p => $"{r.TableName}: {p}")))
            .ToList();
        if (problems.Count > 0)
            throw new PublishInputException("disclosure control of linked tables failed: " + string.Join("; ", problems));
    }
}
