using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Every table a run published, with its descriptor (title, population, threshold, variables),
/// read from the same table outputs as <see cref="TableArtifact"/>, and every count of a
/// population its sentences show (the narrative's sentence outputs); and the linked audit over
/// them: all tables and sentences of a population and the populations nested in it, across
/// notebooks, checked together from what they publish.
/// </summary>
public sealed record PublishedTableSet(IReadOnlyList<(TableArtifact Table, TableDescriptor Descriptor)> Tables, IReadOnlyList<PublishedSentence> Sentences)
{
    public PublishedTableSet(IReadOnlyList<(TableArtifact Table, TableDescriptor Descriptor)> tables) : this(tables, []) { }

    public static PublishedTableSet Collect(IReadOnlyList<TableArtifact> tables, IEnumerable<ExecutedNotebook> runs)
    {
        var descriptors = new Dictionary<(string, string), TableDescriptor>();
        var sentences = new List<PublishedSentence>();
        foreach (var run in runs)
        foreach (var (cell, output) in run.DataOutputs)
        {
            if (output.Get(PublishMimeTypes.Sentence) is JsonObject said)
            {
                try { sentences.AddRange(SentenceCount.Parse(said.ToJsonString()).Select(c => new PublishedSentence($"{run.Name}, cell {cell} (narrative)", c))); }
                catch (InvalidDataException e) { throw new PublishInputException($"{run.Name}, cell {cell}: the narrative's counts: {e.Message}"); }
            }
            if (output.Get(PublishMimeTypes.Table) is not JsonObject value || value["name"]?.GetValue<string>() is not { } name) continue;
            if (value["descriptor"] is not JsonObject descriptor)
                throw new PublishInputException($"{run.Name}, cell {cell}: table '{name}' has no descriptor");
            try { descriptors[(run.Name, name)] = TableDescriptor.Parse(descriptor.ToJsonString()); }
            catch (InvalidDataException e) { throw new PublishInputException($"{run.Name}, cell {cell}: table '{name}': {e.Message}"); }
        }
        return new PublishedTableSet(tables
            .Select(t => (t, descriptors.TryGetValue((t.Notebook, t.Name), out var d) ? d
                : throw new PublishInputException($"{t.Notebook}, cell {t.CellNumber}: table '{t.Name}' has no descriptor")))
            .ToList(), sentences);
    }

    /// <summary>
    /// The linked audit (interval rule over each population's tables, across notebooks).
    /// A violation stops the run, naming the tables: nothing may be published that opens a hidden count.
    /// </summary>
    public void Audit()
    {
        var published = Tables.Select(t => PublishedTable.FromCsv($"{t.Table.Notebook}/{t.Table.Name}", t.Table.Csv, t.Descriptor)).ToList();
        var named = Tables.Where(t => t.Descriptor.Population is not null).Select(t => (Population: t.Descriptor.Population!, Where: $"{t.Table.Notebook}/{t.Table.Name}"))
            .Concat(Sentences.Select(s => (s.Count.Population, Where: s.Source)));
        var titles = named
            .GroupBy(n => n.Population.Id)
            .Where(g => g.Select(n => n.Population).Distinct().Count() > 1)
            .Select(g => $"population '{g.Key}' has different titles or parents in {string.Join(", ", g.Select(n => n.Where).Distinct())}");
        var problems = titles
            .Concat(SuppressionAudit.CheckLinked(published, Sentences).Where(r => !r.Passed).SelectMany(r => r.Problems.Select(p => $"{r.TableName}: {p}")))
            .ToList();
        if (problems.Count > 0)
            throw new PublishInputException("disclosure control of linked tables failed: " + string.Join("; ", problems));
    }
}
